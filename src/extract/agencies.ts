import type { AgencyEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { memo } from '../text/memo.ts';
import { UPPER, allMatches, escapeRegExp } from '../text/patterns.ts';

/** A capitalised name of up to five words: "Foreign Policy", "The Guardian", "Rossiya 1". */
const NAME = String.raw`((?:The\s+)?[${UPPER}0-9][\p{L}0-9&.'’-]*(?:\s+(?:(?:of|and|for|de|&)\s+)?(?:[${UPPER}0-9][\p{L}0-9&.'’-]*|\d+)){0,4})`;
/** Alternatives that may start a sentence: each in lower case and with a capital first letter. */
const anyCase = (words: string[]) =>
  `(?:${words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join('|')})`;
/** Words that name a news organisation before its name. */
const ORG_NOUN = anyCase(['hãng tin', 'hãng thông tấn', 'thông tấn xã', 'kênh truyền hình', 'đài truyền hình', 'đài phát thanh', 'tạp chí', 'nhật báo', 'tuần báo', 'trang tin', 'mạng tin tức']);
/** Shorter nouns that need a preposition before them to mean a newspaper ("theo báo", "với đài"). */
const SHORT_NOUN = String.raw`(?:báo|tờ|đài|kênh|trang)`;
const PREPOSITION = anyCase(['theo', 'với', 'trên', 'của', 'cho', 'phỏng vấn', 'trả lời', 'nguồn tin từ', 'dẫn', 'từ']);
const SOURCE_PREPOSITION = anyCase(['theo', 'với', 'nói với', 'trả lời', 'cho biết với', 'tiết lộ với']);

export interface AgencyTable {
  canonical(name: string): string | null;
  /** Every known spelling, longest first, for finding names that contain lower-case words ("Tân Hoa xã"). */
  spellings: string[];
}

const fold = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

const tables = new WeakMap<AgencyEntry[], AgencyTable>();

/** The lookup table of a configuration's agencies, built once per table. */
export function agencyTable(entries: AgencyEntry[]): AgencyTable {
  let table = tables.get(entries);
  if (!table) { table = buildTable(entries); tables.set(entries, table); }
  return table;
}

function buildTable(entries: AgencyEntry[]): AgencyTable {
  const map = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) map.set(fold(n), e.name);
  const spellings = entries.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
  // Every capitalised name after "theo", "với"… is looked up: the answers are remembered.
  const canonical = memo((name) => map.get(fold(name)) ?? null);
  return { canonical, spellings };
}

const preposed = new WeakMap<AgencyTable, RegExp>();
/** A known agency after a preposition of source, whatever the case of its words ("theo Tân Hoa xã"). */
function knownAfterPreposition(table: AgencyTable): RegExp {
  let re = preposed.get(table);
  if (!re) {
    const alts = table.spellings.map(escapeRegExp).join('|');
    re = new RegExp(String.raw`(?:^|[\s,(])${SOURCE_PREPOSITION}\s+(${alts})(?![\p{L}\p{N}])`, 'gu');
    preposed.set(table, re);
  }
  return re;
}

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
const SIGN_OFF_CREDIT = /^(?:theo|nguồn)\s*:?\s+([^.]{2,80})\.?$/iu;
const CAPITALISED_ITEM = new RegExp(String.raw`^[${UPPER}0-9]`, 'u');
const AFTER_ORG_NOUN = new RegExp(String.raw`${ORG_NOUN}\s+${NAME}`, 'gu');
const AFTER_SHORT_NOUN = new RegExp(String.raw`(?:^|[\s,(])${PREPOSITION}\s+${SHORT_NOUN}\s+${NAME}`, 'gu');
// Found verb first, then the name just before it: a pattern that opened with the name would be
// tried at every capitalised word of the text.
const SOURCE_VERB = /(?:đưa tin|dẫn lời|dẫn nguồn|trích dẫn|cho hay|cho biết|đăng tải|tiết lộ|loan tin|bình luận)/gu;
const NAME_BEFORE_VERB = new RegExp(String.raw`${NAME}\s+(?:(?:hôm|ngày)\s+[\d/-]+\s+|cũng\s+|vừa\s+)?$`, 'u');
const AFTER_PREPOSITION = new RegExp(String.raw`${SOURCE_PREPOSITION}\s+${NAME}`, 'gu');

/**
 * The organisations an article credits for its information: credit lists ("(Reuters, AFP)"),
 * named outlets after a noun that says what they are ("hãng tin AFP", "tờ Foreign Policy"),
 * and known agencies next to a reporting verb ("TASS dẫn lời", "nói với Reuters").
 * Captions are not read: a photo credit is not a source.
 */
export function findAgencies(paragraphs: string[], table: AgencyTable): string[] {
  const found: string[] = [];
  const add = (raw: string) => {
    const name = trimName(raw);
    if (!name || name.length < 2) return;
    const canonical = table.canonical(name) ?? table.canonical(name.split(' ')[0]!) ?? name;
    if (!found.includes(canonical)) found.push(canonical);
  };
  const known = (raw: string) => table.canonical(trimName(raw)) !== null;

  for (const p of paragraphs) {
    // "(Reuters, AFP, Sputnik)", "(TASS)", "(Theo Reuters)" closing a paragraph, or "Theo TTXVN" as a sign-off.
    const credit = CREDIT_LIST.exec(p) ?? SIGN_OFF_CREDIT.exec(p);
    if (credit) {
      const items = credit[1]!.split(/\s*[,;/]\s*|\s+và\s+/u).map((s) => s.trim()).filter(Boolean);
      const capitalised = items.every((s) => CAPITALISED_ITEM.test(s) && s.split(/\s+/).length <= 4);
      if (capitalised && (items.some(known) || (items.length >= 2 && items.every((s) => /^[A-Z0-9][A-Za-z0-9 .&-]*$/.test(s))))) items.forEach(add);
    }
    for (const m of allMatches(AFTER_ORG_NOUN, p)) add(m[1]!);
    for (const m of allMatches(AFTER_SHORT_NOUN, p)) add(m[1]!);
    // A known agency right before a reporting verb or after a preposition of source.
    for (const v of allMatches(SOURCE_VERB, p)) {
      const m = NAME_BEFORE_VERB.exec(p.slice(Math.max(0, v.index! - 60), v.index!));
      if (!m) continue;
      if (known(m[1]!)) add(m[1]!);
      else {
        // The name may carry words before it that are not part of it ("Trước đó Reuters").
        const last = m[1]!.split(/\s+/).pop()!;
        if (known(last)) add(last);
      }
    }
    for (const m of allMatches(AFTER_PREPOSITION, p)) {
      if (known(m[1]!)) add(m[1]!);
    }
    for (const m of allMatches(knownAfterPreposition(table), p)) add(m[1]!);
  }
  return found;
}

