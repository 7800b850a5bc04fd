import { foldName as fold, identity, knownIndex, nameKey, type KnownIndex } from '../text/names.ts';
import { BUSINESS_POST, ELECT, POST_NEEDS_BODY } from '../text/titles.ts';
import type { Official, Quote } from '../types.ts';
import type { FieldExtractor } from './field.ts';
import { remainsOf, surnameMentions } from './context.ts';
import { FAMILY_NAMES, ROMANISED_SURNAMES, startsForeignName } from './names.ts';
import { findMentions, lowerCase, type Mention } from './mentions.ts';
import { splitSentences } from './sentences.ts';
import { attribute, interviewTurns } from './speech.ts';
import { TITLE_KEYS } from './words.ts';

type Person = { name: string; titles: string[]; quoted: boolean; quotes: Quote[]; former: boolean; titled: boolean; historical: boolean };

/**
 * The officials an article names, with their posts, and what each is quoted as saying.
 * Short mentions ("Ngoại trưởng Lavrov", "ông Lavrov") resolve to the full name given in the
 * same article, or to a known person's canonical name.
 */
export function findOfficials(paragraphs: string[], captions: string[], known: KnownIndex): Official[] {
  const sentences = paragraphs.map((p) => splitSentences(p));
  // Lower-cased once per paragraph, then cut per sentence: most sentences are short.
  const all = sentences.map((ss, p) => {
    const lower = lowerCase(paragraphs[p]!);
    return ss.map((s) => findMentions(s.text, lower.slice(s.start, s.start + s.text.length)));
  });
  const captionMentions = captions.flatMap((c) => findMentions(c, lowerCase(c))).filter((m) => m.name);
  const fullBySurname = fullNames([...all.flat(2), ...captionMentions]);
  const surnames = remainsOf(fullBySurname, known.knownBySurname, known.surnameWritten);
  sentences.forEach((ss, bi) => ss.forEach((s, si) => {
    const found = all[bi]![si]!;
    const more = surnameMentions(s.text, found, surnames);
    if (more.length) all[bi]![si] = [...found, ...more].sort((a, b) => a.start - b.start);
  }));
  // A caption's "Tổng thống Ukraine Vladimir Zelenskiy" says who "Tổng thống Ukraine" in the body is.
  resolveBarePosts(all, fullBySurname, captionMentions);
  // A bare surname takes the article's full name, or a known person's; a full name stays as written.
  const resolve = (name: string): string => {
    const full = fullBySurname.get(fold(name));
    if (full && full.split(' ').length > name.split(' ').length) return full;
    return name.includes(' ') ? name : known.knownBySurname.get(fold(name)) ?? name;
  };
  const people = new Map<string, Person>();
  const person = (m: Mention): Person => {
    const name = resolve(m.name);
    const key = identity(name, known);
    let p = people.get(key);
    if (!p) { p = { name, titles: [], quoted: false, quotes: [], former: false, titled: false, historical: known.historical.has(key) }; people.set(key, p); }
    if (m.title && !p.titles.includes(m.title)) p.titles.push(m.title);
    if (!m.untitled) p.titled = true;
    if (m.former) p.former = true;
    return p;
  };
  let previous: Mention | null = null;
  sentences.forEach((ss, bi) => ss.forEach((sentence, si) => {
    const mentions = all[bi]![si]!;
    mentions.forEach(person);
    const said = attribute(sentence, mentions, previous);
    for (const a of said) {
      const p = person(a.mention);
      p.quoted = true;
      if (!p.quotes.some((q) => q.text === a.quote.text)) p.quotes.push(a.quote);
      previous = a.mention;
    }
    // A sentence about one person, without speech, makes them who a following bare quote belongs to.
    if (!said.length && mentions.length) previous = mentions.length === 1 ? mentions[0]! : null;
  }));
  // The headline and the captions belong to the article: who they name with a post is named by it,
  // and they may give the full post of someone the body names briefly.
  captionMentions.forEach(person);
  addInterviewAnswers(paragraphs, all, people, person);
  // In a story of an election, the "new" president has won the post, not yet taken it.
  const bodies = shortNamesOfBodies([...paragraphs, ...captions]);
  return toOfficials([...people.values()].filter((p) => !bodies.has(fold(p.name))), paragraphs.some((p) => ELECT.test(p)));
}

/** "Tập đoàn Công nghiệp Viễn thông quân đội (Viettel)": a body's short name in brackets, read from its "(". */
const SHORT_NAME_AT = /\(([\p{Lu}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.-]*){0,2})\)/uy;
/** A word and a space before the bracket. */
const WORD_BEFORE = /[\p{L}]\s+$/u;

/** Short names the article gives bodies: "Chủ tịch Viettel" names a company, not a person called Viettel. */
function shortNamesOfBodies(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const t of texts) {
    for (let at = t.indexOf('('); at >= 0; at = t.indexOf('(', at + 1)) {
      SHORT_NAME_AT.lastIndex = at;
      const m = SHORT_NAME_AT.exec(t);
      if (m && WORD_BEFORE.test(t.slice(Math.max(0, at - 40), at))) names.add(fold(m[1]!));
    }
  }
  return names;
}

/**
 * An interview's answers are its interviewee's words: the paragraphs after a question that
 * addresses them ("…, thưa Thứ trưởng?"), and a paragraph opened by their name and a colon
 * ("Bộ trưởng Lê Minh Hoan: Khi mở cửa…").
 */
function addInterviewAnswers(paragraphs: string[], all: Mention[][][], people: Map<string, Person>, person: (m: Mention) => Person): void {
  const say = (p: Person, text: string) => {
    p.quoted = true;
    if (!p.quotes.some((q) => q.text === text)) p.quotes.push({ text, direct: true });
  };
  for (const turn of interviewTurns(paragraphs)) {
    const p = addressee(turn.addressed, [...people.values()]);
    if (p) for (const i of turn.answers) say(p, paragraphs[i]!);
  }
  all.forEach((sentences, i) => {
    const first = sentences[0]?.[0];
    const colon = first && first.name && first.start === 0 ? /^\s*:\s*/.exec(paragraphs[i]!.slice(first.end)) : null;
    if (colon) say(person(first!), paragraphs[i]!.slice(first!.end + colon[0].length));
  });
}

/** Who a question addresses: by their post ("Thứ trưởng"), or the one official when it says "ông", "bà". */
function addressee(addressed: string, people: Person[]): Person | undefined {
  const titled = people.filter((p) => p.titled && !p.former);
  const post = addressed.toLowerCase();
  const fits = /^(?:ông|bà)$/.test(post) ? titled : titled.filter((p) => p.titles.some((t) => t.toLowerCase().startsWith(post)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Full names in the article, by what a later mention may keep of them: the folded last word
 * ("Lavrov"), the last words ("Hun Sen" of "Samdech Techo Hun Sen"), and an East Asian family
 * name written first ("Cho" of "Cho Hyun"). The first full name wins.
 */
function fullNames(mentions: Mention[]): Map<string, string> {
  const bySurname = new Map<string, string>();
  const add = (key: string, name: string) => { if (!bySurname.has(key)) bySurname.set(key, name); };
  for (const m of new Set(mentions.map((x) => x.name))) {
    const words = m.split(' ');
    if (words.length < 2) continue;
    // A Vietnamese name comes back by its given name alone; a foreign one by its last words too.
    const shortest = FAMILY_NAMES.has(words[0]!) ? words.length - 1 : 1;
    for (let k = words.length - 1; k >= shortest; k--) add(fold(words.slice(k).join(' ')), m);
    if (ROMANISED_SURNAMES.has(words[0]!)) add(fold(words[0]!), m);
  }
  // A foreign name may come back by its first word too ("Kishida" of "Kishida Fumio"), after any last word.
  for (const m of mentions) {
    const first = m.name.split(' ')[0]!;
    if (m.name.includes(' ') && startsForeignName(first)) add(fold(first), m.name);
  }
  return bySurname;
}

/** The kind of a post as written, in lower case ("tổng thống ukraine" is a "tổng thống"). */
const kindOf = (post: string) => TITLE_KEYS.find((t) => post.startsWith(t));

/** A bare post names the one person in the article who holds it; otherwise it names no one. */
function resolveBarePosts(all: Mention[][][], fullBySurname: Map<string, string>, elsewhere: Mention[] = []): void {
  if (!all.some((ss) => ss.some((ms) => ms.some((m) => !m.name)))) return;
  const named = [...all.flat(2), ...elsewhere].filter((m) => m.name);
  const holders = new Map<string, Set<string>>();
  for (const m of named) {
    if (!m.title) continue;
    const post = m.title.toLowerCase();
    const kind = kindOf(post);
    if (!kind) continue;
    // By the post as written ("tổng thống ukraine") and by its kind ("tổng thống").
    for (const key of new Set([post, kind])) {
      const set = holders.get(key) ?? new Set<string>();
      set.add(nameKey(m.name.includes(' ') ? m.name : fullBySurname.get(fold(m.name)) ?? m.name));
      holders.set(key, set);
    }
  }
  const nameOfKey = new Map(named.map((m) => [nameKey(m.name), m.name]));
  for (const sentenceMentions of all) {
    for (const [si, mentions] of sentenceMentions.entries()) {
      sentenceMentions[si] = mentions.filter((m) => {
        if (m.name) return true;
        const post = m.title!.toLowerCase();
        const exact = holders.get(post);
        const set = exact?.size === 1 ? exact : holders.get(kindOf(post) ?? post);
        if (!set || set.size !== 1) return false;
        m.name = nameOfKey.get([...set][0]!) ?? '';
        m.title = null;
        m.untitled = true;
        return Boolean(m.name);
      });
    }
  }
}

/** True when the text holds at least `n` words with a letter or digit (read only as far as the n-th). */
function hasWords(text: string, n: number): boolean {
  let found = 0;
  WORD_WITH_LETTER.lastIndex = 0;
  while (WORD_WITH_LETTER.exec(text)) if (++found >= n) return true;
  return false;
}
/** A word (a run without spaces) holding a letter or a digit. */
const WORD_WITH_LETTER = /\S*[\p{L}\p{N}]\S*/gu;

/** A post not yet taken: won in an election, or "tân" (new) in a story of one. */
const notYet = (post: string, election: boolean) => ELECT.test(post) || (election && /^tân\s/iu.test(post));

/** People who hold a post now, each with the fullest post as written ("Bộ trưởng Ngoại giao Nga" over "Bộ trưởng"). */
function toOfficials(people: Iterable<Person>, election: boolean): Official[] {
  const officials: Official[] = [];
  for (const p of people) {
    if (p.former || p.historical || !(p.titled || (p.quoted && p.name.includes(' ')))) continue;
    const title = p.titles.reduce<string | null>((best, t) => (!best || t.length > best.length ? t : best), null);
    // Every post written is a company's, one not yet taken, or one without its body: no public office held.
    if (p.titles.length && p.titles.every((t) => BUSINESS_POST.test(t) || notYet(t, election) || POST_NEEDS_BODY.has(t.toLowerCase()))) continue;
    // Fewer than three words is no statement ("khai mạc Hội nghị.", "."): the person is still quoted.
    officials.push({ name: p.name, title, quoted: p.quoted, quotes: p.quotes.filter((q) => hasWords(q.text, 3)) });
  }
  return officials;
}

/** The officials named and quoted, in the body and the captions. */
export const officialsField: FieldExtractor<'officials'> = {
  fields: ['officials'],
  compile: (config) => {
    const known = knownIndex(config.knownPeople);
    return ({ doc, paragraphs, captions }) => {
      const named = doc.headline ? [...captions, doc.headline.text] : captions;
      return { values: { officials: findOfficials(paragraphs, named, known) }, evidence: null };
    };
  },
};
