import * as pagefind from 'pagefind';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { mapLimit } from '../text/concurrency.ts';
import { strokeHtmlText } from './fold-d.ts';

export interface IndexRecord {
  /** The URL a result links to, with the path prefix ("/bai-viet/x/", "/archive/bai-viet/x/"). */
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

/** Where the documents wait for Pagefind, inside the output folder, removed once indexed. */
const STAGING = '.chi-muc-tam';

/**
 * Builds the Pagefind index of the articles, in Vietnamese, into `<output>/pagefind/`.
 * The documents are lean (no page chrome) and prepared for diacritic-free search (fold-d.ts);
 * they are staged as files so that Pagefind reads and parses them on all its threads, which is
 * several times faster than sending them one by one, and independent of arrival order.
 */
export async function buildIndex(input: IndexInput): Promise<IndexResult> {
  const out = resolve(input.outputDir);
  const staging = join(out, STAGING);
  await rm(staging, { recursive: true, force: true });
  await mapLimit(input.records, 64, async (r) => {
    const target = resolve(staging, `.${r.url}`, 'index.html');
    if (!target.startsWith(staging + sep)) throw new Error(`search document URL escapes the output folder: ${r.url}`);
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, strokeHtmlText(r.html));
  });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) return { pages: 0, errors };
  const added = await index.addDirectory({ path: staging });
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
  await rm(staging, { recursive: true, force: true });
  return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}
