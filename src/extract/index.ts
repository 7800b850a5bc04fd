/**
 * The extract stage: every field of an article, each from a module of its own, compiled once from
 * the configuration and run in order of trust among fields (the outlet before the agencies, which
 * leave out an outlet crediting itself). Front matter wins in every field.
 */
import type { Article, ArticleFields, CleanDocument, Message } from '../types.ts';
import type { ExtractConfig, FieldInput } from './field.ts';
import { FIELDS } from './fields.ts';

export type { ExtractConfig } from './field.ts';
export { FIELD_NAMES } from './fields.ts';

export type Extractor = (doc: CleanDocument) => Article;

export function compileExtractor(config: ExtractConfig): Extractor {
  const runs = FIELDS.map((f) => ({ first: f.fields[0]!, run: f.compile(config) }));
  return (doc) => {
    const input: FieldInput = {
      doc,
      paragraphs: doc.blocks.map((b) => b.text),
      lead: doc.blocks.find((b) => b.kind === 'paragraph')?.text ?? null,
      captions: doc.captions.map((c) => c.text),
      found: {},
    };
    const evidence: Partial<Record<keyof ArticleFields, Message>> = {};
    for (const { first, run } of runs) {
      const result = run(input);
      Object.assign(input.found, result.values);
      if (result.evidence) evidence[first] = result.evidence;
    }
    return { source: doc.source, clean: doc, ...(input.found as ArticleFields), evidence };
  };
}

const compiled = new WeakMap<ExtractConfig, Extractor>();

/** Extracts one article with a configuration (compiled on first use, kept per configuration object). */
export function extract(doc: CleanDocument, config: ExtractConfig): Article {
  let extractor = compiled.get(config);
  if (!extractor) { extractor = compileExtractor(config); compiled.set(config, extractor); }
  return extractor(doc);
}

export { toRecord } from './record.ts';
