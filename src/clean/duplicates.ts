import { createHash } from 'node:crypto';
import { stripDiacritics } from '../text/fold.ts';
import type { Block } from '../types.ts';

/**
 * A fingerprint of an article's cleaned text that ignores case, spacing, punctuation and
 * diacritics, so the same story saved twice (or re-encoded) is recognised as one.
 */
export function contentKey(blocks: Block[]): string {
  const text = stripDiacritics(blocks.map((b) => b.text).join(' '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return createHash('sha256').update(text).digest('hex');
}
