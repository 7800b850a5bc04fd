import { createHash } from 'node:crypto';
import { foldedWords } from '../text/fold.ts';
import { heldText } from '../text/spool.ts';
import type { Block, StoredText } from '../types.ts';

const words = (folded: string) => (folded ? folded.split(' ') : []);

/** Word 5-grams, for a resemblance measure that survives small edits. */
function shingles(ws: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 5 <= ws.length; i++) out.add(ws.slice(i, i + 5).join(' '));
  if (!out.size && ws.length) out.add(ws.join(' '));
  return out;
}

function resemblance(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * What duplicate detection keeps of an article, made as it is prepared: digests of its folded
 * text and of its opening paragraph, and the folded text itself, stored, for the rare article
 * whose opening another shares.
 */
export interface Fingerprint { path: string; key: string; opening: string; text: StoredText }

const digest = (s: string) => createHash('sha256').update(s).digest('base64');

/**
 * An article's fingerprint from its cleaned blocks: the digests of its text and of its opening
 * paragraph, folded (no case, punctuation or diacritics), and the folded text, given to `store`.
 */
export function fingerprint(path: string, blocks: Block[], store: (text: string) => StoredText = heldText): Fingerprint {
  const text = foldedWords(blocks.map((b) => b.text).join(' '));
  const opening = blocks.length ? foldedWords(blocks[0]!.text) : '';
  return { path, key: digest(text), opening: digest(opening), text: store(text) };
}

/**
 * The same story saved twice: identical text after cleaning (whatever the case, spacing,
 * punctuation or diacritics), or nearly so (90% of its word 5-grams shared with an article that
 * opens with the same paragraph). Returns, for each duplicate, the path of the copy that is kept:
 * the first in path order.
 */
export function findDuplicates(items: Fingerprint[], threshold = 0.9): Map<string, string> {
  const merged = new Map<string, string>();
  const exact = new Map<string, string>();
  // Shingles are made only for articles that share their opening with another: most have none.
  const byOpening = new Map<string, { item: Fingerprint; sh?: Set<string> }[]>();
  const shinglesOf = (item: Fingerprint) => shingles(words(item.text.read()));
  for (const item of items) {
    const same = exact.get(item.key);
    if (same) { merged.set(item.path, same); continue; }
    exact.set(item.key, item.path);
    const group = byOpening.get(item.opening) ?? [];
    const entry: { item: Fingerprint; sh?: Set<string> } = { item };
    if (group.length) {
      const sh = (entry.sh = shinglesOf(item));
      const near = group.find((g) => resemblance((g.sh ??= shinglesOf(g.item)), sh) >= threshold);
      if (near) { merged.set(item.path, near.item.path); continue; }
    }
    group.push(entry);
    byOpening.set(item.opening, group);
  }
  return merged;
}
