/**
 * Reading a sentence word by word for the officials' extractor: marks around words, reporting
 * verbs, posts, and the clause words after which no name follows.
 */
import { escapeRegExp } from '../text/patterns.ts';
import { REPORTING_VERBS, TITLES } from '../text/titles.ts';

export const LETTER = /[\p{L}]/u;
export const startsWord = (s: string, at: number) => at === 0 || !LETTER.test(s[at - 1]!);
/** The word before a position, without its punctuation. */
export function wordBefore(s: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(s[start - 1]!)) start--;
  return s.slice(start, end);
}
export const VERB_ALTERNATION = REPORTING_VERBS.map(escapeRegExp).join('|');
export const VERB_RE = new RegExp(String.raw`^(?:${VERB_ALTERNATION})(?![\p{L}])`, 'u');
/** The same, matched where a word starts (sticky), without cutting the sentence. */
export const VERB_AT = new RegExp(String.raw`(?:${VERB_ALTERNATION})(?![\p{L}])`, 'uy');
/** The letters the verbs start with: most words start with none, and are passed over without the pattern. */
const VERB_FIRST = new Set(REPORTING_VERBS.map((v) => v.charCodeAt(0)));
export const isVerbAt = (s: string, at: number) => {
  if (!VERB_FIRST.has(s.charCodeAt(at))) return false;
  VERB_AT.lastIndex = at;
  return VERB_AT.test(s);
};
/** What may stand right before a person who is the subject of what follows. */
export const SUBJECT_LEAD = /(?:^|[,:;.!?"”“(–—-]|(?<![\p{L}])(?:khi|rằng|tin|lời|nhưng|song|còn|đồng thời|sau đó|trước đó|ngoài ra|tuy nhiên|cùng ngày|hôm qua|hôm nay|mới đây|vừa qua|đó|cho biết|cho hay|thông báo))\s*$/u;

/** The last words before a position: what "$"-anchored patterns need, without rescanning the sentence. */
export const tail = (s: string, end: number) => s.slice(Math.max(0, end - 48), end);

export interface Word { text: string; start: number; end: number; }
export const NON_SPACE = /\S+/g;
export function words(s: string, from: number, max: number): Word[] {
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
export class WordRun {
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
export const LEADING = new Set([0x28, 0x22, 0x201c, 0xab]);
export const TRAILING = new Set([0x29, 0x22, 0x201d, 0xbb, 0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x2f]);
/** A word without those marks (called on every word read: a scan, not two replacements). */
export function bare(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && LEADING.has(w.charCodeAt(start))) start++;
  while (end > start && TRAILING.has(w.charCodeAt(end - 1))) end--;
  return start === 0 && end === w.length ? w : w.slice(start, end);
}
export const endsClause = (w: string) => /[,.;:!?"”»]$/.test(w) || /^[("“«]/.test(w);

/** Function words that end a title's qualifier: a clause has begun, no name follows. */
export const CLAUSE_WORDS = new Set(['đã', 'sẽ', 'đang', 'vừa', 'với', 'cho', 'là', 'được', 'bị', 'hôm', 'ngày', 'vào', 'tại', 'trong',
  'khi', 'nhưng', 'rằng', 'có', 'không', 'cũng', 'đều', 'sau', 'trước', 'để', 'từ', 'theo', 'này', 'đó', 'thì', 'mà', 'nên', 'vì',
  'nếu', 'như', 'ông', 'bà', 'người', 'những', 'một', 'hai', 'ba', 'sáng', 'chiều', 'tối', 'tuần', 'tháng', 'năm', 'lại', 'ra', 'lên']);
/** The posts in lower case, in the order of TITLES (the first that a post starts with is its kind). */
export const TITLE_KEYS = TITLES.map((t) => t.toLowerCase());
export const TITLE_AT = new RegExp(String.raw`(?:${TITLES.map((t) => escapeRegExp(t.toLowerCase())).join('|')})(?![\p{L}])`, 'uy');
const TITLE_FIRST = new Set(TITLE_KEYS.map((t) => t.charCodeAt(0)));
export const isTitleAt = (lower: string, at: number) => {
  if (!TITLE_FIRST.has(lower.charCodeAt(at))) return false;
  TITLE_AT.lastIndex = at;
  return TITLE_AT.test(lower);
};

/** Words that end an organisation's kind, after which a post's words name the organisation. */
export const ORG_NOUNS = /(?:^|\s)(?:Hội đồng|Ủy ban|Uỷ ban|Văn phòng|Ban|Hội|Viện)$/u;

/** Past "cũng", "đã", "vừa" after a subject, to where its verb would start. */
export function skipAdverbs(s: string, from: number): number {
  const m = /^\s+(?:(?:cũng|đã|vừa|còn|lại|thì|tiếp tục)\s+)*/u.exec(s.slice(from, from + 40));
  return from + (m ? m[0].length : 0);
}
