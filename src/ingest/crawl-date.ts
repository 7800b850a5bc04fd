/**
 * The crawler glues its own metadata to the first line: " date 2022-01 Cùng ngày, ...".
 * It is the crawl's guess of the publication month, not article text.
 */
const CRAWL_DATE = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/;

export function splitCrawlDate(firstLine: string): { date: string | null; rest: string } {
  const m = CRAWL_DATE.exec(firstLine);
  if (!m) return { date: null, rest: firstLine };
  return { date: m[1]!, rest: firstLine.slice(m[0].length) };
}
