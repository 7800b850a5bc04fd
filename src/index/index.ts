import * as pagefind from 'pagefind';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { strokeHtmlText } from './fold-d.ts';

export interface IndexInput {
  outputDir: string;
  /** Site paths of the article pages ("/bai-viet/x/"), the only pages that are search results. */
  articleUrls: string[];
  /** Turns a site path into the URL the browser uses (path prefix). */
  href: (path: string) => string;
}

export interface IndexResult {
  pages: number;
  errors: string[];
}

/**
 * Builds the Pagefind index of the article pages (not lists, people pages or the 404), in
 * Vietnamese, into `<output>/pagefind/`. Pages are fed from memory so their text can be
 * prepared for diacritic-free search (see fold-d.ts).
 */
export async function buildIndex(input: IndexInput): Promise<IndexResult> {
  const out = resolve(input.outputDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) return { pages: 0, errors };
  const all = [...errors];
  let pages = 0;
  for (const url of [...input.articleUrls].sort()) {
    const html = await readFile(join(out, url, 'index.html'), 'utf8');
    const added = await index.addHTMLFile({ url: input.href(url), content: strokeHtmlText(html) });
    all.push(...added.errors);
    if (!added.errors.length) pages++;
  }
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
  return { pages, errors: [...all, ...written.errors] };
}
