/**
 * What the rest of an article says of a name: once it has named "Trần Văn Toản" or a known person
 * has "Putin" for a surname, a later "Thiếu tướng Toản", "Putin nói" is that person speaking.
 */
import { foldName as fold } from '../text/names.ts';
import { escapeRegExp } from '../text/patterns.ts';
import { TITLES } from '../text/titles.ts';
import type { Mention } from './mentions.ts';
import { isCapitalised, isVietnameseSyllable } from './names.ts';
import { bare, words, type Word } from './words.ts';

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
 * Mentions of what remains of a full name ("Lavrov", "Hun Sen"), where the sentence has none at
 * that place: the words stand apart from other capitalised words ("Lạng Sơn" is a place, not "Sơn").
 */
export function surnameMentions(sentence: string, found: Mention[], remains: Remains): Mention[] {
  const out: Mention[] = [];
  if (!mayHoldRemains(sentence, remains)) return out;
  const ws = words(sentence, 0, 400);
  const bareAt = (i: number) => (i >= 0 && i < ws.length ? bare(ws[i]!.text) : '');
  for (let i = 0; i < ws.length; i++) {
    // Most words start with a plain lower-case letter: no remainder starts there.
    const c = ws[i]!.text.charCodeAt(0);
    if (c >= 97 && c <= 122) continue;
    const len = remainderAt(ws, i, remains);
    if (!len) continue;
    const first = ws[i]!;
    const last = ws[i + len - 1]!;
    if (found.some((m) => first.start < m.end && last.end > m.start)) continue;
    // A capitalised neighbour makes it part of another name; the sentence's first word may be capitalised anyway.
    const before = bareAt(i - 1);
    const joinedBefore = i > 0 && isCapitalised(before) && !/[,.;:!?"”]$/.test(ws[i - 1]!.text) && !(i === 1 && /^(?:Ông|Bà|Cô|Anh)$/u.test(before));
    const joinedAfter = isCapitalised(bareAt(i + len)) && !/[,.;:!?"”]$/.test(last.text);
    if (joinedBefore || joinedAfter) continue;
    // A sentence opens with a capital: there, one Vietnamese word before a small one is a word
    // ("Đồng chí …", "Đồng thời, …"), not a given name; people are "ông Đồng", "Đồng nói" is rare.
    if (i === 0 && len === 1 && isVietnameseSyllable(bare(first.text)) && /^\p{Ll}/u.test(bareAt(1)) && !/[,.;:!?"”]$/.test(first.text)) continue;
    const name = ws.slice(i, i + len).map((w) => bare(w.text)).join(' ');
    const at = first.start + first.text.indexOf(bare(first.text));
    // "Thiếu tướng Toản": the post before it is part of the mention (and where "Theo" stands before it).
    const post = POST_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    out.push({ name, title: post ? post[1]! : null, start: post ? at - post[0].length : at, end: at + name.length, former: false, untitled: !post });
    i += len - 1;
  }
  return out;
}
