import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block } from '../types.ts';
import { allMatches } from '../text/patterns.ts';

/** Quotations in crawl text: “...”, «...» and "...". */
const QUOTATION = /“[^“”]{2,}”|«[^«»]{2,}»|"[^"]{2,}"/gu;

/**
 * A syntax tree built straight from crawl text, never parsed as Markdown: "2024. Năm..." stays
 * a sentence, not a list; an indent is not code; `*` is not emphasis; `<p>` is text.
 * Quotations become <q> elements so readers and machines see what was said (no `cite`: the
 * words come from the article itself, which is the page they are on).
 */
export function textTree(blocks: Block[]): Root {
  const children: RootContent[] = blocks.map((b) =>
    b.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
      : paragraph(b.text));
  return { type: 'root', children };
}

function paragraph(text: string): Paragraph {
  const children: PhrasingContent[] = [];
  let last = 0;
  for (const m of allMatches(QUOTATION, text)) {
    if (m.index! > last) children.push({ type: 'text', value: text.slice(last, m.index) });
    children.push({
      type: 'emphasis',
      data: { hName: 'q' },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index! + m[0].length;
  }
  if (last < text.length) children.push({ type: 'text', value: text.slice(last) });
  return { type: 'paragraph', children };
}
