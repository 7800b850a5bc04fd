import * as pagefind from 'pagefind';
import { join, resolve } from 'node:path';

export interface IndexResult {
  pages: number;
  errors: string[];
}

/**
 * Builds the Pagefind index from the article pages only (lists, people pages and the 404 are
 * not search results), in Vietnamese, into `<output>/pagefind/`.
 */
export async function buildIndex(outputDir: string): Promise<IndexResult> {
  const out = resolve(outputDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) return { pages: 0, errors };
  const added = await index.addDirectory({ path: out, glob: 'bai-viet/**/*.html' });
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
  return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}
