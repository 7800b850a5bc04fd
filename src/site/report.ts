import type { Message, RemovalView, StoredText } from '../types.ts';

/** What the report says of one article: the lines cleaning removed, stored as JSON until written. */
export interface ReportArticle {
  file: string;
  url: string | null;
  /** `RemovalView[]` as JSON. */
  removed: StoredText;
  removedCount: number;
}

export interface BuildReport {
  summary: string;
  counts: { read: number; published: number; merged: number; rejected: number; warnings: number };
  rejected: Message[];
  merged: { file: string; keptAs: string }[];
  warnings: Message[];
  articles: ReportArticle[];
  /** Lines removed by each rule, most first. */
  ruleCounts: [string, number][];
  rules: { name: string; reason: string }[];
}

/** An article's removed lines, read back. */
export const removedLines = (a: ReportArticle): RemovalView[] => JSON.parse(a.removed.read()) as RemovalView[];

/**
 * The report as published (REPORT_DATA_URL), in pieces: every article's removed lines are read
 * back one at a time, so the whole report is never one string in memory.
 */
export function* reportJson(r: BuildReport): Generator<string> {
  const head = JSON.stringify({ summary: r.summary, counts: r.counts, rejected: r.rejected, merged: r.merged, warnings: r.warnings });
  yield `${head.slice(0, -1)},"articles":[`;
  for (const [i, a] of r.articles.entries()) yield `${i ? ',' : ''}{"file":${JSON.stringify(a.file)},"url":${JSON.stringify(a.url)},"removed":${a.removed.read()}}`;
  yield `],"rules":${JSON.stringify(r.rules)}}\n`;
}

/**
 * Where the whole report is published, as gzipped JSON: it holds every removed line of every
 * article, as large as the articles themselves, and is read by tools (`zcat … | jq`), not in a
 * browser; compressed it is a tenth of that.
 */
export const REPORT_DATA_URL = '/bao-cao/bao-cao.json.gz';

export function summaryLine(c: BuildReport['counts']): string {
  return `${c.read} tệp đã đọc: ${c.published} đăng, ${c.merged} gộp vì trùng, ${c.rejected} bị loại; ${c.warnings} cảnh báo.`;
}

/** Warnings proper: the report also lists notes (an encoding read), which ask for nothing. */
const countWarnings = (messages: Message[]) => messages.filter((m) => m.severity === 'warning').length;

/** The report with more warnings (those found after it was made, such as the indexer's). */
export function withWarnings(report: BuildReport, more: Message[]): BuildReport {
  if (!more.length) return report;
  const warnings = [...report.warnings, ...more];
  const counts = { ...report.counts, warnings: countWarnings(warnings) };
  return { ...report, warnings, counts, summary: summaryLine(counts) };
}

export function buildReport(input: {
  seen: string[];
  rejected: Message[];
  merged: { file: string; keptAs: string }[];
  warnings: Message[];
  published: number;
  articles: BuildReport['articles'];
  ruleCounts: Map<string, number>;
  /** Every rule a removal may name, with its reason. */
  rules: { name: string; reason: string }[];
}): BuildReport {
  const counts = {
    read: input.seen.length,
    published: input.published,
    merged: input.merged.length,
    rejected: input.rejected.length,
    warnings: countWarnings(input.warnings),
  };
  return {
    summary: summaryLine(counts),
    counts,
    rejected: input.rejected,
    merged: input.merged,
    warnings: input.warnings,
    articles: input.articles,
    ruleCounts: [...input.ruleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    rules: input.rules,
  };
}
