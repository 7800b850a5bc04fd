/** Who says what in a sentence: the speaker of each quotation, and reported speech after a verb. */
import { CONTENT_VERBS } from '../text/titles.ts';
import type { Quote } from '../types.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { SUBJECT_LEAD, VERB_ALTERNATION, VERB_RE, bare, isTitleAt, isVerbAt, tail, words } from './words.ts';

/** Where the reporting verb after a mention starts, if the mention is the one speaking. */
function verbAfter(sentence: string, from: number, others: Mention[]): number {
  let commas = 0;
  const ws = words(sentence, from, 24);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^["“«]/.test(w.text)) return -1;
    if (others.some((o) => o.start >= from && o.start <= w.start)) return -1;
    if (isVerbAt(sentence, w.start) || callsIt(sentence, w)) {
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

/** "gọi các cuộc thảo luận … là “hành động tống tiền”": calling a thing by words in quote marks is saying them. */
const CALLS_IT = /^gọi\s[^.!?"“”«»]{1,120}?\slà\s*["“«]/u;
const callsIt = (s: string, w: { text: string; start: number }) => w.text === 'gọi' && CALLS_IT.test(s.slice(w.start, w.start + 140));

interface Speaking { mention: Mention; verbAt: number; }

const THEO_POST = /(?<![\p{L}])theo\s+([^,.;:!?"“”]{2,60}),\s*$/iu;

/**
 * "Theo Ủy viên Bộ Chính trị, Trưởng Ban X Trần Tuấn Anh, …": the person's posts before and
 * after a comma, and a comma after the name. Not "Theo phát ngôn viên X, Ngoại trưởng Y sẽ …",
 * whose Y is the subject of what the spokesperson said, nor "Theo Quyết định số 204, …".
 */
function postsBefore(s: string, before: string, end: number): boolean {
  const m = THEO_POST.exec(before);
  return m !== null && isTitleAt(m[1]!.toLowerCase(), 0) && /^\s*,/.test(s.slice(end));
}

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
    // "vị cố vấn Mỹ tuyên bố", "Đồng chí Chủ tịch UBND tỉnh mong muốn": a word of respect before a post leaves it the subject.
    const lead = before.replace(/(?<![\p{L}])(?:[Vv]ị|[Đđ]ồng chí)\s+$/u, '');
    const isSubject = SUBJECT_LEAD.test(lead) && !/\s+và\s*$/u.test(lead);
    if (/(?<![\p{L}])(?:theo(?:\s+lời)?|dẫn lời)\s*$/iu.test(before) || postsBefore(s, before, group[group.length - 1]!.end)) {
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

const NOT_SAID = /^(?:phỏng vấn|báo chí|câu hỏi|chất vấn)(?![\p{L}])/u;

/** Words of the reported clause stand between the verb and the quotation ("cho biết quân Ukraine đang “…”"). */
function reportedBefore(s: string, verbAt: number, quoteStart: number): boolean {
  const between = s.slice(verbAt, quoteStart).replace(VERB_RE, '').replace(/^\s*(?:thêm\s+)?(?:rằng\s*)?[,:]?\s*/u, '').replace(/["“«]\s*$/, '').trim();
  // "tái khẳng định với X về “…”": to whom and about what, not what was said.
  return between.split(/\s+/).filter(Boolean).length >= 2 && !/^(?:với|về|trước|tại|cho)\s/u.test(between);
}

/** "…", ông nói / bà cho biết: the quote belongs to the person the text was just about. */
const PRONOUN_SAID = new RegExp(String.raw`^\s*[,\-–—]?\s*(?:ông|bà|ông ấy|bà ấy|người này)\s+(?:cũng\s+|còn\s+)?(?:${VERB_ALTERNATION})(?![\p{L}])`, 'u');

/**
 * A sentence whose subject is a pronoun or a role ("Ông cho biết", "Cô nhấn mạnh rằng", "Đại biểu
 * đề nghị", "Theo ông, …"): reported speech of the person the text was just about.
 */
/** A word in either case at a sentence's start: "[Ôô]ng". */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const PRONOUNS = ['ông', 'bà', 'cô', 'anh', 'ông ấy', 'bà ấy', 'đồng chí', 'đại biểu', 'vị này', 'người này'].map(eitherCase).join('|');
const PRONOUN_SUBJECT = new RegExp(String.raw`(?:^[*\s]*|,\s+)(?:(?:[Cc]ũng\s+theo|[Tt]heo)\s+(?:${PRONOUNS}|ĐB)\s*,\s*()|(?:${PRONOUNS}|ĐB|${eitherCase('nhà lãnh đạo')}(?:\s+[\p{Lu}][\p{L}]*){0,2}|${eitherCase('người đứng đầu')}(?:\s+[\p{L}]+){0,4}?|${eitherCase('ông chủ')}(?:\s+[\p{Lu}][\p{L}]*){1,3}|${eitherCase('vị')}(?:\s+[\p{L}]+){1,3}?)\s+(?:(?:cũng|còn|đồng thời|thêm|tiếp tục|đã)\s+)*(${VERB_ALTERNATION})(?![\p{L}]))`, 'u');

function pronounSpeech(s: string, previous: Mention | null, mentions: Mention[]): Attributed[] {
  const m = previous ? PRONOUN_SUBJECT.exec(s) : null;
  // The pronoun must be the subject: no one named before its verb ("Đồng chí mong muốn Đại sứ …" is).
  if (!m || mentions.some((x) => x.start < m.index + m[0].length)) return [];
  const text = s.slice(m.index + m[0].length).replace(/^\s*(?:thêm\s+)?(?:rằng\s*)?[,:]?\s*/u, '').trim();
  return text.split(/\s+/).length >= 3 ? [{ mention: previous!, quote: { text, direct: false } }] : [];
}

/** Who said what in one sentence: direct quotations and reported speech. */
export function attribute(sentence: Sentence, mentions: Mention[], previous: Mention | null): Attributed[] {
  const s = sentence.text;
  const pronoun = pronounSpeech(s, previous, mentions);
  if (pronoun.length) return pronoun;
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
      const leadMatch = /^[\s,\-–—]*(theo(?:\s+lời)?\s+|(?:[\p{Lu}][\p{L}+.]*\s+){1,3}dẫn lời\s+)?/iu.exec(after)!;
      const m = mentions.find((x) => x.start === q.end + (s.slice(q.end).length - after.length) + leadMatch[0].length);
      if (m && (leadMatch[1] || verbAfter(s, m.end, []) >= 0)) speaker = m;
      else if (!mentions.length && PRONOUN_SAID.test(after)) speaker = previous;
      else if (!mentions.length && !/^\s*[,\-–—]?\s*\S/.test(after.replace(/^[.\s]*$/, ''))) speaker = previous;
    } else {
      const candidates = speaking.filter((x) => x.verbAt < q.start);
      const said = candidates.length ? candidates[candidates.length - 1]! : null;
      // "X nói thêm, các lực lượng đã “cải thiện vị trí”": the passage is the reported clause, the
      // quotation only a part of it; the reported speech below gives the whole.
      if (said && reportedBefore(s, said.verbAt, q.start)) continue;
      speaker = said?.mention ?? null;
    }
    if (!speaker) continue;
    quotedBy.add(speaker);
    if (isDirect) out.push({ mention: speaker, quote: { text: q.text, direct: true } });
  }
  // A question is the asker's, not what its subject said ("…, xin Đại sứ đánh giá ý nghĩa…?").
  const asks = /\?\s*["”»]?$/.test(s);
  for (const sp of speaking) {
    if (asks || out.some((o) => o.mention === sp.mention)) continue;
    const verb = VERB_RE.exec(s.slice(sp.verbAt))?.[0] ?? '';
    const text = (CONTENT_VERBS.has(verb) ? s.slice(sp.verbAt) : s.slice(sp.verbAt + verb.length).replace(/^\s*(?:rằng\s*)?[,:]?\s*/u, '')).trim();
    // "trả lời phỏng vấn tạp chí X": the occasion of speaking, not what was said.
    if (NOT_SAID.test(text)) continue;
    out.push({ mention: sp.mention, quote: { text: quotedBy.has(sp.mention) ? s : text || s, direct: false } });
  }
  return out;
}


/** An interview's question: it asks ("?") or addresses the interviewee ("…, thưa Thứ trưởng."). */
const ADDRESSED = /(?:thưa|xin)\s+((?:ông|bà|[\p{Lu}][\p{L}]*)(?:\s+[\p{Lu}\p{Ll}][\p{L}]*){0,3}?)(?=\s+[\p{Ll}]|[\s,.?!]*$)/u;

const SPEAKER_LABEL = /^[\p{Lu}][^:.!?]{2,60}:\s/u;

export interface InterviewTurn { addressed: string; answers: number[]; }

/**
 * The turns of an interview: each question paragraph, whom it addresses ("thưa Thứ trưởng" gives
 * "Thứ trưởng"), and the paragraphs of the answer that follow it up to the next question.
 */
export function interviewTurns(paragraphs: string[]): InterviewTurn[] {
  const turns: InterviewTurn[] = [];
  let open = false;
  paragraphs.forEach((p, i) => {
    // Both shapes sit at the paragraph's end: only its last words are read.
    const end = p.trimEnd().slice(-120);
    const question = /\?\s*["”]?$/.test(end) || /,\s*thưa\s+[^,.?!]{2,40}[.?!]?$/u.test(end);
    const addressed = question ? ADDRESSED.exec(p)?.[1] : undefined;
    if (addressed) { turns.push({ addressed, answers: [] }); open = true; return; }
    // Another question, or a paragraph labelled with a speaker ("Bộ trưởng X: …"), ends the answer.
    if (question || SPEAKER_LABEL.test(p)) { open = false; return; }
    if (open) turns[turns.length - 1]!.answers.push(i);
  });
  return turns.filter((t) => t.answers.length);
}
