import { removalView } from '../messages.ts';
import type { Article, ExtractRecord } from '../types.ts';
import { FIELD_NAMES } from './fields.ts';

/** The `extract` command's view of an article: its fields in order, body, captions, removed lines. */
export function toRecord(file: string, a: Article): ExtractRecord {
  const fields = Object.fromEntries(FIELD_NAMES.map((k) => [k, a[k]]));
  return {
    file,
    ...fields,
    body: a.clean.blocks.map((b) => b.text),
    captions: a.clean.captions.map((c) => c.text),
    removed: a.clean.removed.map(removalView),
  };
}
