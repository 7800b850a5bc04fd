// One function's module, not the index: the index loads all of date-fns at every start.
import { evidence, type FieldExtractor } from './field.ts';
import { isExists } from 'date-fns/isExists';
import type { DatePrecision } from '../types.ts';

/** Where a date was read, in order of trust, and why that source is believed. */
const DATE_SOURCES = {
  'front-matter': 'the maintainer\'s front matter',
  dateline: 'a dateline of the article\'s header',
  'crawl-date': 'the date the crawler kept with the page',
  'inferred-date': 'no date stated: reasoned from the events the article reports',
} as const;

export interface DateFinding {
  date: string;
  precision: DatePrecision;
  inferred: boolean;
  evidence: string;
  rule: keyof typeof DATE_SOURCES;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Validated ISO text at the precision known; never converted through UTC, so no day shifts. */
export function isoDate(y: number, m: number, d?: number, hh?: number, mm?: number, ss?: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (!isExists(y, m - 1, d)) return null;
  if (hh === undefined || mm === undefined) return `${y}-${pad(m)}-${pad(d)}`;
  if (hh > 23 || mm > 59) return `${y}-${pad(m)}-${pad(d)}`;
  const minute = `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}`;
  return ss === undefined || ss > 59 ? minute : `${minute}:${pad(ss)}`;
}

/** The precision an ISO text from isoDate has. */
const precisionOf = (iso: string): DatePrecision => (iso.length > 16 ? 'second' : iso.includes('T') ? 'minute' : 'day');

const DMY = /(?<![\d/.-])([0-3]?\d)[/.-]([01]?\d)[/.-](\d{4})(?![\d/])/u;
const YMD = /(?<!\d)(\d{4})-([01]\d)-([0-3]\d)(?:[T ]([0-2]\d):([0-5]\d)(?::([0-5]\d))?)?/u;
const TIME = /(?<![\d/])([0-2]?\d)[:hH]([0-5]\d)(?::([0-5]\d))?'?\s*(AM|PM|SA|CH|am|pm)?(?![\d/])/u;
const DMY_WORDS = /(?<!\d)([0-3]?\d)\s+tháng\s+([01]?\d)(?:\s*,\s*|\s+năm\s+)(\d{4})(?!\d)/iu;
const MONTH_YEAR = /tháng\s+([01]?\d)[/.-](\d{4})|(?<![\d/.-])([01]?\d)\/(\d{4})(?![\d/])/iu;

/** A full date stated in a dateline or metadata text: day (and time if given), or month. */
export function parseStatedDate(text: string): { date: string; precision: DatePrecision } | null {
  const ymd = YMD.exec(text);
  if (ymd) {
    const [, y, m, d, hh, mm, ss] = ymd;
    const iso = isoDate(+y!, +m!, +d!, hh ? +hh : undefined, mm ? +mm : undefined, ss ? +ss : undefined);
    if (iso) return { date: iso, precision: precisionOf(iso) };
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const [, d, m, y] = dmy;
    // The time may stand before or after the date: "15:35 27/12/2021", "27/12/2021, 15:35".
    const rest = text.slice(0, dmy.index) + ' ' + text.slice(dmy.index + dmy[0].length);
    const t = TIME.exec(rest);
    let hh = t ? +t[1]! : undefined;
    const mm = t ? +t[2]! : undefined;
    const ss = t?.[3] ? +t[3] : undefined;
    if (hh !== undefined && t?.[4] && /PM|CH/i.test(t[4]) && hh < 12) hh += 12;
    if (hh !== undefined && t?.[4] && /AM|SA/i.test(t[4]) && hh === 12) hh = 0;
    const iso = isoDate(+y!, +m!, +d!, hh, mm, ss);
    if (iso) return { date: iso, precision: precisionOf(iso) };
  }
  const textual = DMY_WORDS.exec(text);
  if (textual) {
    const rest = text.slice(0, textual.index) + ' ' + text.slice(textual.index + textual[0].length);
    const t = TIME.exec(rest);
    const iso = isoDate(+textual[3]!, +textual[2]!, +textual[1]!, t ? +t[1]! : undefined, t ? +t[2]! : undefined);
    if (iso) return { date: iso, precision: precisionOf(iso) };
  }
  const my = /^\s*(\d{4})-(\d{2})\s*$/.exec(text);
  if (my) {
    const iso = isoDate(+my[1]!, +my[2]!);
    if (iso) return { date: iso, precision: 'month' };
  }
  const y = /^\s*(\d{4})\s*$/.exec(text);
  if (y && +y[1]! > 1900) return { date: y[1]!, precision: 'year' };
  return null;
}

/**
 * The order of trust: what the maintainer wrote, the article header's dateline, the crawler's
 * pseudo front matter, and only then a date reasoned out of the article's own text.
 */
export function findDate(input: {
  frontMatter?: string;
  datelines: string[];
  crawlDate: string | null;
  text: string[];
}): DateFinding | null {
  if (input.frontMatter) {
    const d = parseStatedDate(input.frontMatter);
    if (d) return { ...d, inferred: false, evidence: `phần đầu tệp (front matter): ${input.frontMatter}`, rule: 'front-matter' };
  }
  for (const line of input.datelines) {
    const d = parseStatedDate(line);
    if (d) return { ...d, inferred: false, evidence: line, rule: 'dateline' };
  }
  if (input.crawlDate) {
    const d = parseStatedDate(input.crawlDate);
    if (d) return { ...d, inferred: false, evidence: `dữ liệu của trình thu thập: ngày ${input.crawlDate}`, rule: 'crawl-date' };
  }
  return inferDate(input.text);
}

interface Mention { d: number; m: number; y?: number; text: string; pos: number; future: boolean; }

/**
 * When the text gives days and months but no publication date: give each reported day a year
 * from the full dates and months the text names (the nearest such year), and take the latest
 * reported event as the earliest the article can have been written.
 */
export function inferDate(paragraphs: string[]): DateFinding | null {
  const text = paragraphs.join('\n');
  const anchors: { y: number; m: number; d: number; text: string }[] = [];
  const mentions: Mention[] = [];
  const CUE = /(hôm|ngày|tối|sáng|chiều|trưa|đêm|rạng sáng|khuya)\s+(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*(?:ngày\s+)?)?([0-3]?\d)[/-]([01]?\d)(?:[/-](\d{4}))?(?![\d/-])/giu;
  for (const m of text.matchAll(CUE)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!).toLowerCase();
    const future = /\b(vào|đến|tới|sẽ|từ)\s*$/u.test(before) || /(?:^|\s)(vào|đến|tới|sẽ|từ)\s+$/u.test(before);
    const d = +m[2]!, mo = +m[3]!, y = m[4] ? +m[4] : undefined;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    mentions.push({ d, m: mo, y, text: m[0], pos: m.index!, future });
  }
  for (const m of text.matchAll(new RegExp(DMY, 'gu'))) {
    const iso = isoDate(+m[3]!, +m[2]!, +m[1]!);
    if (iso) anchors.push({ y: +m[3]!, m: +m[2]!, d: +m[1]!, text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(DMY_WORDS, 'giu'))) {
    const iso = isoDate(+m[3]!, +m[2]!, +m[1]!);
    if (iso) anchors.push({ y: +m[3]!, m: +m[2]!, d: +m[1]!, text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(MONTH_YEAR, 'giu'))) {
    const mo = +(m[1] ?? m[3])!, y = +(m[2] ?? m[4])!;
    if (isoDate(y, mo)) anchors.push({ y, m: mo, d: 15, text: m[0] });
  }
  if (!anchors.length) return null;
  const anchor = anchors[0]!;
  const anchorDay = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const withYear = (x: Mention) => {
    if (x.y) return x.y;
    let best = anchor.y, bestGap = Infinity;
    for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
      const gap = Math.abs(Date.UTC(y, x.m - 1, x.d) - anchorDay);
      if (gap < bestGap) { best = y; bestGap = gap; }
    }
    return best;
  };
  const past = mentions.filter((x) => !x.future);
  let latest: { iso: string; text: string; t: number } | null = null;
  for (const x of past) {
    const y = withYear(x);
    const iso = isoDate(y, x.m, x.d);
    if (!iso) continue;
    const t = Date.UTC(y, x.m - 1, x.d);
    if (!latest || t > latest.t) latest = { iso, text: x.text, t };
  }
  if (!latest) return null;
  return {
    date: latest.iso, precision: 'day', inferred: true, rule: 'inferred-date',
    evidence: `sự kiện muộn nhất bài nhắc tới: "${latest.text.trim()}"; năm lấy từ "${anchor.text.trim()}" trong bài`,
  };
}

/** The publication date with its precision: front matter, a dateline, the crawl's date, then inferred. */
export const dateField: FieldExtractor<'date' | 'datePrecision' | 'dateInferred' | 'dateEvidence'> = {
  fields: ['date', 'datePrecision', 'dateInferred', 'dateEvidence'],
  compile: () => ({ doc, paragraphs, captions }) => {
    const found = findDate({
      frontMatter: doc.source.meta.date,
      datelines: doc.datelines.map((d) => d.text),
      crawlDate: doc.source.crawlDate,
      text: [...paragraphs, ...captions],
    });
    if (!found) return { values: { date: null, datePrecision: null, dateInferred: false, dateEvidence: null }, evidence: null };
    const line = found.rule === 'dateline' ? doc.datelines.find((d) => d.text === found.evidence) : undefined;
    return {
      values: { date: found.date, datePrecision: found.precision, dateInferred: found.inferred, dateEvidence: found.evidence },
      evidence: evidence(doc, found.rule, DATE_SOURCES[found.rule], { text: found.evidence, line: line?.line }),
    };
  },
};
