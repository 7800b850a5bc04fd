/**
 * Where the article stands among the page's lines: its first line of running prose, the teasers
 * of other stories inside that span, and where it ends for good.
 */
import { endsLikeSentence } from '../text/patterns.ts';
import { sameText } from './headline.ts';
import { isPageEnd, isRelatedHeading, type LineRule } from './rules.ts';
import { isSignOff } from './signoff.ts';
import { firstRule, nextNonBlank, prevNonBlank, proseAfter, verdictOf, type LineTable } from './table.ts';

export interface Span {
  /** The article's first line. */
  start: number;
  /** Its last line of running prose. */
  end: number;
  /** Where the page after the article begins (n when it never does). */
  trailer: number;
}

/** Phase "find the start": the first running prose, or failing that the first sentence. */
export function findStart(t: LineTable, inBody: readonly LineRule[]): number {
  let start = proseAfter(t, -1);
  // Rules for shapes that only mean chrome once the article has begun (captions between paragraphs).
  for (let i = Math.max(start, 0) + 1; start >= 0 && i < t.n; i++) {
    if (!t.lines[i] || t.verdict[i]) continue;
    const rule = firstRule(inBody, t, i);
    if (rule) { t.verdict[i] = verdictOf(rule); t.prose[i] = false; }
  }
  const free = (i: number) => Boolean(t.lines[i]) && !t.verdict[i] && !t.glued[i];
  // A brief of short sentences has no line long enough to count as prose: start at its first sentence.
  if (start < 0) start = t.lines.findIndex((l, i) => free(i) && t.words[i]! >= 5 && endsLikeSentence(l));
  if (start < 0) start = t.lines.findIndex((_, i) => free(i) && t.words[i]! >= 6);
  if (start < 0) start = t.lines.findIndex((l, i) => l && !t.verdict[i]);
  if (start < 0) start = t.n;
  return afterWidgetAbove(t, pastPrintedTwice(t, start));
}

/** A first line printed again right under it, without a full stop, is the headline and its copy: the article starts after. */
function pastPrintedTwice(t: LineTable, start: number): number {
  const j = start < t.n ? nextNonBlank(t, start) : -1;
  if (j < 0 || endsLikeSentence(t.lines[start]!) || sameText(t.lines[j]!) !== sameText(t.lines[start]!)) return start;
  const after = proseAfter(t, j);
  return after > j ? after : start;
}

/**
 * A widget of other stories above the article ("Tin nổi bật" with titles and summaries): the
 * article begins with the first prose that follows a dateline after that widget.
 */
function afterWidgetAbove(t: LineTable, start: number): number {
  const widget = t.lines.findIndex((l, i) => i < start && l && (isPageEnd(l) || isRelatedHeading(l)));
  if (widget < 0) return start;
  for (let d = widget + 1; d < t.n; d++) {
    if (t.verdict[d]?.role !== 'dateline' && !t.glued[d]) continue;
    const firstProse = proseAfter(t, d);
    return firstProse > start ? firstProse : start;
  }
  return start;
}

/**
 * Phase "mark teasers": a title repeated under itself, or any title + dateline + summary once the
 * article has begun (the article's own dateline sits in its header). Returns the start, moved past
 * teasers that stood where the article seemed to begin.
 */
export function markTeasers(t: LineTable, from: number): number {
  let start = from;
  for (let i = start; i < t.n; i++) {
    if (!t.lines[i] || t.region[i]) continue;
    const j = nextNonBlank(t, i);
    const repeated = j >= 0 && t.lines[j] === t.lines[i] && t.words[i]! >= 2;
    const dated = t.verdict[i]?.role === 'dateline' && i > start;
    if (!repeated && !dated) continue;
    let title = i, date = -1;
    if (repeated) {
      t.region[i] = t.region[j] = 'teaser-block';
      const k = nextNonBlank(t, j);
      if (k >= 0 && t.verdict[k]?.role === 'dateline') date = k;
    } else {
      date = i;
      const p = prevNonBlank(t, i);
      if (p > start && !endsLikeSentence(t.lines[p]!) && t.words[p]! <= 40) { t.region[p] = 'teaser-block'; title = p; }
    }
    // A dateline under the lead with no teaser title above it is the article's own: what follows is the article's.
    if (date >= 0 && (repeated || title !== i)) markTeaserSummary(t, date);
    if (title === start) start = Math.max(start, nextNonBlank(t, date >= 0 ? date : j));
  }
  while (start < t.n && start >= 0 && (t.region[start] || !t.prose[start])) {
    const next = proseAfter(t, start, true);
    if (next < 0) break;
    start = next;
  }
  return start;
}

/** A teaser's date and the summary under it (unless that line starts the next teaser). */
function markTeaserSummary(t: LineTable, date: number): void {
  t.region[date] = 'teaser-block';
  const s = nextNonBlank(t, date);
  const s2 = s >= 0 ? nextNonBlank(t, s) : -1;
  const summaryStartsTeaser = s2 >= 0 && t.lines[s2] === t.lines[s];
  if (s >= 0 && !summaryStartsTeaser && !t.verdict[s]) t.region[s] = 'teaser-block';
}

/** Phase "find the end": a page-end widget, a related box that nothing follows, or the "/." end mark. */
export function findEnd(t: LineTable, start: number): Span {
  let trailer = t.n;
  for (let k = start + 1; k < t.n; k++) {
    const l = t.lines[k]!;
    if (!l || t.region[k]) continue;
    if (isPageEnd(l) || t.verdict[k]?.rule === 'page-end-widget') { trailer = k; break; }
    if (isRelatedHeading(l)) {
      const resumes = relatedBoxInside(t, k);
      if (resumes > 0) { k = resumes - 1; continue; }
      trailer = k;
      break;
    }
    if (/\/\.\s*$/.test(l) && !t.verdict[k]) { trailer = afterSignOffs(t, k); break; }
  }
  let end = -1;
  for (let i = Math.min(trailer, t.n) - 1; i >= start; i--) if (t.prose[i] && !t.region[i]) { end = i; break; }
  if (end < 0) end = Math.min(trailer, t.n) - 1;
  return { start, end, trailer };
}

/**
 * A related box inside the article: prose follows it before any page-end widget. Marks the box
 * and returns where the prose resumes, or -1 when the box ends the article.
 */
function relatedBoxInside(t: LineTable, k: number): number {
  const prose = proseAfter(t, k, true);
  const pageEnd = t.lines.findIndex((x, i) => i > k && x && isPageEnd(x));
  if (prose <= 0 || (pageEnd >= 0 && prose >= pageEnd)) return -1;
  for (let i = k + 1; i < prose; i++) if (t.lines[i] && !t.verdict[i]) t.region[i] = 'related-box';
  return prose;
}

/** After the "/." end mark: up to three sign-off lines still belong to the article. */
function afterSignOffs(t: LineTable, k: number): number {
  let m = nextNonBlank(t, k);
  let signOffs = 0;
  while (m >= 0 && signOffs < 3 && isSignOff(t.lines[m]!) && !t.verdict[m]) { signOffs++; m = nextNonBlank(t, m); }
  return m < 0 ? t.n : m;
}
