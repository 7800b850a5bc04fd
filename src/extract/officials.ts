import type { KnownPerson } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { allMatches, escapeRegExp } from '../text/patterns.ts';
import type { Official, Quote } from '../types.ts';
import { FAMILY_NAMES, NAME_PARTICLES, isCapitalised, isPlacePhrase, isVietnameseSyllable, nameKey, startsForeignName } from './names.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { FORMER, REPORTING_VERBS, TITLES } from '../text/titles.ts';

/** One place in the text where a person is named. */
interface Mention {
  name: string;
  title: string | null;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  former: boolean;
  /** Named through "ông"/"bà" or "người đồng cấp", not through a post. */
  untitled: boolean;
}

// Outlets capitalise posts inconsistently ("Tổng Thư ký"), so posts are matched on a lower-cased
// copy of the sentence (same length, same offsets): far cheaper than a case-insensitive pattern.
// No lookbehind: the engine would test it at every position. The word boundary before a match
// is checked in code (startsWord).
const TITLE_RE = new RegExp(String.raw`(${TITLES.map((t) => escapeRegExp(t.toLowerCase())).join('|')})(?![\p{L}])`, 'gu');
const HONORIFIC_RE = /(?:[Ôô]ng|[Bb]à|người đồng cấp(?:\s+[\p{Lu}][\p{Ll}]*)?)\s+(?=[\p{Lu}])/gu;
const LETTER = /\p{L}/u;
const startsWord = (s: string, at: number) => at === 0 || !LETTER.test(s[at - 1]!);
/** The word before a position, without its punctuation. */
function wordBefore(s: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(s[start - 1]!)) start--;
  return s.slice(start, end);
}
const VERB_ALTERNATION = REPORTING_VERBS.map(escapeRegExp).join('|');
const VERB_RE = new RegExp(String.raw`^(?:${VERB_ALTERNATION})(?![\p{L}])`, 'u');
/** The same, matched where a word starts (sticky), without cutting the sentence. */
const VERB_AT = new RegExp(String.raw`(?:${VERB_ALTERNATION})(?![\p{L}])`, 'uy');
const isVerbAt = (s: string, at: number) => { VERB_AT.lastIndex = at; return VERB_AT.test(s); };
/** What may stand right before a person who is the subject of what follows. */
const SUBJECT_LEAD = /(?:^|[,:;.!?"”“(–—-]|(?<![\p{L}])(?:khi|rằng|tin|lời|nhưng|song|còn|đồng thời|sau đó|trước đó|ngoài ra|tuy nhiên|cùng ngày|hôm qua|hôm nay|mới đây|vừa qua|đó))\s*$/u;

/** The last words before a position: what "$"-anchored patterns need, without rescanning the sentence. */
const tail = (s: string, end: number) => s.slice(Math.max(0, end - 48), end);

interface Word { text: string; start: number; end: number; }
const NON_SPACE = /\S+/g;
function words(s: string, from: number, max: number): Word[] {
  const out: Word[] = [];
  NON_SPACE.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = NON_SPACE.exec(s))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The words of a sentence from a position, each also without its marks, read only as far as
 * the caller looks: most posts are followed by a clause word or a name within a few words.
 */
class WordRun {
  private readonly found: Word[] = [];
  private readonly bares: string[] = [];
  private next: number;

  constructor(private readonly s: string, from: number, private readonly max: number) {
    this.next = from;
  }

  /** The i-th word, or undefined past the end of the sentence or of the run. */
  at(i: number): Word | undefined {
    while (this.found.length <= i && this.next >= 0) {
      NON_SPACE.lastIndex = this.next;
      const m = this.found.length < this.max ? NON_SPACE.exec(this.s) : null;
      if (!m) { this.next = -1; break; }
      this.found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
      this.bares.push(bare(m[0]));
      this.next = m.index + m[0].length;
    }
    return this.found[i];
  }

  /** The i-th word without its marks; undefined past the end. */
  bare(i: number): string | undefined {
    return this.at(i) ? this.bares[i] : undefined;
  }
}

/** Marks around a word that are not part of it: opening ( " “ « before, closing marks and punctuation after. */
const LEADING = new Set([0x28, 0x22, 0x201c, 0xab]);
const TRAILING = new Set([0x29, 0x22, 0x201d, 0xbb, 0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x2f]);
/** A word without those marks (called on every word read: a scan, not two replacements). */
function bare(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && LEADING.has(w.charCodeAt(start))) start++;
  while (end > start && TRAILING.has(w.charCodeAt(end - 1))) end--;
  return start === 0 && end === w.length ? w : w.slice(start, end);
}
const endsClause = (w: string) => /[,.;:!?"”»]$/.test(w) || /^[("“«]/.test(w);

/** Function words that end a title's qualifier: a clause has begun, no name follows. */
const CLAUSE_WORDS = new Set(['đã', 'sẽ', 'đang', 'vừa', 'với', 'cho', 'là', 'được', 'bị', 'hôm', 'ngày', 'vào', 'tại', 'trong',
  'khi', 'nhưng', 'rằng', 'có', 'không', 'cũng', 'đều', 'sau', 'trước', 'để', 'từ', 'theo', 'này', 'đó', 'thì', 'mà', 'nên', 'vì',
  'nếu', 'như', 'ông', 'bà', 'người', 'những', 'một', 'hai', 'ba', 'sáng', 'chiều', 'tối', 'tuần', 'tháng', 'năm', 'lại', 'ra', 'lên']);
/** The posts in lower case, in the order of TITLES (the first that a post starts with is its kind). */
const TITLE_KEYS = TITLES.map((t) => t.toLowerCase());
const TITLE_AT = new RegExp(String.raw`(?:${TITLES.map((t) => escapeRegExp(t.toLowerCase())).join('|')})(?![\p{L}])`, 'uy');
const isTitleAt = (lower: string, at: number) => { TITLE_AT.lastIndex = at; return TITLE_AT.test(lower); };

/** Words that end an organisation's kind, after which a post's words name the organisation. */
const ORG_NOUNS = /(?:^|\s)(?:Hội đồng|Ủy ban|Uỷ ban|Văn phòng|Ban|Hội|Viện)$/u;

/** Vietnamese names are two to four syllables; three is by far the most common. */
function pickVietnameseName(run: Word[]): number {
  for (const len of [3, 4, 2]) {
    const k = run.length - len;
    if (k >= 0 && FAMILY_NAMES.has(run[k]!.text) && !isPlacePhrase(run[k]!.text, run[k + 1]?.text)) return k;
  }
  return -1;
}

/** The name after a title and its qualifier: "Ngoại giao Nga | Sergey Ryabkov". */
function readName(s: string, lower: string, from: number): { qualifier: string; name: string; end: number } | null {
  const ws = new WordRun(s, from, 18);
  const qualifier: string[] = [];
  for (let i = 0; ws.at(i); i++) {
    const word = ws.at(i)!;
    const w = ws.bare(i)!;
    const nextWord = ws.bare(i + 1) ?? '';
    const placePhrase = isPlacePhrase(w, nextWord);
    const vietnamese = FAMILY_NAMES.has(w) && !placePhrase && isCapitalised(nextWord) && isVietnameseSyllable(nextWord)
      && !startsForeignName(nextWord) && !endsClause(word.text);
    if (startsForeignName(w) || vietnamese) {
      const name: Word[] = [];
      for (let j = i; ws.at(j) && name.length < 6; j++) {
        const t = ws.bare(j)!;
        // Particles count only between name words: "von der" in "Ursula von der Leyen".
        let after = j;
        while (ws.at(after) && NAME_PARTICLES.has(ws.bare(after)!)) after++;
        const particle = name.length > 0 && after > j && ws.at(after) !== undefined && isCapitalised(ws.bare(after)!);
        if (!isCapitalised(t) && !particle) break;
        // A Vietnamese name holds only Vietnamese syllables; a foreign word after it starts the real name.
        if (vietnamese && (startsForeignName(t) || !isVietnameseSyllable(t))) break;
        name.push({ ...ws.at(j)!, text: t });
        if (endsClause(ws.at(j)!.text)) break;
      }
      let chosen = name;
      if (vietnamese) {
        const k = pickVietnameseName(name);
        if (k < 0) { qualifier.push(word.text); continue; }
        chosen = name.slice(k);
        qualifier.push(...name.slice(0, k).map((x) => x.text));
      }
      if (!chosen.length || chosen.length > 5) return null;
      const last = chosen[chosen.length - 1]!;
      return { qualifier: qualifier.join(' '), name: chosen.map((x) => x.text).join(' '), end: last.start + last.text.length };
    }
    // Qualifiers: organisation and country words. A clause word, a verb or another post means no name follows.
    const at = word.start + (word.text.length - word.text.replace(/^[("“«]+/, '').length);
    const continuesPlace = i > 0 && isPlacePhrase(ws.bare(i - 1), w);
    // A post inside an organisation's name is part of the qualifier: "Hội đồng Tham mưu trưởng liên quân".
    const insideBody = i > 0 && ORG_NOUNS.test(`${i > 1 ? ws.bare(i - 2) : ''} ${ws.bare(i - 1)}`.trim());
    if (!w || CLAUSE_WORDS.has(w.toLowerCase()) || isVerbAt(s, at) || (i > 0 && !continuesPlace && !insideBody && isTitleAt(lower, at))) return null;
    qualifier.push(word.text.replace(/[,;:]$/, ''));
    if (/[,.;:!?"”»]$/.test(word.text)) return null;
  }
  return null;
}

/**
 * A lower-cased copy with the same offsets: "İ" is the one letter whose lower case is longer,
 * so it is folded first.
 */
const lowerCase = (s: string) => s.replace(/İ/g, 'I').toLowerCase();

/** The people a sentence names; `lower` is its lowerCase copy. */
function findMentions(sentence: string, lower: string): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(TITLE_RE, lower)) {
    const start = m.index!;
    if (!startsWord(lower, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    // "Trung Quốc Vương Nghị" is a country and a name, not "Quốc vương" (king).
    const prevWord = wordBefore(sentence, start);
    if (isPlacePhrase(bare(prevWord), sentence.slice(start, start + m[0].length).split(' ')[0])) continue;
    const read = readName(sentence, lower, start + m[0].length);
    if (!read) {
      // A post without a name, speaking ("Thủ tướng yêu cầu…"): resolved later to the person of that post.
      if (isVerbAt(sentence, skipAdverbs(sentence, start + m[0].length))) {
        out.push({ name: '', title: sentence.slice(start, start + m[0].length), start, end: start + m[0].length, former: FORMER.test(tail(sentence, start)), untitled: false });
      }
      continue;
    }
    const written = sentence.slice(start, start + m[0].length);
    const title = `${written}${read.qualifier ? ` ${read.qualifier}` : ''}`.trim();
    out.push({ name: read.name, title, start, end: read.end, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  for (const m of allMatches(HONORIFIC_RE, sentence)) {
    const start = m.index!;
    if (!startsWord(sentence, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    const ws = words(sentence, start + m[0].length, 4);
    const name: string[] = [];
    let end = start + m[0].length;
    for (const w of ws) {
      const t = bare(w.text);
      if (!isCapitalised(t)) break;
      name.push(t);
      end = w.start + t.length;
      if (endsClause(w.text)) break;
    }
    if (!name.length) continue;
    out.push({ name: name.join(' '), title: null, start, end, former: false, untitled: true });
  }
  // Apposition: the post follows the name between commas ("Ông X, Giám đốc Sở Y tế, cho biết",
  // "John Kirby, người phát ngôn …, nói"). A bare name counts only when such a post follows it.
  const appositive = (end: number): string | null => {
    const comma = /^\s*,\s*/.exec(sentence.slice(end, end + 4));
    if (!comma) return null;
    const at = end + comma[0].length;
    // Not when that post introduces a name of its own ("tờ Foreign Policy, Cố vấn … Jake Sullivan cho biết").
    if (!isTitleAt(lower, at) || out.some((o) => o.start === at && o.name)) return null;
    const close = sentence.indexOf(',', at);
    const phrase = sentence.slice(at, close < 0 ? sentence.length : close).replace(/[.;:]+$/, '').trim();
    return phrase && phrase.split(/\s+/).length <= 14 ? phrase : null;
  };
  for (const m of out) {
    if (m.title) continue;
    const post = appositive(m.end);
    if (post) { m.title = post; m.untitled = false; }
  }
  // Only commas followed by a post can close such a name: look from those back to the name.
  for (let comma = sentence.indexOf(','); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
    const after = comma + 1 + (/^\s*/.exec(sentence.slice(comma + 1, comma + 4))?.[0].length ?? 0);
    if (!isTitleAt(lower, after)) continue;
    const sliceStart = Math.max(0, comma - 60);
    const m = NAME_BEFORE_COMMA.exec(sentence.slice(sliceStart, comma));
    if (!m) continue;
    const name = m[1]!;
    const start = sliceStart + m.index!;
    if (out.some((o) => start < o.end && start + name.length > o.start)) continue;
    const words = name.split(/\s+/);
    const plausible = startsForeignName(words[0]!) || (FAMILY_NAMES.has(words[0]!) && words.length >= 2
      && !isPlacePhrase(words[0], words[1]) && words.slice(1).every((w) => isVietnameseSyllable(w)));
    if (!plausible || !startsWord(sentence, start)) continue;
    const post = appositive(start + name.length);
    if (post) out.push({ name, title: post, start, end: start + name.length, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two to four capitalised words right before a comma: a name an apposition may follow. */
const NAME_BEFORE_COMMA = /(?<![\p{L}])((?:[\p{Lu}][\p{Ll}'’-]*\s+){1,3}[\p{Lu}][\p{Ll}'’-]*)\s*$/u;

/** Past "cũng", "đã", "vừa" after a subject, to where its verb would start. */
function skipAdverbs(s: string, from: number): number {
  const m = /^\s+(?:(?:cũng|đã|vừa|còn|lại|thì|tiếp tục)\s+)*/u.exec(s.slice(from, from + 40));
  return from + (m ? m[0].length : 0);
}

/** Where the reporting verb after a mention starts, if the mention is the one speaking. */
function verbAfter(sentence: string, from: number, others: Mention[]): number {
  let commas = 0;
  const ws = words(sentence, from, 14);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^["“«]/.test(w.text)) return -1;
    if (others.some((o) => o.start >= from && o.start <= w.start)) return -1;
    if (isVerbAt(sentence, w.start)) {
      const prev = i > 0 ? bare(ws[i - 1]!.text).toLowerCase() : '';
      // "sẽ yêu cầu" is not yet said; "các kiến nghị", "lời cảnh báo" are nouns.
      if (['sẽ', 'được', 'bị', 'để', 'của', 'lời', 'muốn', 'các', 'những', 'một', 'mọi', 'bản', 'nhiều'].includes(prev)) return -1;
      return w.start;
    }
    // Up to two commas: an apposition ("X, nước chủ tịch ASEAN, cho biết") or an aside.
    if (/[,;]$/.test(w.text) && ++commas > 2) return -1;
    if (/[.!?:]$/.test(w.text)) return -1;
  }
  return -1;
}

interface Speaking { mention: Mention; verbAt: number; }

function speakersOf(sentence: Sentence, mentions: Mention[]): Speaking[] {
  const out: Speaking[] = [];
  const s = sentence.text;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const before = tail(s, m.start);
    // "A và B nói": B's verb is A's too.
    const group = [m];
    let j = i;
    while (j + 1 < mentions.length && /^\s*và\s*$/u.test(s.slice(mentions[j]!.end, mentions[j + 1]!.start))) group.push(mentions[++j]!);
    const isSubject = SUBJECT_LEAD.test(before) && !/\s+và\s*$/u.test(before);
    if (/(?<![\p{L}])theo(?:\s+lời)?\s*$/iu.test(before)) {
      out.push({ mention: m, verbAt: group[group.length - 1]!.end });
      continue;
    }
    if (!isSubject) { i = j; continue; }
    const last = group[group.length - 1]!;
    const verbAt = verbAfter(s, last.end, mentions.filter((o) => !group.includes(o)));
    if (verbAt >= 0) for (const g of group) out.push({ mention: g, verbAt });
    i = j;
  }
  return out;
}

interface Attributed { mention: Mention; quote: Quote; }

/** Who said what in one sentence: direct quotations and reported speech. */
/** "…", ông nói / bà cho biết: the quote belongs to the person the text was just about. */
const PRONOUN_SAID = new RegExp(String.raw`^\s*[,\-–—]?\s*(?:ông|bà|ông ấy|bà ấy|người này)\s+(?:cũng\s+|còn\s+)?(?:${VERB_ALTERNATION})(?![\p{L}])`, 'u');

function attribute(sentence: Sentence, mentions: Mention[], previous: Mention | null): Attributed[] {
  const s = sentence.text;
  const speaking = speakersOf(sentence, mentions);
  const out: Attributed[] = [];
  const quotedBy = new Set<Mention>();
  for (const q of sentence.quotes) {
    const isDirect = q.text.split(/\s+/).length >= 4;
    const before = s.slice(0, q.start).replace(/["“«]\s*$/, '').trimEnd();
    let speaker: Mention | null = null;
    if (!before) {
      // Quote first: the speaker follows it ("..." - Bộ trưởng Lavrov khẳng định).
      const after = s.slice(q.end).replace(/^["”»]*/, '');
      // "…" - Bộ trưởng X khẳng định / "…", theo lời Chủ tịch X.
      const leadMatch = /^\s*[,\-–—]?\s*(theo(?:\s+lời)?\s+)?/iu.exec(after)!;
      const m = mentions.find((x) => x.start === q.end + (s.slice(q.end).length - after.length) + leadMatch[0].length);
      if (m && (leadMatch[1] || verbAfter(s, m.end, []) >= 0)) speaker = m;
      else if (!mentions.length && PRONOUN_SAID.test(after)) speaker = previous;
      else if (!mentions.length && !/^\s*[,\-–—]?\s*\S/.test(after.replace(/^[.\s]*$/, ''))) speaker = previous;
    } else {
      const candidates = speaking.filter((x) => x.verbAt < q.start);
      speaker = candidates.length ? candidates[candidates.length - 1]!.mention : null;
    }
    if (!speaker) continue;
    quotedBy.add(speaker);
    if (isDirect) out.push({ mention: speaker, quote: { text: q.text, direct: true } });
  }
  for (const sp of speaking) {
    if (out.some((o) => o.mention === sp.mention)) continue;
    const text = s.slice(sp.verbAt).replace(VERB_RE, '').replace(/^\s*(?:rằng\s*)?[,:]?\s*/u, '').trim();
    out.push({ mention: sp.mention, quote: { text: quotedBy.has(sp.mention) ? s : text || s, direct: false } });
  }
  return out;
}

const knownIndexes = new WeakMap<KnownPerson[], { knownByKey: Map<string, string>; knownBySurname: Map<string, string> }>();

/** Known people by every spelling and by surname, built once per table. */
function knownIndex(known: KnownPerson[]) {
  let index = knownIndexes.get(known);
  if (!index) {
    index = { knownByKey: new Map(), knownBySurname: new Map() };
    for (const k of known) {
      for (const v of [k.name, ...(k.variants ?? [])]) {
        index.knownByKey.set(nameKey(v), k.name);
        index.knownBySurname.set(stripDiacritics(v.split(' ').pop()!).toLowerCase(), k.name);
      }
    }
    knownIndexes.set(known, index);
  }
  return index;
}

/**
 * The officials an article names, with their posts, and what each is quoted as saying.
 * Short mentions ("Ngoại trưởng Lavrov", "ông Lavrov") resolve to the full name given in the
 * same article, or to a known person's canonical name.
 */
export function findOfficials(paragraphs: string[], captions: string[], known: KnownPerson[]): Official[] {
  type Person = { name: string; titles: string[]; quoted: boolean; quotes: Quote[]; former: boolean; titled: boolean };
  const sentences = paragraphs.map((p) => splitSentences(p));
  // Lower-cased once per paragraph, then cut per sentence: most sentences are short.
  const all = sentences.map((ss, p) => {
    const lower = lowerCase(paragraphs[p]!);
    return ss.map((s) => findMentions(s.text, lower.slice(s.start, s.start + s.text.length)));
  });
  const captionMentions = captions.flatMap((c) => findMentions(c, lowerCase(c)));
  const bodyMentions = all.flat(2);

  // Full names in this article, by folded last word; known people by every spelling.
  const fold = (s: string) => stripDiacritics(s).toLowerCase();
  const { knownByKey, knownBySurname } = knownIndex(known);
  const fullBySurname = new Map<string, string>();
  for (const m of [...bodyMentions, ...captionMentions]) {
    if (m.name.includes(' ')) {
      const surname = fold(m.name.split(' ').pop()!);
      if (!fullBySurname.has(surname)) fullBySurname.set(surname, m.name);
    }
  }
  // A bare post names the one person in the article who holds it; otherwise it names no one.
  const holders = new Map<string, Set<string>>();
  for (const m of bodyMentions) {
    if (!m.name || !m.title) continue;
    const post = m.title.toLowerCase();
    const kind = TITLE_KEYS.find((t) => post.startsWith(t));
    if (kind) {
      const set = holders.get(kind) ?? new Set<string>();
      set.add(nameKey(m.name.includes(' ') ? m.name : fullBySurname.get(fold(m.name)) ?? m.name));
      holders.set(kind, set);
    }
  }
  const nameOfKey = new Map(bodyMentions.filter((m) => m.name).map((m) => [nameKey(m.name), m.name]));
  for (const sentenceMentions of all) {
    for (const [si, mentions] of sentenceMentions.entries()) {
      sentenceMentions[si] = mentions.filter((m) => {
        if (m.name) return true;
        const set = holders.get(m.title!.toLowerCase());
        if (!set || set.size !== 1) return false;
        m.name = nameOfKey.get([...set][0]!) ?? '';
        m.title = null;
        m.untitled = true;
        return Boolean(m.name);
      });
    }
  }
  const resolve = (name: string): string => {
    const full = name.includes(' ') ? name : fullBySurname.get(fold(name)) ?? knownBySurname.get(fold(name)) ?? name;
    return knownByKey.get(nameKey(full)) ?? full;
  };

  const people = new Map<string, Person>();
  const person = (m: Mention): Person => {
    const name = resolve(m.name);
    const key = nameKey(name);
    let p = people.get(key);
    if (!p) { p = { name, titles: [], quoted: false, quotes: [], former: false, titled: false }; people.set(key, p); }
    if (m.title && !p.titles.includes(m.title)) p.titles.push(m.title);
    if (!m.untitled) p.titled = true;
    if (m.former) p.former = true;
    return p;
  };
  let previous: Mention | null = null;
  sentences.forEach((ss, bi) => {
    ss.forEach((sentence, si) => {
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
    });
  });
  // A caption may give the full post of someone the body names briefly.
  for (const m of captionMentions) {
    const p = people.get(nameKey(resolve(m.name)));
    if (p && m.title && !p.titles.includes(m.title)) p.titles.push(m.title);
  }

  const officials: Official[] = [];
  for (const p of people.values()) {
    if (p.former || !p.titled) continue;
    // The fullest post as written: "Bộ trưởng Ngoại giao Nga" over "Bộ trưởng".
    const title = p.titles.reduce<string | null>((best, t) => (!best || t.length > best.length ? t : best), null);
    officials.push({ name: p.name, title, quoted: p.quoted, quotes: p.quotes });
  }
  return officials;
}
