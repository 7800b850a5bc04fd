import { LINE_RULES } from '../clean/rules.ts';
import { REGION_RULES } from '../clean/index.ts';
import type { Diagnostic, Rejection, Removal } from '../types.ts';

export interface BuildReport {
  summary: string;
  counts: { read: number; published: number; merged: number; rejected: number; warnings: number };
  rejected: Rejection[];
  merged: { file: string; keptAs: string }[];
  warnings: Diagnostic[];
  articles: { file: string; url: string | null; removed: Removal[] }[];
  rules: { name: string; reason: string }[];
}

export function summaryLine(c: BuildReport['counts']): string {
  return `${c.read} tệp đã đọc: ${c.published} đăng, ${c.merged} gộp vì trùng, ${c.rejected} bị loại; ${c.warnings} cảnh báo.`;
}

/** The report with more warnings (those found after it was made, such as the indexer's). */
export function withWarnings(report: BuildReport, more: Diagnostic[]): BuildReport {
  if (!more.length) return report;
  const warnings = [...report.warnings, ...more];
  const counts = { ...report.counts, warnings: warnings.length };
  return { ...report, warnings, counts, summary: summaryLine(counts) };
}

export function buildReport(input: {
  seen: string[];
  rejected: Rejection[];
  merged: { file: string; keptAs: string }[];
  warnings: Diagnostic[];
  published: number;
  articles: { file: string; url: string | null; removed: Removal[] }[];
  customRules: { name: string; reason: string }[];
}): BuildReport {
  const counts = {
    read: input.seen.length,
    published: input.published,
    merged: input.merged.length,
    rejected: input.rejected.length,
    warnings: input.warnings.length,
  };
  return {
    summary: summaryLine(counts),
    counts,
    rejected: input.rejected,
    merged: input.merged,
    warnings: input.warnings,
    articles: input.articles,
    rules: [
      ...input.customRules,
      ...LINE_RULES.map((r) => ({ name: r.name, reason: r.reason })),
      ...Object.entries(REGION_RULES).map(([name, reason]) => ({ name, reason })),
    ],
  };
}
