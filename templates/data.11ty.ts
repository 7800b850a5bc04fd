import { dataPageHtml, DATA_URL } from '../src/site/data.ts';
import type { TemplateData } from './_data.ts';

/** The page describing the archive's data files (written beside the pages by the build). */
export const data = { permalink: `${DATA_URL}index.html`, eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  return dataPageHtml(d.site, d.model);
}
