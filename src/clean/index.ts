/**
 * The clean stage: separates an article from the page around it. Its rules are compiled once
 * (`compileCleaner`), then each document runs through the named phases over one line table:
 * classify lines by rule, find the article's start, mark teasers, find its end, pick the
 * headline, assign every line its role.
 */
import type { CustomCleanRule } from '../config.ts';
import type { Block, CleanDocument, Message, SourceDocument } from '../types.ts';
import { assignRoles } from './assign.ts';
import { pickHeadline } from './headline.ts';
import { LINE_RULES, type LineRule } from './rules.ts';
import { findEnd, findStart, markTeasers } from './span.ts';
import { classifyLines, compileLineRules, proseAfter, REGION_RULES, tabulate } from './table.ts';

export { isSignOff, signOffName } from './signoff.ts';
export { findDuplicates, fingerprint, type Fingerprint } from './duplicates.ts';

export interface CleanOptions {
  /** A maintainer's extra rules (site.config.ts); they run before the built-in ones. */
  customRules?: CustomCleanRule[];
}

export type Cleaner = (doc: SourceDocument) => CleanDocument;

/** Every rule the clean stage may name in a removal, with its reason (for the build report). */
export function cleanRules(customRules: CustomCleanRule[] = []): { name: string; reason: string }[] {
  return [
    ...customRules.map((r) => ({ name: r.name, reason: r.reason })),
    ...LINE_RULES.map((r) => ({ name: r.name, reason: r.reason })),
    ...Object.entries(REGION_RULES).map(([name, reason]) => ({ name, reason })),
  ];
}

/** The rules sorted by where they apply, once; the returned function cleans one document. */
export function compileCleaner(options: CleanOptions = {}): Cleaner {
  const custom: LineRule[] = (options.customRules ?? []).map((r) => ({
    name: r.name, reason: r.reason, role: 'chrome', scope: 'anywhere', test: (l: string) => r.pattern.test(l),
  }));
  const anywhere = compileLineRules([...custom, ...LINE_RULES.filter((r) => r.scope === 'anywhere')]);
  const outside = LINE_RULES.filter((r) => r.scope === 'outside');
  const inBody = LINE_RULES.filter((r) => r.scope === 'body');
  const reasons = new Map(cleanRules(options.customRules).map((r) => [r.name, r.reason]));
  return (doc) => {
    if (doc.format === 'markdown') return cleanMarkdown(doc);
    const table = tabulate(doc);
    classifyLines(table, anywhere);
    const start = markTeasers(table, findStart(table, inBody));
    const span = findEnd(table, start);
    const title = pickHeadline(table, span.start);
    // A headline opening the page ends the page's header: the article starts at the prose after it.
    const after = title === span.start ? proseAfter(table, title) : -1;
    const assigned = assignRoles(table, after > title ? { ...span, start: after } : span, title, outside, reasons);
    const headline = title < 0 ? null : { text: table.glued[title]?.title ?? table.lines[title]!, line: doc.firstLine + title };
    return { source: doc, headline, ...assigned };
  };
}

const cleaners = new WeakMap<CustomCleanRule[], Cleaner>();
const defaultCleaner = compileCleaner();

/** Cleans one document with the given options (the compiled rules are kept per rule list). */
export function clean(doc: SourceDocument, options: CleanOptions = {}): CleanDocument {
  const rules = options.customRules;
  if (!rules?.length) return defaultCleaner(doc);
  let cleaner = cleaners.get(rules);
  if (!cleaner) { cleaner = compileCleaner(options); cleaners.set(rules, cleaner); }
  return cleaner(doc);
}

/**
 * A maintainer's Markdown is the article as they want it: nothing is removed. Its blocks are
 * kept whole (paragraphs, lists, quotes), and a leading "# " heading is the headline.
 */
function cleanMarkdown(doc: SourceDocument): CleanDocument {
  const blocks: Block[] = [];
  const removed: Message[] = [];
  let headline: CleanDocument['headline'] = null;
  let current: { lines: string[]; line: number } | null = null;
  const flush = () => {
    if (current) blocks.push({ kind: /^#{1,6}\s/.test(current.lines[0]!) ? 'heading' : 'paragraph', text: current.lines.join('\n'), line: current.line });
    current = null;
  };
  doc.lines.forEach((l, i) => {
    const lineNo = doc.firstLine + i;
    if (!l.trim()) { flush(); return; }
    if (!headline && !blocks.length && !current && /^#\s+\S/.test(l)) {
      headline = { text: l.replace(/^#\s+/, '').trim(), line: lineNo };
      removed.push({ file: doc.path, line: lineNo, rule: 'headline', reason: REGION_RULES.headline, severity: 'info', text: l });
      return;
    }
    if (!current) current = { lines: [], line: lineNo };
    current.lines.push(l);
  });
  flush();
  return { source: doc, blocks, headline, captions: [], datelines: [], mastheads: [], bylines: [], removed };
}
