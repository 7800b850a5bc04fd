/**
 * One extracted field (or a few that are found together), as a module of its own: compiled once
 * from the configuration, then run on each article in order of the list in index.ts, after the
 * fields before it (the agencies read the outlet).
 */
import type { SiteConfig } from '../config.ts';
import type { ArticleFields, CleanDocument, Message } from '../types.ts';

export type ExtractConfig = Pick<SiteConfig, 'outlets' | 'agencies' | 'knownPeople' | 'folderOutlets'>;

/** What every field reads of an article. */
export interface FieldInput {
  doc: CleanDocument;
  /** The body's blocks as text. */
  paragraphs: string[];
  /** The first paragraph (not a subheading), where outlets and headlines are read. */
  lead: string | null;
  captions: string[];
  /** The fields found before this one. */
  found: Partial<ArticleFields>;
}

export interface FieldResult<K extends keyof ArticleFields> {
  values: Pick<ArticleFields, K>;
  /** Where the first of `fields` was read; null when nothing was found. */
  evidence: Message | null;
}

export interface FieldExtractor<K extends keyof ArticleFields = keyof ArticleFields> {
  /** The fields it sets, in the order `extract` prints them. */
  fields: readonly K[];
  compile(config: ExtractConfig): (input: FieldInput) => FieldResult<K>;
}

/** Evidence of a field: the rule or source that gave it, and the line it was read from. */
export function evidence(doc: CleanDocument, rule: string, reason: string, at?: { text: string; line?: number }): Message {
  return { file: doc.source.path, ...(at?.line !== undefined ? { line: at.line } : {}), rule, reason, severity: 'info', ...(at ? { text: at.text } : {}) };
}
