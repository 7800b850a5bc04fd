/**
 * The byline: who wrote the article. An author box in the page header ("Tác giả: Hải An"), else a
 * sign-off closing the body ("Thanh Hảo", "Nhóm PV", "Minh Anh (theo Reuters)"). Never a credit
 * to a news agency or outlet ("Theo TTXVN", "(Reuters)"), and never a photographer: captions are
 * not read.
 */
import { isSignOff, signOffName } from '../clean/index.ts';
import { stripDiacritics } from '../text/fold.ts';
import { wordCount } from '../text/patterns.ts';
import type { CleanDocument } from '../types.ts';
import { evidence, type FieldExtractor } from './field.ts';

/** The label of an author box, taken off its name. */
const BYLINE_LABEL = /^(?:tác giả|phóng viên|pv|bởi|by|nhóm phóng viên|biên tập viên|btv)\s*:?\s*/iu;
/** A person's name (two to five capitalised words) or a newsroom desk. */
const NAME = /^(?:(?:[\p{Lu}][\p{Ll}]*\.?)(?:\s+[\p{Lu}][\p{Ll}]*\.?){1,4}|(?:[\p{Lu}]+)(?:\s+[\p{Lu}]+){1,4})$/u;
const DESK = /^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên)$/u;

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9]/g, '');
/** "VĨNH HÀ" as readers expect a name: "Vĩnh Hà". */
const nameCase = (s: string) => (s === s.toUpperCase() && !DESK.test(s) ? s.toLowerCase().replace(/(^|\s)([\p{L}])/gu, (_, sp: string, c: string) => sp + c.toUpperCase()) : s);

function nameIn(text: string, notNames: Set<string>): string | null {
  const name = signOffName(text).replace(/\.$/, '');
  if (!DESK.test(name) && !NAME.test(name)) return null;
  if (notNames.has(key(name)) || wordCount(name) > 5) return null;
  return nameCase(name);
}

/** The last paragraphs of the body that are sign-offs, nearest the end first. */
function signOffs(doc: CleanDocument): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (let i = doc.blocks.length - 1; i >= 0 && out.length < 2; i--) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'paragraph' || !isSignOff(b.text)) break;
    out.push(b);
  }
  return out;
}

export const authorField: FieldExtractor<'author'> = {
  fields: ['author'],
  compile: (config) => {
    // Agencies and outlets sign off too ("Reuters", "Thế giới & Việt Nam"): they are sources, not authors.
    const notNames = new Set([...config.agencies.flatMap((a) => [a.name, ...a.aliases]), ...config.outlets.flatMap((o) => [o.name, ...o.aliases])].map(key));
    return ({ doc }) => {
      const meta = doc.source.meta.author;
      if (meta) return { values: { author: meta }, evidence: evidence(doc, 'front-matter', 'the maintainer\'s front matter', { text: meta }) };
      for (const b of doc.bylines) {
        const name = nameIn(b.text.replace(BYLINE_LABEL, ''), notNames);
        if (name) return { values: { author: name }, evidence: evidence(doc, 'author-box', 'the author box of the page header', b) };
      }
      for (const b of signOffs(doc)) {
        const name = nameIn(b.text, notNames);
        if (name) return { values: { author: name }, evidence: evidence(doc, 'sign-off', 'the reporter\'s sign-off closing the article', b) };
      }
      return { values: { author: null }, evidence: null };
    };
  },
};
