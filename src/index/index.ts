import * as pagefind from 'pagefind';
import { join, resolve } from 'node:path';
import { strokeHtmlText } from './fold-d.ts';

export interface IndexRecord {
  /** The URL a result links to, with the path prefix. */
  url: string;
  /** The document to index: headline, body, filters, metadata (see site/views.ts searchDocument). */
  html: string;
}

export interface IndexInput {
  outputDir: string;
  /** The article pages, the only search results (not lists, people pages or the 404). */
  records: IndexRecord[];
}

export interface IndexResult {
  pages: number;
  errors: string[];
}

/**
 * Builds the Pagefind index of the articles, in Vietnamese, into `<output>/pagefind/`, from
 * documents held in memory (no page is read back from disk), prepared for diacritic-free
 * search (see fold-d.ts).
 */
export async function buildIndex(input: IndexInput): Promise<IndexResult> {
  const out = resolve(input.outputDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) return { pages: 0, errors };
  const all = [...errors];
  // Handed to Pagefind's service all at once but in URL order: its index depends on the order
  // documents arrive, and the same input must give the same site.
  const records = [...input.records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const results = await Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: strokeHtmlText(r.html) })));
  for (const r of results) all.push(...r.errors);
  const pages = results.filter((r) => !r.errors.length).length;
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
  return { pages, errors: [...all, ...written.errors] };
}
