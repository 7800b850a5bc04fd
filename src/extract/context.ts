/**
 * What the rest of an article says of a name: once it has named "Trần Văn Toản" or a known person
 * has "Putin" for a surname, a later "Thiếu tướng Toản", "Putin nói" is that person speaking.
 */
import { stripDiacritics } from '../text/fold.ts';
import { escapeRegExp } from '../text/patterns.ts';
import { TITLES } from '../text/titles.ts';
import type { Mention } from './mentions.ts';
import { isCapitalised } from './names.ts';
import { bare, words } from './words.ts';

const fold = (s: string) => stripDiacritics(s).toLowerCase();
const POST_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TITLES.map(escapeRegExp).join('|')})\s+$`, 'iu');

/**
 * Mentions of what remains of a full name ("Lavrov", "Hun Sen"), where the sentence has none at
 * that place: the words stand apart from other capitalised words ("Lạng Sơn" is a place, not "Sơn").
 */
export function surnameMentions(sentence: string, found: Mention[], surnames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  const ws = words(sentence, 0, 400);
  const bareAt = (i: number) => (i >= 0 && i < ws.length ? bare(ws[i]!.text) : '');
  for (let i = 0; i < ws.length; i++) {
    const len = [3, 2, 1].find((n) => i + n <= ws.length && ws.slice(i, i + n).every((w) => isCapitalised(bare(w.text)))
      && surnames.has(fold(ws.slice(i, i + n).map((w) => bare(w.text)).join(' '))));
    if (!len) continue;
    const first = ws[i]!;
    const last = ws[i + len - 1]!;
    if (found.some((m) => first.start < m.end && last.end > m.start)) continue;
    // A capitalised neighbour makes it part of another name; the sentence's first word may be capitalised anyway.
    const before = bareAt(i - 1);
    const joinedBefore = i > 0 && isCapitalised(before) && !/[,.;:!?"”]$/.test(ws[i - 1]!.text) && !(i === 1 && /^(?:Ông|Bà|Cô|Anh)$/u.test(before));
    const joinedAfter = isCapitalised(bareAt(i + len)) && !/[,.;:!?"”]$/.test(last.text);
    if (joinedBefore || joinedAfter) continue;
    const name = ws.slice(i, i + len).map((w) => bare(w.text)).join(' ');
    const at = first.start + first.text.indexOf(bare(first.text));
    // "Thiếu tướng Toản": the post before it is part of the mention (and where "Theo" stands before it).
    const post = POST_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    out.push({ name, title: post ? post[1]! : null, start: post ? at - post[0].length : at, end: at + name.length, former: false, untitled: !post });
    i += len - 1;
  }
  return out;
}
