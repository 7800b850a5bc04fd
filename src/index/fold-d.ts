/**
 * Pagefind folds combining marks ("đàm" is found by "đam") but "đ" is a letter of its own, so
 * "dam" would never find "đàm". The indexer is fed "đ" as "d" + U+0335 (a combining stroke),
 * which Pagefind folds to "d" while keeping the exact form for ranking; the search page
 * (templates/assets/search.js) maps queries the same way and excerpts back, so readers only see "đ".
 */
export const STROKE = '\u0335';

export function strokeD(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/**
 * Applies `strokeD` to the text of an HTML page, never to markup, and never inside the
 * element that carries the search filters and metadata (marked `data-search-data`), so
 * filter values stay exactly as readers see them.
 */
export function strokeHtmlText(html: string): string {
  const start = html.indexOf('data-search-data');
  const open = start < 0 ? -1 : html.lastIndexOf('<', start);
  const close = open < 0 ? -1 : html.indexOf('</p>', start);
  const fold = (s: string) => s.replace(/>([^<]+)</g, (_, text: string) => `>${strokeD(text)}<`);
  if (open < 0 || close < 0) return fold(html);
  return fold(html.slice(0, open)) + html.slice(open, close) + fold(html.slice(close));
}
