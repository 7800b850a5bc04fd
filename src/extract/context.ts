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
 * Mentions of a surname alone, where the sentence has none at that place: the word stands apart
 * from other capitalised words ("Lạng Sơn" is a place, not "Sơn").
 */
export function surnameMentions(sentence: string, found: Mention[], surnames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  const ws = words(sentence, 0, 400);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const t = bare(w.text);
    if (!isCapitalised(t) || !surnames.has(fold(t))) continue;
    if (found.some((m) => w.start < m.end && w.end > m.start)) continue;
    const before = i > 0 ? bare(ws[i - 1]!.text) : '';
    const after = i + 1 < ws.length ? bare(ws[i + 1]!.text) : '';
    // A capitalised neighbour makes it part of another name; the sentence's first word may be capitalised anyway.
    if ((i > 0 && isCapitalised(before) && !/[,.;:!?"”]$/.test(ws[i - 1]!.text)) || (isCapitalised(after) && !/[,.;:!?"”]$/.test(w.text))) {
      if (!(i === 1 && /^(?:Ông|Bà|Cô|Anh)$/u.test(before))) continue;
    }
    const at = w.start + w.text.indexOf(t);
    // "Thiếu tướng Toản": the post before it is part of the mention (and where "Theo" stands before it).
    const post = POST_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    const start = post ? at - post[0].length : at;
    out.push({ name: t, title: post ? post[1]! : null, start, end: at + t.length, former: false, untitled: !post });
  }
  return out;
}
