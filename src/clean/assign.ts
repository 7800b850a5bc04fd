/**
 * Phase "assign": every line gets its place in the result: a block of the article, a marked line
 * (caption, dateline, masthead, byline: by the role of the rule that named it), or a removal with
 * the rule that removed it.
 */
import { endsLikeSentence } from '../text/patterns.ts';
import type { Block, CleanDocument, MarkedLine, Message } from '../types.ts';
import { captionText } from './caption.ts';
import type { LineRule, RuleRole } from './rules.ts';
import { isSignOff } from './signoff.ts';
import type { Span } from './span.ts';
import { firstRule, lineNo, prevNonBlank, type LineTable } from './table.ts';

type Marked = Pick<CleanDocument, 'captions' | 'datelines' | 'mastheads' | 'bylines'>;

/**
 * Where each role's lines are kept. `anywhere`: wherever the line stands (a caption between
 * paragraphs); otherwise only in the page header, since the same shape lower down belongs to a
 * teaser or a widget. A new role is a line here and rules that name it.
 */
const ROLES: Record<RuleRole, { into: keyof Marked | null; anywhere: boolean; show?: (line: string) => string }> = {
  chrome: { into: null, anywhere: false },
  caption: { into: 'captions', anywhere: true, show: captionText },
  dateline: { into: 'datelines', anywhere: false },
  masthead: { into: 'mastheads', anywhere: false },
  byline: { into: 'bylines', anywhere: false },
};

export interface Assigned extends Marked { blocks: Block[]; removed: Message[]; }

/** `reasons`: every rule's reason by its name, for the removals. */
export function assignRoles(t: LineTable, span: Span, title: number, outside: readonly LineRule[], reasons: ReadonlyMap<string, string>): Assigned {
  const out: Assigned = { blocks: [], removed: [], captions: [], datelines: [], mastheads: [], bylines: [] };
  const drop = (i: number, rule: string) => out.removed.push({
    file: t.doc.path, line: lineNo(t, i), rule, reason: reasons.get(rule) ?? rule, severity: 'info', text: t.raw[i]!,
  });
  /** `wherever`: the rule keeps its lines wherever they stand (LineRule.marksAnywhere). */
  const mark = (i: number, kind: RuleRole, inHeader: boolean, wherever = false) => {
    const role = ROLES[kind];
    if (role.into && (inHeader || role.anywhere || wherever)) out[role.into].push(marked(t, i, role.show));
  };
  const paragraph = (i: number) => out.blocks.push({ kind: 'paragraph', text: t.lines[i]!, line: lineNo(t, i) });
  let signedOff = -1;
  for (let i = 0; i < t.n; i++) {
    const l = t.lines[i]!;
    if (!l) continue;
    const inHeader = i < span.start;
    const v = t.verdict[i];
    if (i === title) {
      if (t.glued[i]) out.datelines.push({ text: t.glued[i]!.date, line: lineNo(t, i) });
      drop(i, 'headline');
    } else if (v) {
      // A dateline inside the article (under its lead) is its own; one among other stories is theirs.
      const ownDateline = v.role === 'dateline' && i < span.trailer && !t.region[i];
      mark(i, v.role, inHeader || ownDateline, v.anywhere);
      drop(i, v.rule);
    } else if (t.region[i]) {
      drop(i, t.region[i]!);
    } else if (inHeader) {
      if (t.glued[i]) { out.datelines.push({ text: t.glued[i]!.date, line: lineNo(t, i) }); drop(i, 'dateline'); continue; }
      // A short lead just above the first paragraph still belongs to the article.
      if (i > title && endsLikeSentence(l) && t.words[i]! >= 6) { paragraph(i); continue; }
      const rule = firstRule(outside, t, i);
      if (rule) mark(i, rule.role, true);
      drop(i, rule?.name ?? 'header');
    } else if (i <= span.end) {
      out.blocks.push({ kind: isSubheading(l, t.words[i]!) ? 'heading' : 'paragraph', text: l, line: lineNo(t, i) });
    } else if (i < span.trailer) {
      // A short credit right under a sign-off ("Mai Hằng" then "Chính phủ") signs off too.
      const underSignOff = signedOff === prevNonBlank(t, i) && t.words[i]! <= 2 && /^[\p{Lu}]/u.test(l) && !endsLikeSentence(l);
      if (isSignOff(l) || underSignOff || (endsLikeSentence(l) && t.words[i]! >= 5)) { paragraph(i); if (isSignOff(l) || underSignOff) signedOff = i; }
      else drop(i, 'after-article');
    } else {
      const rule = firstRule(outside, t, i);
      drop(i, rule && rule.name !== 'header-label' ? rule.name : 'trailer');
    }
  }
  return out;
}

function marked(t: LineTable, i: number, show?: (line: string) => string): MarkedLine {
  return { text: show ? show(t.lines[i]!) : t.lines[i]!, line: lineNo(t, i) };
}

/** A subheading inside the body: short, no sentence punctuation at its end. */
function isSubheading(line: string, words: number): boolean {
  return words <= 20 && !endsLikeSentence(line) && !/^[-*•]\s/.test(line);
}
