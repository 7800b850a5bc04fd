/** A person's identity across articles: the key their pages are grouped by. */
import type { KnownPerson } from '../config.ts';
import { stripDiacritics } from './fold.ts';
import { memo } from './memo.ts';
import { escapeRegExp } from './patterns.ts';

/**
 * Endings that transliteration gives one foreign name in several spellings. No Vietnamese syllable
 * ends this way, so a Vietnamese name never folds: its every syllable stays part of its identity.
 */
const TRANSLITERATIONS: { ending: RegExp; to: string; reason: string }[] = [
  { ending: /(?:iy|yy|ij)$/, to: 'y', reason: 'one Slavic ending written -iy, -yy, -ij or -y (Zelenskiy, Zelenskyy)' },
  { ending: /ei$/, to: 'ey', reason: 'one Russian ending written -ei or -ey (Sergei, Sergey)' },
];

/**
 * Folded key of a full name: every word kept, marks and case dropped, transliteration endings folded.
 * "Nguyễn Xuân Phúc" and "Nguyễn Hạnh Phúc" are two keys; "Sergei Lavrov" and "Sergey Lavrov" one.
 */
export const nameKey = memo(computeNameKey);

/** A name or word without marks, in lower case ("Lavrov", "Hun Sen"): how names are compared within an article. */
export const foldName = memo((s: string) => stripDiacritics(s).toLowerCase());

function computeNameKey(name: string): string {
  const words = stripDiacritics(name).toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter(Boolean);
  return words.map(foldEnding).join(' ');
}

function foldEnding(word: string): string {
  for (const t of TRANSLITERATIONS) if (t.ending.test(word)) return word.replace(t.ending, t.to);
  return word;
}

export interface KnownIndex {
  knownByKey: Map<string, string>;
  knownBySurname: Map<string, string>;
  /** Identities of people of history: named by their post, never holding one now. */
  historical: Set<string>;
  /** A test for any known person's surname as written, compiled once ("Putin", "Lavrov"). */
  surnameWritten: RegExp | null;
}

/** Known people (site.config.ts) by every spelling and by surname: built once, when compiled. */
export function knownIndex(known: KnownPerson[]): KnownIndex {
  const index: KnownIndex = { knownByKey: new Map(), knownBySurname: new Map(), historical: new Set(), surnameWritten: null };
  const surnames = new Set<string>();
  for (const k of known) {
    if (k.historical) index.historical.add(nameKey(k.name));
    for (const v of [k.name, ...(k.variants ?? [])]) {
      surnames.add(v.split(' ').pop()!);
      index.knownByKey.set(nameKey(v), k.name);
      index.knownBySurname.set(foldName(v.split(' ').pop()!), k.name);
    }
  }
  if (surnames.size) index.surnameWritten = new RegExp(`(?:${[...surnames].map(escapeRegExp).join('|')})`, 'u');
  return index;
}

/** Who a name is: a known person's every spelling is one person; any other name is its full folded key. */
export function identity(name: string, known: KnownIndex): string {
  const key = nameKey(name);
  const canonical = known.knownByKey.get(key);
  return canonical === undefined ? key : nameKey(canonical);
}
