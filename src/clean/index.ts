import type { CustomCleanRule } from '../config.ts';
import { endsLikeSentence, wordCount } from '../text/patterns.ts';
import { stopwordDensity } from '../text/stopwords.ts';
import type { Block, CleanDocument, Removal, SourceDocument } from '../types.ts';
import { captionText } from './caption.ts';
import { GLUED_DATELINE, LINE_RULES, isDateline, isPageEnd, isRelatedHeading, type LineContext, type LineRule } from './rules.ts';

export interface CleanOptions {
  /** A maintainer's extra rules (site.config.ts); they run before the built-in ones. */
  customRules?: CustomCleanRule[];
}

type Verdict = { role: LineRule['role']; rule: string };

/** Region rules: what a line becomes by where it stands, when no line rule names it. */
export const REGION_RULES = {
  header: 'page header before the article (section names, labels, navigation)',
  'repeated-title': 'the headline printed a second time right under itself',
  'teaser-block': 'a teaser of another story: its title, its title again, its date and its summary',
  'related-box': 'a related-stories box inside the article',
  trailer: 'page content after the article has ended (widgets, other stories, footer)',
  'after-article': 'a stray line between the article\'s end and the page widgets',
  headline: 'the headline: shown as the page title, not repeated in the body',
} as const;

/**
 * Separates an article from the page around it. Lines are classified by line rules (shapes
 * that are never prose), then by region: the body runs from the first to the last line of
 * running prose, and ends for good at the first page-end widget or at the "/." end mark.
 */
export function clean(doc: SourceDocument, options: CleanOptions = {}): CleanDocument {
  if (doc.format === 'markdown') return cleanMarkdown(doc);
  const raw = doc.lines;
  const lines = raw.map((l) => l.trim());
  const n = lines.length;
  const lineNo = (i: number) => doc.firstLine + i;
  const isBlank = (i: number) => !lines[i];
  const nextNonBlank = (i: number) => { for (let j = i + 1; j < n; j++) if (!isBlank(j)) return j; return -1; };
  const prevNonBlank = (i: number) => { for (let j = i - 1; j >= 0; j--) if (!isBlank(j)) return j; return -1; };

  // 1. Line rules.
  const custom: LineRule[] = (options.customRules ?? []).map((r) => ({
    name: r.name, reason: r.reason, role: 'chrome', scope: 'anywhere', test: (l: string) => r.pattern.test(l),
  }));
  const anywhere = [...custom, ...LINE_RULES.filter((r) => r.scope === 'anywhere')];
  const outside = LINE_RULES.filter((r) => r.scope === 'outside');
  const inBodyRules = LINE_RULES.filter((r) => r.scope === 'body');
  // Neighbours computed once: rules read them as plain strings.
  const prevText: string[] = new Array(n);
  const nextText: string[] = new Array(n);
  for (let i = 0, last = ''; i < n; i++) { prevText[i] = last; if (lines[i]) last = lines[i]!; }
  for (let i = n - 1, last = ''; i >= 0; i--) { nextText[i] = last; if (lines[i]) last = lines[i]!; }
  const wordsIn = lines.map(wordCount);
  const ctxAt = (i: number): LineContext => ({ lines, index: i, prev: prevText[i]!, next: nextText[i]!, words: wordsIn[i]! });
  const verdict: (Verdict | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (!l) continue;
    const ctx = ctxAt(i);
    for (const r of anywhere) {
      if (r.maxChars !== undefined && l.length > r.maxChars) continue;
      if (r.test(l, ctx)) { verdict[i] = { role: r.role, rule: r.name }; break; }
    }
  }
  const glued = lines.map((l) => {
    const m = GLUED_DATELINE.exec(l);
    // A zone or a byline after the date is still a dateline, not a headline.
    return m && !isDateline(l) && wordCount(m[2]!) >= 3 && wordCount(m[2]!) <= 40 ? { date: m[1]!.trim(), title: m[2]!.trim() } : null;
  });

  // 2. Running prose: long enough, sentence-shaped, dense with function words (decided once per line).
  const prose: boolean[] = lines.map((l, i) => {
    if (!l || verdict[i] || glued[i]) return false;
    const words = wordsIn[i]!;
    // A shorter line must end like a sentence: headlines are often as long and as dense in
    // function words as prose, but never end with a full stop.
    return words >= 25 || (words >= 12 && endsLikeSentence(l) && stopwordDensity(l) >= 0.1);
  });
  const isProse = (i: number) => prose[i]!;
  /** The first prose line after k, outside the given regions if any. */
  const proseAfter = (k: number, regions?: readonly unknown[]) => {
    for (let i = k + 1; i < n; i++) if (prose[i] && !regions?.[i]) return i;
    return -1;
  };

  let bodyStart = proseAfter(-1);
  // Rules for shapes that only mean chrome once the article has begun (captions between paragraphs).
  for (let i = Math.max(bodyStart, 0) + 1; bodyStart >= 0 && i < n; i++) {
    if (!lines[i] || verdict[i]) continue;
    const rule = inBodyRules.find((r) => (r.maxChars === undefined || lines[i]!.length <= r.maxChars) && r.test(lines[i]!, ctxAt(i)));
    if (rule) { verdict[i] = { role: rule.role, rule: rule.name }; prose[i] = false; }
  }
  // A brief of short sentences has no line long enough to count as prose: start at its first sentence.
  if (bodyStart < 0) bodyStart = lines.findIndex((l, i) => l && !verdict[i] && !glued[i] && wordsIn[i]! >= 5 && endsLikeSentence(l));
  if (bodyStart < 0) bodyStart = lines.findIndex((l, i) => l && !verdict[i] && !glued[i] && wordsIn[i]! >= 6);
  if (bodyStart < 0) bodyStart = lines.findIndex((l, i) => l && !verdict[i]);
  if (bodyStart < 0) bodyStart = n;

  // A widget of other stories above the article ("Tin nổi bật" with titles and summaries): the
  // article begins with the first prose that follows a dateline after that widget.
  const widgetAbove = lines.findIndex((l, i) => i < bodyStart && l && (isPageEnd(l) || isRelatedHeading(l)));
  if (widgetAbove >= 0) {
    for (let d = widgetAbove + 1; d < n; d++) {
      if (verdict[d]?.role !== 'dateline' && !glued[d]) continue;
      const firstProse = proseAfter(d);
      if (firstProse > bodyStart) bodyStart = firstProse;
      break;
    }
  }

  // 3. Teasers of other stories: a title repeated under itself, or any title + dateline + summary
  // once the article has begun (the article's own dateline sits in its header).
  const region: (keyof typeof REGION_RULES | null)[] = new Array(n).fill(null);
  for (let i = bodyStart; i < n; i++) {
    if (isBlank(i) || region[i]) continue;
    const j = nextNonBlank(i);
    const repeated = j >= 0 && lines[j] === lines[i] && wordsIn[i]! >= 2;
    const dated = verdict[i]?.role === 'dateline' && i > bodyStart;
    if (!repeated && !dated) continue;
    let title = i, date = -1;
    if (repeated) {
      region[i] = region[j] = 'teaser-block';
      const k = nextNonBlank(j);
      if (k >= 0 && verdict[k]?.role === 'dateline') date = k;
    } else {
      date = i;
      const p = prevNonBlank(i);
      if (p > bodyStart && !endsLikeSentence(lines[p]!) && wordsIn[p]! <= 40) { region[p] = 'teaser-block'; title = p; }
    }
    if (date >= 0) {
      region[date] = 'teaser-block';
      const s = nextNonBlank(date);
      const s2 = s >= 0 ? nextNonBlank(s) : -1;
      const summaryStartsTeaser = s2 >= 0 && lines[s2] === lines[s];
      if (s >= 0 && !summaryStartsTeaser && !verdict[s]) region[s] = 'teaser-block';
    }
    if (title === bodyStart) bodyStart = Math.max(bodyStart, nextNonBlank(date >= 0 ? date : j));
  }
  while (bodyStart < n && (region[bodyStart] || !isProse(bodyStart)) && bodyStart >= 0) {
    const next = proseAfter(bodyStart, region);
    if (next < 0) break;
    bodyStart = next;
  }

  // 4. Where the article ends: a page-end widget, or the "/." end mark and its sign-off.
  let trailerStart = n;
  for (let k = bodyStart + 1; k < n; k++) {
    const l = lines[k]!;
    if (!l || region[k]) continue;
    if (isPageEnd(l) || verdict[k]?.rule === 'page-end-widget') { trailerStart = k; break; }
    if (isRelatedHeading(l)) {
      // Inside the article when prose follows before any page-end widget: mark just the box.
      const prose = proseAfter(k, region);
      const pageEnd = lines.findIndex((x, i) => i > k && x && isPageEnd(x));
      if (prose > 0 && (pageEnd < 0 || prose < pageEnd)) {
        for (let i = k + 1; i < prose; i++) if (lines[i] && !verdict[i]) region[i] = 'related-box';
        k = prose - 1;
        continue;
      }
      trailerStart = k;
      break;
    }
    if (/\/\.\s*$/.test(l) && !verdict[k]) {
      let m = nextNonBlank(k);
      let signOffs = 0;
      while (m >= 0 && signOffs < 3 && isSignOff(lines[m]!) && !verdict[m]) { signOffs++; m = nextNonBlank(m); }
      trailerStart = m < 0 ? n : m;
      break;
    }
  }
  let bodyEnd = -1;
  for (let i = Math.min(trailerStart, n) - 1; i >= bodyStart; i--) if (isProse(i) && !region[i]) { bodyEnd = i; break; }
  if (bodyEnd < 0) bodyEnd = Math.min(trailerStart, n) - 1;

  // 5. The header: headline, a short lead, the rest is page chrome.
  let headline: CleanDocument['headline'] = null;
  const datelines: CleanDocument['datelines'] = [];
  const headerCandidates: number[] = [];
  for (let i = 0; i < Math.min(bodyStart, n); i++) {
    if (isBlank(i)) continue;
    if (glued[i]) { headerCandidates.push(i); continue; }
    const v = verdict[i];
    if ((!v || v.rule === 'header-label' || v.rule === 'account-bar') && isHeadlineShape(lines[i]!)) headerCandidates.push(i);
  }
  const titleIndex = pickHeadline(headerCandidates, lines, glued);
  if (titleIndex >= 0) {
    const gluedTitle = glued[titleIndex];
    const text = gluedTitle ? gluedTitle.title : lines[titleIndex]!;
    headline = { text, line: lineNo(titleIndex) };
    const j = nextNonBlank(titleIndex);
    if (j >= 0 && j < bodyStart && (lines[j] === text || lines[j] === lines[titleIndex])) region[j] = 'repeated-title';
  }

  // 6. Assign every line its role.
  const blocks: Block[] = [];
  const captions: CleanDocument['captions'] = [];
  const mastheads: CleanDocument['mastheads'] = [];
  const removed: Removal[] = [];
  const drop = (i: number, rule: string) => removed.push({ line: lineNo(i), text: raw[i]!, rule });
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (!l) continue;
    if (i === titleIndex) {
      if (glued[i]) datelines.push({ text: glued[i]!.date, line: lineNo(i) });
      drop(i, 'headline');
      continue;
    }
    const v = verdict[i];
    const inHeader = i < bodyStart;
    const inBody = i >= bodyStart && i <= bodyEnd;
    const inGap = i > bodyEnd && i < trailerStart;
    if (v?.role === 'caption') { captions.push({ text: captionText(l), line: lineNo(i) }); drop(i, v.rule); continue; }
    if (v) {
      if (v.role === 'dateline' && inHeader) datelines.push({ text: l, line: lineNo(i) });
      if (v.role === 'masthead' && (inHeader || v.rule === 'source-url')) mastheads.push({ text: l, line: lineNo(i) });
      drop(i, v.rule);
      continue;
    }
    if (region[i]) { drop(i, region[i]!); continue; }
    if (inHeader) {
      if (glued[i]) { datelines.push({ text: glued[i]!.date, line: lineNo(i) }); drop(i, 'dateline'); continue; }
      // A short lead just above the first paragraph still belongs to the article.
      if (i > titleIndex && endsLikeSentence(l) && wordsIn[i]! >= 6) { blocks.push({ kind: 'paragraph', text: l, line: lineNo(i) }); continue; }
      const outsideRule = outside.find((r) => r.test(l, ctxAt(i)));
      if (outsideRule?.role === 'masthead') mastheads.push({ text: l, line: lineNo(i) });
      drop(i, outsideRule?.name ?? 'header');
      continue;
    }
    if (inBody) {
      blocks.push({ kind: isSubheading(l, wordsIn[i]!) ? 'heading' : 'paragraph', text: l, line: lineNo(i) });
      continue;
    }
    if (inGap) {
      if (isSignOff(l) || (endsLikeSentence(l) && wordsIn[i]! >= 5)) { blocks.push({ kind: 'paragraph', text: l, line: lineNo(i) }); continue; }
      drop(i, 'after-article');
      continue;
    }
    const outsideRule = outside.find((r) => r.test(l, ctxAt(i)));
    drop(i, outsideRule && outsideRule.name !== 'header-label' ? outsideRule.name : 'trailer');
  }
  return { source: doc, blocks, captions, headline, datelines, mastheads, removed };
}

/** A headline: one line of four to forty words that does not end like a sentence. */
function isHeadlineShape(line: string): boolean {
  const words = wordCount(line);
  if (words < 4 || words > 40) return false;
  if (/[|>»›]/.test(line) || /\.\s*$/.test(line)) return false;
  // Upper-case labels ("HỎI ĐÁP THÔNG MINH") are widgets; headlines are in sentence case.
  return line !== line.toUpperCase();
}

/** The headline is the last headline-shaped line above the body; a glued timestamp marks it surely. */
function pickHeadline(candidates: number[], lines: string[], glued: ({ title: string } | null)[]): number {
  const gluedOne = candidates.find((i) => glued[i]);
  if (gluedOne !== undefined) return gluedOne;
  for (let k = candidates.length - 1; k >= 0; k--) if (wordCount(lines[candidates[k]!]!) >= 6) return candidates[k]!;
  return candidates.length ? candidates[candidates.length - 1]! : -1;
}

/** A subheading inside the body: short, no sentence punctuation at its end. */
function isSubheading(line: string, words: number): boolean {
  return words <= 20 && !endsLikeSentence(line) && !/^[-*•]\s/.test(line);
}

/**
 * A sign-off or credit that closes an article: "Theo TTXVN", "(Reuters, AFP)", "PV",
 * or a reporter's name.
 */
export function isSignOff(line: string): boolean {
  const full = line.trim();
  if (wordCount(full) > 12) return false;
  // "Thanh Tâm (Theo Reuters, AFP)", "Hồng Hạnh/VOV.VN (tổng hợp)": a name with its credit.
  const l = full.replace(/\s*\((?:theo|nguồn|tổng hợp|lược dịch|biên dịch)[^()]*\)\.?$/iu, '').replace(/\/[\p{L}.+]+$/u, '')
    // "VĨNH HÀ thực hiện", "Minh Anh ghi": a reporter's name and what they did.
    .replace(/\s+(?:thực hiện|ghi|ghi chép|tổng hợp|lược dịch|biên dịch|phỏng vấn)\.?$/u, '').trim() || full;
  return /^\(?\s*(?:theo|nguồn|tổng hợp|lược dịch)\b/iu.test(l)
    || /^\([^()]{2,60}\)\.?$/.test(l)
    || /^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên)\b/u.test(l)
    || /^(?:[\p{Lu}][\p{L}.'-]*\s*){1,5}(?:\s*[-–(]\s*[\p{L} ]+\)?)?\.?$/u.test(l) && wordCount(l) <= 6;
}

/**
 * A maintainer's Markdown is the article as they want it: nothing is removed. Its blocks are
 * kept whole (paragraphs, lists, quotes), and a leading "# " heading is the headline.
 */
function cleanMarkdown(doc: SourceDocument): CleanDocument {
  const blocks: Block[] = [];
  const removed: Removal[] = [];
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
      removed.push({ line: lineNo, text: l, rule: 'headline' });
      return;
    }
    if (!current) current = { lines: [], line: lineNo };
    current.lines.push(l);
  });
  flush();
  return { source: doc, blocks, captions: [], headline, datelines: [], mastheads: [], removed };
}
