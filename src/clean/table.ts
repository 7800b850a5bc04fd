/**
 * The line table every phase of the clean stage reads and marks: each line once trimmed, its words,
 * its neighbours, the rule that named it, and the region it falls in.
 */
import { endsLikeSentence, wordCount } from '../text/patterns.ts';
import { stopwordDensity } from '../text/stopwords.ts';
import type { SourceDocument } from '../types.ts';
import { GLUED_DATELINE, isDateline, type LineContext, type LineRule, type RuleRole } from './rules.ts';

/** Region rules: what a line becomes by where it stands, when no line rule names it. */
export const REGION_RULES = {
  header: 'phần đầu trang trước bài viết (tên chuyên mục, nhãn, thanh điều hướng)',
  'repeated-title': 'tiêu đề được in lại trên trang (ngay dưới chính nó, làm tên ảnh, trong một khung)',
  'teaser-block': 'phần giới thiệu một bài khác: tiêu đề, tiêu đề lặp lại, ngày đăng và tóm tắt',
  'related-box': 'khung tin liên quan nằm trong bài viết',
  trailer: 'nội dung trang sau khi bài viết đã kết thúc (tiện ích, bài khác, chân trang)',
  'after-article': 'dòng lạc giữa cuối bài và các tiện ích của trang',
  headline: 'tiêu đề: đã hiện làm tiêu đề trang, không lặp lại trong bài',
} as const;

export type Region = keyof typeof REGION_RULES;

/** The rule that named a line, and so its role. */
export interface Verdict { role: RuleRole; rule: string; anywhere: boolean; }

export const verdictOf = (r: LineRule): Verdict => ({ role: r.role, rule: r.name, anywhere: r.marksAnywhere === true });

/** A timestamp glued to the headline: "27/12/2021 15:35Đối thoại an ninh ...". */
export interface Glued { date: string; title: string; }

export interface LineTable {
  doc: SourceDocument;
  /** Lines as read, and trimmed. */
  raw: readonly string[];
  lines: readonly string[];
  n: number;
  words: readonly number[];
  /** The nearest non-blank lines before and after each line ('' at the ends). */
  prev: readonly string[];
  next: readonly string[];
  verdict: (Verdict | null)[];
  glued: (Glued | null)[];
  /** Running prose: long enough, sentence-shaped, dense with function words. */
  prose: boolean[];
  region: (Region | null)[];
}

export function tabulate(doc: SourceDocument): LineTable {
  const raw = doc.lines;
  const lines = raw.map((l) => l.trim());
  const n = lines.length;
  const prev: string[] = new Array(n);
  const next: string[] = new Array(n);
  for (let i = 0, last = ''; i < n; i++) { prev[i] = last; if (lines[i]) last = lines[i]!; }
  for (let i = n - 1, last = ''; i >= 0; i--) { next[i] = last; if (lines[i]) last = lines[i]!; }
  return {
    doc, raw, lines, n, words: lines.map(wordCount), prev, next,
    verdict: new Array(n).fill(null), glued: new Array(n).fill(null), prose: new Array(n).fill(false), region: new Array(n).fill(null),
  };
}

export const contextAt = (t: LineTable, i: number): LineContext =>
  ({ lines: t.lines, index: i, prev: t.prev[i]!, next: t.next[i]!, words: t.words[i]! });

export const lineNo = (t: LineTable, i: number) => t.doc.firstLine + i;
export const isBlank = (t: LineTable, i: number) => !t.lines[i];

export function nextNonBlank(t: LineTable, i: number): number {
  for (let j = i + 1; j < t.n; j++) if (t.lines[j]) return j;
  return -1;
}

export function prevNonBlank(t: LineTable, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (t.lines[j]) return j;
  return -1;
}

/** True when a line is no longer than a rule's shape: longer lines are not tried against it. */
const fits = (r: LineRule, l: string) => r.maxChars === undefined || l.length <= r.maxChars;

/** The first rule of a list that names the line. */
export function firstRule(rules: readonly LineRule[], t: LineTable, i: number): LineRule | undefined {
  const l = t.lines[i]!;
  const ctx = contextAt(t, i);
  for (const r of rules) if (fits(r, l) && r.test(l, ctx)) return r;
  return undefined;
}

/** Lines up to this long have their verdict remembered: a page's chrome is short, and repeats. */
const REMEMBERED_CHARS = 200;
/** Verdicts remembered at most, then forgotten all at once: memory stays flat however large the archive. */
const REMEMBERED_LINES = 20_000;

/**
 * A list of rules with the verdicts of the lines it has seen remembered: the same header, footer
 * and widget lines come back on every page of an outlet, and each would be tried against every
 * rule again. What is remembered is, for a line, the first rule that names it from the line alone
 * (rules marked `neighbours` are tried every time); the first rule overall is the same.
 */
export interface RuleTable {
  first(t: LineTable, i: number): LineRule | undefined;
}

export function compileLineRules(rules: readonly LineRule[]): RuleTable {
  const byLine = new Map<string, number>();
  const fromLine = (l: string, ctx: LineContext): number => {
    let k = byLine.get(l);
    if (k !== undefined) return k;
    k = rules.findIndex((r) => !r.neighbours && fits(r, l) && r.test(l, ctx));
    if (byLine.size >= REMEMBERED_LINES) byLine.clear();
    byLine.set(l, k);
    return k;
  };
  return {
    first(t, i) {
      const l = t.lines[i]!;
      if (l.length > REMEMBERED_CHARS) return firstRule(rules, t, i);
      const ctx = contextAt(t, i);
      const named = fromLine(l, ctx);
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k]!;
        if (!r.neighbours) { if (k === named) return r; continue; }
        if (fits(r, l) && r.test(l, ctx)) return r;
      }
      return undefined;
    },
  };
}

/** Phase "classify": the rules that hold anywhere, then glued timestamps, then running prose. */
export function classifyLines(t: LineTable, anywhere: RuleTable): void {
  for (let i = 0; i < t.n; i++) {
    if (!t.lines[i]) continue;
    const r = anywhere.first(t, i);
    if (r) t.verdict[i] = verdictOf(r);
  }
  for (let i = 0; i < t.n; i++) {
    const m = GLUED_DATELINE.exec(t.lines[i]!);
    // A zone or a byline after the date is still a dateline, not a headline.
    if (m && !isDateline(t.lines[i]!) && wordCount(m[2]!) >= 3 && wordCount(m[2]!) <= 40) t.glued[i] = { date: m[1]!.trim(), title: m[2]!.trim() };
  }
  for (let i = 0; i < t.n; i++) {
    const l = t.lines[i]!;
    if (!l || t.verdict[i] || t.glued[i]) continue;
    const words = t.words[i]!;
    // A shorter line must end like a sentence: headlines are often as long and as dense in
    // function words as prose, but never end with a full stop.
    t.prose[i] = words >= 25 || (words >= 12 && endsLikeSentence(l) && stopwordDensity(l) >= 0.1);
  }
}

/** The first prose line after k, outside any region if `outsideRegions`. */
export function proseAfter(t: LineTable, k: number, outsideRegions = false): number {
  for (let i = k + 1; i < t.n; i++) if (t.prose[i] && !(outsideRegions && t.region[i])) return i;
  return -1;
}
