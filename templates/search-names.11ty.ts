import { NAMES_URL, searchNames } from '../src/index/index.ts';
import type { TemplateData } from './_data.ts';

export const data = { permalink: NAMES_URL, eleventyExcludeFromCollections: true };

/** The names behind the search page's "did you mean" (loaded only when a word finds nothing). */
export function render(d: TemplateData): string {
  return searchNames(d.model.articles);
}
