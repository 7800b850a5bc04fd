/** Who says what in a sentence: the speaker of each quotation, and reported speech after a verb. */
import type { Quote } from '../types.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { SUBJECT_LEAD, VERB_ALTERNATION, VERB_RE, bare, isVerbAt, tail, words } from './words.ts';

/** Where the reporting verb after a mention starts, if the mention is the one speaking. */
function verbAfter(sentence: string, from: number, others: Mention[]): number {
  let commas = 0;
  const ws = words(sentence, from, 14);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^["“«]/.test(w.text)) return -1;
    if (others.some((o) => o.start >= from && o.start <= w.start)) return -1;
    if (isVerbAt(sentence, w.start)) {
      const prev = i > 0 ? bare(ws[i - 1]!.text).toLowerCase() : '';
      // "sẽ yêu cầu" is not yet said; "các kiến nghị", "lời cảnh báo" are nouns.
      if (['sẽ', 'được', 'bị', 'để', 'của', 'lời', 'muốn', 'các', 'những', 'một', 'mọi', 'bản', 'nhiều'].includes(prev)) return -1;
      return w.start;
    }
    // Up to three commas: an apposition ("X, Đội trưởng …, Công an huyện (Gia Lai), cho biết") or an aside.
    if (/[,;]$/.test(w.text) && ++commas > 3) return -1;
    if (/[.!?:]$/.test(w.text)) return -1;
  }
  return -1;
}

interface Speaking { mention: Mention; verbAt: number; }

function speakersOf(sentence: Sentence, mentions: Mention[]): Speaking[] {
  const out: Speaking[] = [];
  const s = sentence.text;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const before = tail(s, m.start);
    // "A và B nói": B's verb is A's too.
    const group = [m];
    let j = i;
    while (j + 1 < mentions.length && /^\s*và\s*$/u.test(s.slice(mentions[j]!.end, mentions[j + 1]!.start))) group.push(mentions[++j]!);
    const isSubject = SUBJECT_LEAD.test(before) && !/\s+và\s*$/u.test(before);
    if (/(?<![\p{L}])theo(?:\s+lời)?\s*$/iu.test(before)) {
      out.push({ mention: m, verbAt: group[group.length - 1]!.end });
      continue;
    }
    if (!isSubject) { i = j; continue; }
    const last = group[group.length - 1]!;
    const verbAt = verbAfter(s, last.end, mentions.filter((o) => !group.includes(o)));
    if (verbAt >= 0) for (const g of group) out.push({ mention: g, verbAt });
    i = j;
  }
  return out;
}

export interface Attributed { mention: Mention; quote: Quote; }

/** "…", ông nói / bà cho biết: the quote belongs to the person the text was just about. */
const PRONOUN_SAID = new RegExp(String.raw`^\s*[,\-–—]?\s*(?:ông|bà|ông ấy|bà ấy|người này)\s+(?:cũng\s+|còn\s+)?(?:${VERB_ALTERNATION})(?![\p{L}])`, 'u');

/**
 * A sentence whose subject is a pronoun or a role ("Ông cho biết", "Cô nhấn mạnh rằng", "Đại biểu
 * đề nghị", "Theo ông, …"): reported speech of the person the text was just about.
 */
const PRONOUN_SUBJECT = new RegExp(String.raw`^[*\s]*(?:(?:cũng\s+)?theo\s+(?:ông|bà|cô|anh|đại biểu|ĐB|đồng chí)\s*,\s*()|(?:ông|bà|cô|anh|ông ấy|bà ấy|đồng chí|đại biểu|ĐB|vị này|người này)\s+(?:(?:cũng|còn|đồng thời|thêm|tiếp tục)\s+)*(${VERB_ALTERNATION})(?![\p{L}]))`, 'iu');

function pronounSpeech(s: string, previous: Mention | null): Attributed[] {
  const m = previous ? PRONOUN_SUBJECT.exec(s) : null;
  if (!m) return [];
  const text = s.slice(m[0].length).replace(/^\s*(?:thêm\s+)?(?:rằng\s*)?[,:]?\s*/u, '').trim();
  return text.split(/\s+/).length >= 3 ? [{ mention: previous!, quote: { text, direct: false } }] : [];
}

/** Who said what in one sentence: direct quotations and reported speech. */
export function attribute(sentence: Sentence, mentions: Mention[], previous: Mention | null): Attributed[] {
  const s = sentence.text;
  if (!mentions.length && !sentence.quotes.length) return pronounSpeech(s, previous);
  const speaking = speakersOf(sentence, mentions);
  const out: Attributed[] = [];
  const quotedBy = new Set<Mention>();
  for (const q of sentence.quotes) {
    const isDirect = q.text.split(/\s+/).length >= 4;
    const before = s.slice(0, q.start).replace(/["“«]\s*$/, '').trimEnd();
    let speaker: Mention | null = null;
    if (!before) {
      // Quote first: the speaker follows it ("..." - Bộ trưởng Lavrov khẳng định).
      const after = s.slice(q.end).replace(/^["”»]*/, '');
      // "…" - Bộ trưởng X khẳng định / "…", theo lời Chủ tịch X.
      // "…" - Reuters dẫn lời ông X: the source stands between the quote and its speaker.
      const leadMatch = /^\s*[,\-–—]?\s*(theo(?:\s+lời)?\s+|(?:[\p{Lu}][\p{L}+.]*\s+){1,3}dẫn lời\s+)?/iu.exec(after)!;
      const m = mentions.find((x) => x.start === q.end + (s.slice(q.end).length - after.length) + leadMatch[0].length);
      if (m && (leadMatch[1] || verbAfter(s, m.end, []) >= 0)) speaker = m;
      else if (!mentions.length && PRONOUN_SAID.test(after)) speaker = previous;
      else if (!mentions.length && !/^\s*[,\-–—]?\s*\S/.test(after.replace(/^[.\s]*$/, ''))) speaker = previous;
    } else {
      const candidates = speaking.filter((x) => x.verbAt < q.start);
      speaker = candidates.length ? candidates[candidates.length - 1]!.mention : null;
    }
    if (!speaker) continue;
    quotedBy.add(speaker);
    if (isDirect) out.push({ mention: speaker, quote: { text: q.text, direct: true } });
  }
  for (const sp of speaking) {
    if (out.some((o) => o.mention === sp.mention)) continue;
    const text = s.slice(sp.verbAt).replace(VERB_RE, '').replace(/^\s*(?:rằng\s*)?[,:]?\s*/u, '').trim();
    out.push({ mention: sp.mention, quote: { text: quotedBy.has(sp.mention) ? s : text || s, direct: false } });
  }
  return out;
}

