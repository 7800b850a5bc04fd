import { createHash } from 'node:crypto';
import { foldedWords } from '../text/fold.ts';
import type { Block } from '../types.ts';

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

export interface DuplicateCandidate { path: string; blocks: Block[]; }

/**
 * The same story saved twice: identical text after cleaning (whatever the case, spacing,
 * punctuation or diacritics), or nearly so (90% of its word 5-grams shared with an article that
 * opens with the same paragraph). Returns, for each duplicate, the path of the copy that is kept:
 * the first in path order.
 */
export function findDuplicates(items: DuplicateCandidate[], threshold = 0.9): Map<string, string> {
  const merged = new Map<string, string>();
  const exact = new Map<string, string>();
  // Shingles are made only for articles that share their opening with another: most have none.
  const byOpening = new Map<string, { path: string; text: string; sh?: Set<string> }[]>();
  for (const item of items) {
    // Folded words: no case, punctuation or diacritics.
    const text = foldedWords(item.blocks.map((b) => b.text).join(' '));
    const key = createHash('sha256').update(text).digest('hex');
    const same = exact.get(key);
    if (same) { merged.set(item.path, same); continue; }
    exact.set(key, item.path);
    const opening = item.blocks.length ? foldedWords(item.blocks[0]!.text) : '';
    const group = byOpening.get(opening) ?? [];
    const entry: { path: string; text: string; sh?: Set<string> } = { path: item.path, text };
    if (group.length) {
      const sh = (entry.sh = shingles(words(text)));
      const near = group.find((g) => resemblance((g.sh ??= shingles(words(g.text))), sh) >= threshold);
      if (near) { merged.set(item.path, near.path); continue; }
    }
    group.push(entry);
    byOpening.set(opening, group);
  }
  return merged;
}
