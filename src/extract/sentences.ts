/** What follows a full stop between two sentences (sticky: matched where the stop is). */
const SENTENCE_GAP = /["”»)]*\s+(?=[\p{Lu}"“«(\d])/uy;

const GLUED_SENTENCE = /^[\p{Ll}]\.[\p{Lu}][\p{Ll}]/u;

/** Quote marks that open and close a quotation, as character codes: “ « „ and ” ». */
const OPEN = new Set([0x201c, 0xab, 0x201e]);
const CLOSE = new Set([0x201d, 0xbb]);
const STRAIGHT = 0x22;
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** Stops and quote marks: the only characters the splitter acts on; it jumps from one to the next. */
const MARK = /[".!?…“”„«»]/g;

export interface QuoteSpan {
  /** Offsets of the quoted text, without its marks, within the sentence. */
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  text: string;
  /** Where the text starts in its paragraph. */
  start: number;
  quotes: QuoteSpan[];
}

/** A stop after one capital letter standing alone is an initial ("Elbridge A. Colby", "TP. Hồ Chí Minh" is not one). */
function afterInitial(paragraph: string, stop: number): boolean {
  return paragraph.charCodeAt(stop) === 0x2e && stop >= 2 && /\s[\p{Lu}]$/u.test(paragraph.slice(stop - 2, stop));
}

/**
 * Splits a paragraph into sentences, never inside a quotation, and finds the quotations.
 * Straight quotes toggle; curly and angle quotes nest.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let straightOpen = false;
  let start = 0;
  const spans: { start: number; end: number }[] = [];
  let spanStart = -1;
  MARK.lastIndex = 0;
  for (let found = MARK.exec(paragraph); found; found = MARK.exec(paragraph)) {
    const i = found.index;
    const c = paragraph.charCodeAt(i);
    if (OPEN.has(c)) { if (depth === 0 && !straightOpen) spanStart = i + 1; depth++; continue; }
    // Crawled text often mixes marks (“..." or "...”): a closing mark of the other kind closes.
    if (CLOSE.has(c) && straightOpen && depth === 0) { straightOpen = false; if (spanStart >= 0) spans.push({ start: spanStart, end: i }); spanStart = -1; continue; }
    if (c === STRAIGHT && depth === 1 && !straightOpen && /^(?:[\s.,;:!?)]|$)/.test(paragraph.slice(i + 1, i + 2))) {
      depth = 0; if (spanStart >= 0) spans.push({ start: spanStart, end: i }); spanStart = -1; continue;
    }
    if (CLOSE.has(c) && depth > 0) { depth--; if (depth === 0 && !straightOpen && spanStart >= 0) { spans.push({ start: spanStart, end: i }); spanStart = -1; } continue; }
    if (c === STRAIGHT) {
      if (depth > 0) continue;
      straightOpen = !straightOpen;
      if (straightOpen) spanStart = i + 1;
      else if (spanStart >= 0) { spans.push({ start: spanStart, end: i }); spanStart = -1; }
      continue;
    }
    if (depth === 0 && !straightOpen && isStop(c) && !afterInitial(paragraph, i)) {
      SENTENCE_GAP.lastIndex = i + 1;
      const m = SENTENCE_GAP.exec(paragraph);
      // "nhậm chức.Bộ Ngoại giao": crawls glue sentences; a lower-case word, a stop, a capitalised word.
      const end = m ? i + 1 + m[0].trimEnd().length : GLUED_SENTENCE.test(paragraph.slice(i - 1, i + 3)) ? i + 1 : -1;
      if (end >= 0) { pushSentence(paragraph, start, end, spans, out); start = end; }
    }
  }
  // A quotation left open at the paragraph's end still counts: crawls cut closing marks.
  if (spanStart >= 0) spans.push({ start: spanStart, end: paragraph.length });
  pushSentence(paragraph, start, paragraph.length, spans, out);
  return out;
}

/** The sentence from `start` to `end`, trimmed, with the quotations inside it; none when blank. */
function pushSentence(paragraph: string, start: number, end: number, spans: { start: number; end: number }[], out: Sentence[]): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const base = start + lead;
  out.push({
    text,
    start: base,
    quotes: spans.filter((s) => s.start >= base && s.end <= base + text.length)
      .map((s) => ({ start: s.start - base, end: s.end - base, text: paragraph.slice(s.start, s.end).trim() })),
  });
}
