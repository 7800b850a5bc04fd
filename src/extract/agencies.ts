import type { AgencyEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { memo } from '../text/memo.ts';
import { UPPER, allMatches, escapeRegExp } from '../text/patterns.ts';
import { evidence, type FieldExtractor } from './field.ts';
import { VIETNAMESE_COUNTRY_NAMES, isVietnameseSyllable, withoutCountry } from './names.ts';
import { LEAD_PREFIX } from './title.ts';

/** A capitalised name of up to five words: "Foreign Policy", "The Guardian", "Rossiya 1". */
const NAME = String.raw`((?:The\s+)?[${UPPER}0-9][\p{L}0-9&.'’-]*(?:\s+(?:(?:of|and|for|de|&)\s+)?(?:[${UPPER}0-9][\p{L}0-9&.'’-]*|\d+)){0,4})`;
/** The words as written: in lower case and, where they may start a sentence, with a capital. */
const capitalisedToo = (words: string[]) => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
/** A noun as it also starts a name ("Đài Truyền hình", "Hãng Thông tấn"): first two words capitalised. */
const titledToo = (words: string[]) => [...new Set(capitalisedToo(words).flatMap((w) => [w, w.replace(/ ([\p{L}])/u, (_, c: string) => ` ${c.toUpperCase()}`)]))];
/** One of the words; each once (many names share their first word, "Báo", and each copy is tried again). */
const alternation = (words: string[]) => `(?:${[...new Set(words)].join('|')})`;
/** Words that name a news organisation before its name. */
const ORG_NOUNS = titledToo(['hãng tin', 'hãng thông tấn', 'thông tấn xã', 'kênh truyền hình', 'đài truyền hình', 'đài phát thanh', 'tạp chí', 'nhật báo', 'tuần báo', 'trang tin', 'mạng tin tức']);
/** Shorter nouns that need a preposition before them to mean a newspaper ("theo báo", "với đài"). */
const SHORT_NOUN = String.raw`(?:báo|tờ|đài|kênh|trang)`;
const PREPOSITIONS = capitalisedToo(['theo', 'với', 'trên', 'của', 'cho', 'phỏng vấn', 'trả lời', 'nguồn tin từ', 'dẫn', 'từ']);
const SOURCE_PREPOSITIONS = capitalisedToo(['theo', 'với', 'nói với', 'trả lời', 'cho biết với', 'tiết lộ với', 'hãng', 'bản tin']);
/** Verbs of reporting, found first: the name is read backwards from them. */
const SOURCE_VERBS = ['đưa tin', 'dẫn lời', 'dẫn nguồn', 'dẫn phát biểu', 'trích dẫn', 'cho hay', 'cho biết', 'đăng tải', 'tiết lộ', 'loan tin', 'bình luận', 'ghi rằng', 'nhận xét', 'nhận định', 'viết', 'đánh giá', 'cho rằng'];

export interface AgencyTable {
  canonical(name: string): string | null;
  /** True for the table's agencies proper, false for the outlets it also knows. */
  isWire(canonical: string): boolean;
  /** Every known spelling, longest first, for finding names that contain lower-case words ("Tân Hoa xã"). */
  spellings: string[];
  /** The cue scan made from these spellings (see cueMatches). */
  scanner: Scanner;
}

const fold = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

/** The lookup table and cue scan of a configuration's agencies: built once, when extraction is compiled. */
export function agencyTable(entries: AgencyEntry[], outlets: AgencyEntry[] = []): AgencyTable {
  const wire = new Set(entries.map((e) => e.name));
  entries = [...entries, ...outlets.filter((o) => !wire.has(o.name))];
  const map = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) map.set(fold(n), e.name);
  const spellings = entries.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
  // Every capitalised name after "theo", "với"… is looked up: the answers are remembered.
  const canonical = memo((name) => map.get(fold(name)) ?? null);
  return { canonical, isWire: (name) => wire.has(name), spellings, scanner: buildScanner(spellings) };
}

/**
 * Names shaped like a newspaper's in any language: "Bangkok Post", "The Nation", "Times of Israel",
 * "Asahi Shimbun". Found anywhere, they are a source the article names.
 */
const MEDIA_WORD = String.raw`(?:Times|Post|News|Info|Daily|Journal|Herald|Tribune|Press|Telegraph|Gazette|Observer|Nation|Insider|Monitor|Shimbun|Ilbo|Zeitung|Express|Standard|Chronicle|Guardian|Mirror)`;
const MEDIA_WORD_AT = new RegExp(String.raw`(?<![\p{L}])${MEDIA_WORD}(?![\p{L}])`, 'gu');
const WORDS_BEFORE = /(?:The\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}$/u;
const OF_AFTER = /^\s+of\s+[A-Z][\p{L}]+/u;

/** Each newspaper-shaped name in a paragraph: its telling word first, then the words around it. */
function mediaNames(p: string): string[] {
  const names: string[] = [];
  for (const m of allMatches(MEDIA_WORD_AT, p)) {
    const before = WORDS_BEFORE.exec(p.slice(Math.max(0, m.index - 60), m.index))![0];
    const after = OF_AFTER.exec(p.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '';
    names.push(`${before}${m[0]}${after}`.trim());
  }
  return names;
}

/** Platforms where anyone publishes, and a desk's own reporters ("Theo NHÓM PV/TTO"): no organisation credited. */
const PLATFORMS = new Set(['pv', 'ctv', 'btv', 'nhom pv', 'phong vien', 'facebook', 'youtube', 'twitter', 'x', 'telegram', 'tiktok', 'zalo', 'instagram', 'weibo', 'wechat', 'truth social', 'threads']);

/** Words that can follow a capitalised name without being part of it. */
const NOT_NAME = new Set(['Bộ', 'Tổng', 'Thứ', 'Ngoại', 'Ông', 'Bà', 'Hôm', 'Ngày', 'Theo', 'Trong', 'Khi']);

function trimName(raw: string): string {
  const words = raw.trim().replace(/[.,;:]+$/, '').split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (out.length && NOT_NAME.has(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

const CREDIT_LIST = /\(\s*(?:theo\s+)?([^()]{2,80})\)\s*\.?\s*$/iu;
const SIGN_OFF_CREDIT = /^(?:theo|nguồn(?: tin)?)(?:\s*:\s*|\s+)([^.]{2,80})\.?$/iu;
const CAPITALISED_ITEM = new RegExp(String.raw`^[${UPPER}0-9]`, 'u');
const NAME_BEFORE_VERB = new RegExp(String.raw`${NAME}\s+(?:(?:hôm|ngày)\s+[\d/-]+\s+|cũng\s+|vừa\s+)?$`, 'u');

/** A pattern that names a source, tried only where one of its first words stands. */
interface Cue {
  /** Sticky: tried at one place, from the separator before the word when it has one. */
  pattern: RegExp;
  /** Its alternatives, whose first words say where it may match. */
  phrases: string[];
  /** What must follow a one-word alternative, after spaces: the start of the rest of the pattern. */
  next: string;
  /** True when the pattern opens with the start of the text or the separator before the word. */
  separated: boolean;
}
const SEPARATED = String.raw`(?:^|[\s,(])`;
const NAME_START = `[${UPPER}0-9]`;
const cue = (phrases: string[], next: string, rest: string, separated = false): Cue =>
  ({ pattern: new RegExp(`${separated ? SEPARATED : ''}${alternation(phrases)}${rest}`, 'uy'), phrases, next, separated });

/** "hãng tin AFP", "tạp chí Foreign Policy". */
const AFTER_ORG_NOUN = cue(ORG_NOUNS, NAME_START, String.raw`\s+${NAME}`);
/** "theo báo Tuổi Trẻ", "trả lời tờ Le Monde". */
const AFTER_SHORT_NOUN = cue(PREPOSITIONS, SHORT_NOUN, String.raw`\s+${SHORT_NOUN}\s+${NAME}`, true);
/** "TASS dẫn lời": the verb, then the name just before it (a pattern that opened with the name would be tried at every capital). */
const SOURCE_VERB = cue(SOURCE_VERBS, '', '');
/** "theo Reuters", "nói với CNN": a capitalised name, kept when it is a known agency. */
const AFTER_PREPOSITION = cue(SOURCE_PREPOSITIONS, NAME_START, String.raw`\s+${NAME}`);

interface Scanner {
  /** In the order their findings are taken. */
  cues: Cue[];
  /** Every cue's first words: one scan of a paragraph finds where any cue may match. */
  words: RegExp;
  /** The cues, by their index in `cues`, that each first word may start. */
  byWord: Map<string, number[]>;
}
/** The patterns that name a source in a table's scan, in the order `cueMatches` returns their matches. */
export const cuePatterns = (table: AgencyTable): RegExp[] => table.scanner.cues.map((c) => c.pattern);

// Five scans of every paragraph, one per pattern, cost a sixth of a first extraction pass; one
// scan for their first words, then each pattern tried where its words stand, finds the same.
function buildScanner(spellings: string[]): Scanner {
  /** A known agency after a preposition of source, whatever the case of its words ("theo Tân Hoa xã"). */
  const knownAfterPreposition = cue(SOURCE_PREPOSITIONS, alternation(spellings.map((n) => escapeRegExp(n.split(' ')[0]!))),
    String.raw`\s+(${spellings.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, true);
  const cues = [AFTER_ORG_NOUN, AFTER_SHORT_NOUN, SOURCE_VERB, AFTER_PREPOSITION, knownAfterPreposition];
  // Each first word, the cues it may start, and what may follow it in any of them: most "của",
  // "cho", "với" in a text are followed by neither a name nor a newspaper's noun.
  const byWord = new Map<string, number[]>();
  const follows = new Map<string, Set<string>>();
  cues.forEach((c, k) => {
    for (const phrase of c.phrases) {
      const [first, second] = phrase.split(' ') as [string, string | undefined];
      if (!byWord.get(first)?.includes(k)) byWord.set(first, [...(byWord.get(first) ?? []), k]);
      follows.set(first, (follows.get(first) ?? new Set()).add(second === undefined ? String.raw`\s+${c.next}` : ` ${escapeRegExp(second)}`));
    }
  });
  // Longest first. Where a longer word stands, the scan does not stop at a shorter one it starts
  // with: the longer word tries the shorter one's cues too.
  const all = [...byWord.keys()].sort((a, b) => b.length - a.length);
  for (const long of all) for (const short of all) {
    if (short.length < long.length && long.startsWith(short)) byWord.set(long, [...new Set([...byWord.get(long)!, ...byWord.get(short)!])]);
  }
  const words = new RegExp(all.map((w) => `${escapeRegExp(w)}(?=${[...follows.get(w)!].join('|')})`).join('|'), 'gu');
  return { cues, words, byWord };
}

/**
 * Every match of each cue in a paragraph, as a global scan by each pattern alone would find
 * them: leftmost first, each search resuming where the last match ended. In `cuePatterns` order.
 */
export function cueMatches(p: string, table: AgencyTable): RegExpExecArray[][] {
  const { cues, words, byWord } = table.scanner;
  const found: RegExpExecArray[][] = cues.map(() => []);
  const resume: number[] = cues.map(() => 0);
  for (const w of allMatches(words, p)) {
    for (const k of byWord.get(w[0])!) {
      const c = cues[k]!;
      const start = c.separated && w.index > 0 ? w.index - 1 : w.index;
      if (start < resume[k]!) continue;
      c.pattern.lastIndex = start;
      const m = c.pattern.exec(p);
      if (!m) continue;
      resume[k] = c.pattern.lastIndex;
      found[k]!.push(m);
    }
  }
  return found;
}

/** A capitalised name of up to four words after a comma or "và" that follows a credited name. */
const COORDINATED = /(?:\s*,\s*|\s+(?:và|cùng)\s+)([\p{Lu}\d][\p{L}\d.&-]*(?:\s+[\p{Lu}\d][\p{L}\d.&-]*){0,3})/uy;

/** Known names listed after one credited ("RIA Novosti và TASS", "Reuters, AFP và TASS"), longest first. */
function coordinated(p: string, from: number, known: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (let at = from; ;) {
    COORDINATED.lastIndex = at;
    const m = COORDINATED.exec(p);
    if (!m) return out;
    const ws = m[1]!.split(/\s+/);
    let n = ws.length;
    while (n > 0 && !known(ws.slice(0, n).join(' '))) n--;
    if (!n) return out;
    const name = ws.slice(0, n).join(' ');
    out.push(name);
    at = m.index + m[0].length - m[1]!.length + name.length;
  }
}

type Add = (raw: string, p?: string, at?: number) => void;

/** After a noun that says what it is: "Thông tấn xã Việt Nam" is a known name whole, its noun part of it. */
function addAfterNoun(p: string, m: RegExpExecArray, table: AgencyTable, add: Add): void {
  const whole = m[0].replace(/^[\s,(]/, '');
  if (table.canonical(whole)) add(whole);
  else add(m[1]!, p, m.index + m[0].length - m[1]!.length);
}

/** The known names listed after one credited. */
function addListed(p: string, m: RegExpExecArray, known: (name: string) => boolean, add: Add): void {
  for (const x of coordinated(p, m.index + m[0].length, known)) add(x);
}

/**
 * The organisations an article credits for its information: credit lists ("(Reuters, AFP)"),
 * named outlets after a noun that says what they are ("hãng tin AFP", "tờ Foreign Policy"),
 * and known agencies next to a reporting verb ("TASS dẫn lời", "nói với Reuters").
 * Captions are not read: a photo credit is not a source.
 */
export function findAgencies(paragraphs: string[], table: AgencyTable, lead: string | null = null): string[] {
  const found: string[] = [];
  const add = (raw: string, p?: string, at?: number) => {
    // A known name with lower-case words ("Dân trí", "Tân Hoa xã") where the capitalised words began.
    const longer = p !== undefined && at !== undefined ? table.spellings.find((n) => p.startsWith(n, at)) : undefined;
    const name = withoutCountry(longer ?? trimName(raw), VIETNAMESE_COUNTRY_NAMES);
    if (!name || name.length < 2 || PLATFORMS.has(fold(name)) || /^[\d\s/.-]+$/.test(name)) return;
    const canonical = table.canonical(name) ?? table.canonical(name.split(' ')[0]!);
    // A newspaper credited is named as the article writes it ("báo Dân trí", "RFA"); a wire agency by its one name.
    const shown = canonical && table.isWire(canonical) ? canonical : name;
    // An unknown single word of the language is a phrase cut short ("Tạp chí Thế giới"), not a name.
    if (!canonical && !name.includes(' ') && isVietnameseSyllable(name) && name === name.replace(/[A-Z]{2,}/, '')) return;
    if (!found.includes(shown)) found.push(shown);
  };
  // The mark opening the lead credits an agency when it names one ("TTXVN - Sáng 13-1, …").
  const mark = lead ? LEAD_PREFIX.exec(lead)?.[1] : undefined;
  if (mark && table.canonical(mark)) add(mark);
  const known = (raw: string) => table.canonical(trimName(raw)) !== null;

  for (const p of paragraphs) {
    // "(Reuters, AFP, Sputnik)", "(TASS)", "(Theo Reuters)" closing a paragraph, or "Theo TTXVN" as a sign-off.
    const credit = CREDIT_LIST.exec(p) ?? SIGN_OFF_CREDIT.exec(p);
    if (credit) {
      const items = credit[1]!.split(/\s*[,;/]\s*|\s+và\s+/u).map((s) => s.trim()).filter((s) => /[\p{L}]/u.test(s));
      const capitalised = items.every((s) => CAPITALISED_ITEM.test(s) && s.split(/\s+/).length <= 4);
      if (capitalised && (items.some(known) || (items.length >= 2 && items.every((s) => /^[A-Z0-9][A-Za-z0-9 .&-]*$/.test(s))))) items.forEach((x) => add(x));
    }
    const [afterOrgNoun, afterShortNoun, sourceVerb, afterPreposition, knownAfterPreposition] = cueMatches(p, table);
    for (const m of [...afterOrgNoun!, ...afterShortNoun!]) { addAfterNoun(p, m, table, add); addListed(p, m, known, add); }
    // A known agency right before a reporting verb or after a preposition of source.
    for (const v of sourceVerb!) {
      const m = NAME_BEFORE_VERB.exec(p.slice(Math.max(0, v.index - 60), v.index));
      if (!m) continue;
      if (known(m[1]!)) add(m[1]!);
      else {
        // The name may carry words before it that are not part of it ("Trước đó Reuters").
        const last = m[1]!.split(/\s+/).pop()!;
        if (known(last)) add(last);
      }
    }
    for (const m of afterPreposition!) {
      if (known(m[1]!)) { add(m[1]!); addListed(p, m, known, add); }
    }
    for (const m of knownAfterPreposition!) { add(m[1]!); addListed(p, m, known, add); }
    for (const found of mediaNames(p)) {
      // "Theo Times of Israel": a capitalised Vietnamese word before the name is not part of it.
      const name = found.replace(/^(?:(?:Theo|Tờ|Báo|Hãng|Đài|Kênh|Trang|Với|Của|Trên|Nguồn)\s+)+/u, '');
      if (name.split(/\s+/).length >= 2) add(name);
    }
  }
  return found;
}

const foldOwn = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9+]/g, '');

/** The credited agencies: front matter (in canonical spelling), else found in the body. */
export const agenciesField: FieldExtractor<'agencies'> = {
  fields: ['agencies'],
  compile: (config) => {
    // Outlets credited as a source ("theo báo Dân trí") are sources as much as wire agencies are.
    const table = agencyTable(config.agencies, config.outlets.map((o) => ({ name: o.name, aliases: o.aliases })));
    // An outlet crediting itself ("(TTXVN/Vietnam+)" on VietnamPlus) is not a source it cites.
    const ownSpellings = new Map(config.outlets.map((o) => [o.name, new Set([o.name, o.domain, ...o.aliases].map(foldOwn))]));
    return ({ doc, paragraphs, lead, found }) => {
      const meta = doc.source.meta.agencies;
      if (meta) return { values: { agencies: meta.map((a) => table.canonical(a) ?? a) }, evidence: evidence(doc, 'front-matter', 'the maintainer\'s front matter') };
      const own = found.outlet ? ownSpellings.get(found.outlet) ?? new Set([foldOwn(found.outlet)]) : new Set<string>();
      // The datelines too: "Theo TTXVN - Thứ năm, 07/09/2023" credits the agency above the article.
      const read = [...paragraphs, ...doc.datelines.map((d) => d.text)];
      return { values: { agencies: findAgencies(read, table, lead).filter((a) => !own.has(foldOwn(a))) }, evidence: null };
    };
  },
};
