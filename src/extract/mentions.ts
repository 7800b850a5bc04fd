/** Where a sentence names a person: after a post, after "ông"/"bà", or before a post in apposition. */
import { allMatches, escapeRegExp } from '../text/patterns.ts';
import { FORMER, TITLES } from '../text/titles.ts';
import { FAMILY_NAMES, NAME_PARTICLES, isCapitalised, isPlacePhrase, isVietnameseSyllable, startsForeignName } from './names.ts';
import {
  CLAUSE_WORDS, ORG_NOUNS, WordRun, bare, endsClause, isTitleAt, isVerbAt, skipAdverbs, startsWord, tail, wordBefore, words, type Word,
} from './words.ts';

/** One place in the text where a person is named. */
export interface Mention {
  name: string;
  title: string | null;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  former: boolean;
  /** Named through "ông"/"bà" or "người đồng cấp", not through a post. */
  untitled: boolean;
}

// Outlets capitalise posts inconsistently ("Tổng Thư ký"), so posts are matched on a lower-cased
// copy of the sentence (same length, same offsets): far cheaper than a case-insensitive pattern.
// No lookbehind: the engine would test it at every position. The word boundary before a match
// is checked in code (startsWord).
const TITLE_RE = new RegExp(String.raw`(${TITLES.map((t) => escapeRegExp(t.toLowerCase())).join('|')})(?![\p{L}])`, 'gu');
const HONORIFIC_RE = /(?:[Ôô]ng|[Bb]à|người đồng cấp(?:\s+[\p{Lu}][\p{Ll}]*)?)\s+(?=[\p{Lu}])/gu;

/** Vietnamese names are two to four syllables; three is by far the most common. */
function pickVietnameseName(run: Word[]): number {
  for (const len of [3, 4, 2]) {
    const k = run.length - len;
    if (k >= 0 && FAMILY_NAMES.has(run[k]!.text) && !isPlacePhrase(run[k]!.text, run[k + 1]?.text)) return k;
  }
  return -1;
}

/** The name after a title and its qualifier: "Ngoại giao Nga | Sergey Ryabkov". */
function readName(s: string, lower: string, from: number): { qualifier: string; name: string; end: number } | null {
  const ws = new WordRun(s, from, 18);
  const qualifier: string[] = [];
  for (let i = 0; ws.at(i); i++) {
    const word = ws.at(i)!;
    const w = ws.bare(i)!;
    const nextWord = ws.bare(i + 1) ?? '';
    const placePhrase = isPlacePhrase(w, nextWord);
    const vietnamese = FAMILY_NAMES.has(w) && !placePhrase && isCapitalised(nextWord) && isVietnameseSyllable(nextWord)
      && !startsForeignName(nextWord) && !endsClause(word.text);
    if (startsForeignName(w) || vietnamese) {
      const name: Word[] = [];
      for (let j = i; ws.at(j) && name.length < 6; j++) {
        const t = ws.bare(j)!;
        // Particles count only between name words: "von der" in "Ursula von der Leyen".
        let after = j;
        while (ws.at(after) && NAME_PARTICLES.has(ws.bare(after)!)) after++;
        const particle = name.length > 0 && after > j && ws.at(after) !== undefined && isCapitalised(ws.bare(after)!);
        if (!isCapitalised(t) && !particle) break;
        // A Vietnamese name holds only Vietnamese syllables; a foreign word after it starts the real name.
        if (vietnamese && (startsForeignName(t) || !isVietnameseSyllable(t))) break;
        name.push({ ...ws.at(j)!, text: t });
        if (endsClause(ws.at(j)!.text)) break;
      }
      let chosen = name;
      if (vietnamese) {
        const k = pickVietnameseName(name);
        if (k < 0) { qualifier.push(word.text); continue; }
        chosen = name.slice(k);
        qualifier.push(...name.slice(0, k).map((x) => x.text));
      }
      if (!chosen.length || chosen.length > 5) return null;
      const last = chosen[chosen.length - 1]!;
      return { qualifier: qualifier.join(' '), name: chosen.map((x) => x.text).join(' '), end: last.start + last.text.length };
    }
    // Qualifiers: organisation and country words. A clause word, a verb or another post means no name follows.
    const at = word.start + (word.text.length - word.text.replace(/^[("“«]+/, '').length);
    const continuesPlace = i > 0 && isPlacePhrase(ws.bare(i - 1), w);
    // A post inside an organisation's name is part of the qualifier: "Hội đồng Tham mưu trưởng liên quân".
    const insideBody = i > 0 && ORG_NOUNS.test(`${i > 1 ? ws.bare(i - 2) : ''} ${ws.bare(i - 1)}`.trim());
    if (!w || CLAUSE_WORDS.has(w.toLowerCase()) || isVerbAt(s, at) || (i > 0 && !continuesPlace && !insideBody && isTitleAt(lower, at))) return null;
    qualifier.push(word.text.replace(/[,;:]$/, ''));
    if (/[,.;:!?"”»]$/.test(word.text)) return null;
  }
  return null;
}

/**
 * A lower-cased copy with the same offsets: "İ" is the one letter whose lower case is longer,
 * so it is folded first.
 */
export const lowerCase = (s: string) => s.replace(/İ/g, 'I').toLowerCase();

/** The people a sentence names; `lower` is its lowerCase copy. */
export function findMentions(sentence: string, lower: string): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(TITLE_RE, lower)) {
    const start = m.index!;
    if (!startsWord(lower, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    // "Trung Quốc Vương Nghị" is a country and a name, not "Quốc vương" (king).
    const prevWord = wordBefore(sentence, start);
    if (isPlacePhrase(bare(prevWord), sentence.slice(start, start + m[0].length).split(' ')[0])) continue;
    const read = readName(sentence, lower, start + m[0].length);
    if (!read) {
      // A post without a name, speaking ("Thủ tướng yêu cầu…"): resolved later to the person of that post.
      if (isVerbAt(sentence, skipAdverbs(sentence, start + m[0].length))) {
        out.push({ name: '', title: sentence.slice(start, start + m[0].length), start, end: start + m[0].length, former: FORMER.test(tail(sentence, start)), untitled: false });
      }
      continue;
    }
    const written = sentence.slice(start, start + m[0].length);
    const title = `${written}${read.qualifier ? ` ${read.qualifier}` : ''}`.trim();
    out.push({ name: read.name, title, start, end: read.end, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  for (const m of allMatches(HONORIFIC_RE, sentence)) {
    const start = m.index!;
    if (!startsWord(sentence, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    const ws = words(sentence, start + m[0].length, 4);
    const name: string[] = [];
    let end = start + m[0].length;
    for (const w of ws) {
      const t = bare(w.text);
      if (!isCapitalised(t)) break;
      name.push(t);
      end = w.start + t.length;
      if (endsClause(w.text)) break;
    }
    if (!name.length) continue;
    out.push({ name: name.join(' '), title: null, start, end, former: false, untitled: true });
  }
  // Apposition: the post follows the name between commas ("Ông X, Giám đốc Sở Y tế, cho biết",
  // "John Kirby, người phát ngôn …, nói"). A bare name counts only when such a post follows it.
  const appositive = (end: number): string | null => {
    const comma = /^\s*,\s*/.exec(sentence.slice(end, end + 4));
    if (!comma) return null;
    const at = end + comma[0].length;
    // Not when that post introduces a name of its own ("tờ Foreign Policy, Cố vấn … Jake Sullivan cho biết").
    if (!isTitleAt(lower, at) || out.some((o) => o.start === at && o.name)) return null;
    const close = sentence.indexOf(',', at);
    const phrase = sentence.slice(at, close < 0 ? sentence.length : close).replace(/[.;:]+$/, '').trim();
    return phrase && phrase.split(/\s+/).length <= 14 ? phrase : null;
  };
  for (const m of out) {
    if (m.title) continue;
    const post = appositive(m.end);
    if (post) { m.title = post; m.untitled = false; }
  }
  // Only commas followed by a post can close such a name: look from those back to the name.
  for (let comma = sentence.indexOf(','); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
    const after = comma + 1 + (/^\s*/.exec(sentence.slice(comma + 1, comma + 4))?.[0].length ?? 0);
    if (!isTitleAt(lower, after)) continue;
    const sliceStart = Math.max(0, comma - 60);
    const m = NAME_BEFORE_COMMA.exec(sentence.slice(sliceStart, comma));
    if (!m) continue;
    const name = m[1]!;
    const start = sliceStart + m.index!;
    if (out.some((o) => start < o.end && start + name.length > o.start)) continue;
    const words = name.split(/\s+/);
    const plausible = startsForeignName(words[0]!) || (FAMILY_NAMES.has(words[0]!) && words.length >= 2
      && !isPlacePhrase(words[0], words[1]) && words.slice(1).every((w) => isVietnameseSyllable(w)));
    if (!plausible || !startsWord(sentence, start)) continue;
    const post = appositive(start + name.length);
    if (post) out.push({ name, title: post, start, end: start + name.length, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two to four capitalised words right before a comma: a name an apposition may follow. */
const NAME_BEFORE_COMMA = /(?<![\p{L}])((?:[\p{Lu}][\p{Ll}'’-]*\s+){1,3}[\p{Lu}][\p{Ll}'’-]*)\s*$/u;

