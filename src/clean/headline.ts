/** Phase "pick the headline": the headline-shaped line of the page header. */
import { wordCount } from '../text/patterns.ts';
import { nextNonBlank, type LineTable } from './table.ts';

/** Line rules whose lines may still be the headline (a label or account bar can look like one). */
const HEADLINE_MAY_MATCH = new Set(['header-label', 'account-bar']);

/** A headline: one line of four to forty words that does not end like a sentence. */
export function isHeadlineShape(line: string): boolean {
  const words = wordCount(line);
  if (words < 4 || words > 40) return false;
  if (/[|>»›]/.test(line) || /\.\s*$/.test(line)) return false;
  // A credit line ("Nguồn: …", "Theo TTXVN - …") names a source, not the story.
  if (/^(?:nguồn|source|tác giả|ảnh|photo)\s*:|^theo\s/iu.test(line)) return false;
  // Short upper-case labels ("HỎI ĐÁP THÔNG MINH") are widgets; a headline in capitals is longer.
  return line !== line.toUpperCase() || words >= 8;
}

/**
 * The headline is the last headline-shaped line of six words or more above the body (else the
 * last one); a glued timestamp marks it surely. Its copy printed right under it is marked too.
 * Returns its index, or -1.
 */
export function pickHeadline(t: LineTable, start: number): number {
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(start, t.n); i++) {
    if (!t.lines[i]) continue;
    const v = t.verdict[i];
    if (t.glued[i] || ((!v || HEADLINE_MAY_MATCH.has(v.rule)) && isHeadlineShape(t.lines[i]!))) candidates.push(i);
  }
  const title = candidates.length ? chooseHeadline(t, candidates) : openingHeadline(t, start);
  if (title >= 0) markRepeats(t, title);
  return title;
}

/**
 * With nothing above the article, its first line is the headline when it has a headline's shape
 * and long prose follows it: a lead paragraph ends with a full stop, a headline does not.
 */
function openingHeadline(t: LineTable, start: number): number {
  // A headline may end with a quotation's closing mark; only a full stop ends a lead.
  if (start >= t.n || !isHeadlineShape(t.lines[start]!) || t.words[start]! < 6 || /\.["”»']?\s*$/.test(t.lines[start]!)) return -1;
  // Past a dateline or a share bar under it, to the prose.
  let next = nextNonBlank(t, start);
  while (next >= 0 && t.verdict[next]) next = nextNonBlank(t, next);
  return next >= 0 && t.words[next]! >= 15 ? start : -1;
}

/** Spacing and quote marks differ between a headline and its copies (an image's alt text, a share box). */
export const sameText = (s: string) => s.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The headline printed again anywhere on the page: under itself, as an image's name, in a box. */
function markRepeats(t: LineTable, i: number): void {
  const text = sameText(t.glued[i]?.title ?? t.lines[i]!);
  const own = sameText(t.lines[i]!);
  for (let j = 0; j < t.n; j++) {
    const raw = t.lines[j]!;
    // Spacing and marks change a copy's length by little: lines far longer or shorter are no copy.
    if (j === i || !raw || t.region[j] || raw.length < text.length * 0.8 || raw.length > own.length * 1.5 + 10) continue;
    const line = sameText(raw);
    if (line === text || line === own) t.region[j] = 'repeated-title';
  }
}

function chooseHeadline(t: LineTable, candidates: number[]): number {
  const glued = candidates.find((i) => t.glued[i]);
  if (glued !== undefined) return glued;
  for (let k = candidates.length - 1; k >= 0; k--) if (t.words[candidates[k]!]! >= 6) return candidates[k]!;
  return candidates.length ? candidates[candidates.length - 1]! : -1;
}
