/**
 * What the rest of an article says of a name: once it has named "Trần Văn Toản" or a known person
 * has "Putin" for a surname, a later "Thiếu tướng Toản", "Putin nói" is that person speaking.
 */
import { foldName as fold } from '../text/names.ts';
import { LOWER, allMatches, escapeRegExp } from '../text/patterns.ts';
import { TITLES } from '../text/titles.ts';
import type { Mention } from './mentions.ts';
import { isCapitalised, isVietnameseSyllable } from './names.ts';
import { bare, wordBefore, words, type Word } from './words.ts';

const POST_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TITLES.map(escapeRegExp).join('|')})\s+$`, 'iu');

/**
 * What remains of the article's full names, folded, the words they start with, and those names'
 * words as written: a sentence containing none of them (a plain substring test) holds no remainder.
 * The known people's surnames (one folded word each) are both keys and first words; they are
 * looked up in their own table rather than copied into every article's.
 */
export interface Remains {
  keys: ReadonlySet<string>; firstWords: ReadonlySet<string>; knownKeys: ReadonlyMap<string, string>;
  written: readonly string[]; known: RegExp | null;
}

/** From the article's full names by what remains of them, and the known people's test (compiled once). */
export function remainsOf(byRemainder: ReadonlyMap<string, string>, knownKeys: ReadonlyMap<string, string>, known: RegExp | null): Remains {
  const keys = new Set(byRemainder.keys());
  const firstWords = new Set([...keys].map((k) => k.split(' ')[0]!));
  // Only the written words a remainder may start with: a name's other words ("Văn") are everywhere.
  const written = [...new Set([...new Set(byRemainder.values())].flatMap((n) => n.split(' ')))]
    .filter((w) => { const f = fold(w); return firstWords.has(f) || knownKeys.has(f); });
  return { keys, firstWords, knownKeys, written, known };
}

const isKey = (r: Remains, k: string) => r.keys.has(k) || r.knownKeys.has(k);
const isFirstWord = (r: Remains, w: string) => r.firstWords.has(w) || r.knownKeys.has(w);

const mayHoldRemains = (sentence: string, remains: Remains) =>
  remains.written.some((w) => sentence.includes(w)) || (remains.known !== null && remains.known.test(sentence));

const startsCapital = (w: string) => w.length > 0 && w[0] !== w[0]!.toLowerCase();

const WORD_AT = /\S+/y;

/** The first word's test of remainderAt, on the word where it stands: most capitalised words fail it. */
function mayStartRemainder(s: string, start: number, remains: Remains): boolean {
  WORD_AT.lastIndex = start;
  const first = bare(WORD_AT.exec(s)?.[0] ?? '');
  return startsCapital(first) && isFirstWord(remains, fold(first));
}

/** The length (3, 2 or 1 words) of a remainder starting at the i-th word, or 0. */
function remainderAt(ws: Word[], i: number, remains: Remains): number {
  const first = bare(ws[i]!.text);
  if (!startsCapital(first) || !isFirstWord(remains, fold(first))) return 0;
  for (let n = Math.min(3, ws.length - i); n >= 1; n--) {
    const run = ws.slice(i, i + n).map((w) => bare(w.text));
    if (run.every(isCapitalised) && isKey(remains, fold(run.join(' ')))) return n;
  }
  return 0;
}

/**
 * Where a word starts with anything but a plain lower-case letter (after opening marks): the only
 * words a remainder may start at. Most words of a sentence are passed over without being read.
 */
const MAY_START_NAME = new RegExp(`(?:^|\\s)[("“«]*[^\\s${LOWER}]`, 'gu');

/** How many words stand before a position, counted up to `limit`. */
function countWords(s: string, at: number, limit: number): number {
  let n = 0;
  let i = at - 1;
  while (n < limit) {
    while (i >= 0 && /\s/.test(s[i]!)) i--;
    if (i < 0) break;
    n++;
    while (i >= 0 && !/\s/.test(s[i]!)) i--;
  }
  return n;
}

/**
 * Mentions of what remains of a full name ("Lavrov", "Hun Sen"), where the sentence has none at
 * that place: the words stand apart from other capitalised words ("Lạng Sơn" is a place, not "Sơn").
 */
export function surnameMentions(sentence: string, found: Mention[], remains: Remains): Mention[] {
  const out: Mention[] = [];
  if (!mayHoldRemains(sentence, remains)) return out;
  let passed = 0;
  for (const m of allMatches(MAY_START_NAME, sentence)) {
    const start = m.index + (m[0].length > 1 && /\s/.test(m[0][0]!) ? 1 : 0);
    if (start < passed || !mayStartRemainder(sentence, start, remains)) continue;
    // The word and the three after it: a remainder is at most three words, then its neighbour.
    const ws = words(sentence, start, 4);
    const len = remainderAt(ws, 0, remains);
    if (!len) continue;
    const first = ws[0]!;
    const last = ws[len - 1]!;
    if (found.some((x) => first.start < x.end && last.end > x.start)) continue;
    const wordsBefore = countWords(sentence, start, 2);
    // A capitalised neighbour makes it part of another name; the sentence's first word may be capitalised anyway.
    const beforeText = wordBefore(sentence, start);
    const before = bare(beforeText);
    const joinedBefore = wordsBefore > 0 && isCapitalised(before) && !/[,.;:!?"”]$/.test(beforeText) && !(wordsBefore === 1 && /^(?:Ông|Bà|Cô|Anh)$/u.test(before));
    const joinedAfter = isCapitalised(ws[len] ? bare(ws[len]!.text) : '') && !/[,.;:!?"”]$/.test(last.text);
    if (joinedBefore || joinedAfter) continue;
    // A sentence opens with a capital: there, one Vietnamese word before a small one is a word
    // ("Đồng chí …", "Đồng thời, …"), not a given name; people are "ông Đồng", "Đồng nói" is rare.
    if (wordsBefore === 0 && len === 1 && isVietnameseSyllable(bare(first.text)) && /^[\p{Ll}]/u.test(ws[1] ? bare(ws[1]!.text) : '') && !/[,.;:!?"”]$/.test(first.text)) continue;
    const name = ws.slice(0, len).map((w) => bare(w.text)).join(' ');
    const at = first.start + first.text.indexOf(bare(first.text));
    // "Thiếu tướng Toản": the post before it is part of the mention (and where "Theo" stands before it).
    const post = POST_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    out.push({ name, title: post ? post[1]! : null, start: post ? at - post[0].length : at, end: at + name.length, former: false, untitled: !post });
    passed = last.end;
  }
  return out;
}
