/** Where a sentence names a person: after a post, after "ông"/"bà", or before a post in apposition. */
import { allMatches, escapeRegExp } from '../text/patterns.ts';
import { FORMER, TITLES } from '../text/titles.ts';
import {
  ADMIN_NOUNS, FAMILY_NAMES, NAME_PARTICLES, firstWord, ROMANISED_SURNAMES, countryLength, isCapitalised, isPlacePhrase, isVietnameseSyllable, startsForeignName, withoutCountry,
} from './names.ts';
import {
  CLAUSE_WORDS, ORG_NOUNS, VERB_ALTERNATION, WordRun, bare, endsClause, isTitleAt, isVerbAt, skipAdverbs, startsWord, tail, wordBefore, words, type Word,
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
/** Words before a name that are no post: "ông", "bà", "đồng chí", a degree or trade, a police or army rank below general. */
/** Words that make a post plural, or unnamed: "các đại biểu", "một bộ trưởng". */
// Written as is: "tháng Ba" (March) before a post is no "ba" (three); a sentence may open with "Các".
const PLURAL = new Set(['các', 'Các', 'những', 'Những', 'nhiều', 'Nhiều', 'mọi', 'một', 'hai', 'ba', 'vài', 'số', 'mấy']);

// Matched on the lower-cased copy (literal first letters scan fast); the capital after it is checked on the sentence.
const HONORIFIC_RE = /(?:ông|bà|ngài|đồng chí|bác sĩ|tiến sĩ|giáo sư|kỹ sư|luật sư|(?:thượng|trung|thiếu|đại) (?:tá|úy|uý)|người đồng cấp(?:\s+[\p{L}]+)?)\s+/gu;
const CAPITAL_AT = /[\p{Lu}]/uy;
const COUNTERPART = 'người đồng cấp ';

/** "người đồng cấp Nga Sergei Lavrov" passes over a capitalised word (a country), never a lower-case one ("của"). */
function skipsLowerWord(match: string, sentence: string, start: number): boolean {
  if (!match.startsWith(COUNTERPART) || match.trim().split(/\s+/).length <= 3) return false;
  CAPITAL_AT.lastIndex = start + COUNTERPART.length;
  return !CAPITAL_AT.test(sentence);
}

/**
 * Vietnamese names are two to four syllables; three is by far the most common. A name starts at
 * `minStart` or later (after "quận", "tỉnh" the first words may be the place).
 */
function pickVietnameseName(run: Word[], minStart: number): number {
  for (const len of [3, 4, 2]) {
    const k = run.length - len;
    if (k >= minStart && FAMILY_NAMES.has(run[k]!.text) && !isPlacePhrase(run[k]!.text, run[k + 1]?.text)) return k;
  }
  return -1;
}

/**
 * After the comma at the i-th word of a qualifier naming a body ("Bộ Văn hóa, Thể thao và Du
 * lịch"), the list goes on to "và" and one more capitalised word within four words.
 */
function listInName(ws: WordRun, i: number, qualifier: string[]): boolean {
  if (!qualifier.some((q) => /^(?:Bộ|Sở|Cục|Ban|Ủy|Uỷ|Viện|Hội)$/u.test(q))) return false;
  for (let j = i + 1; j <= i + 4 && ws.at(j); j++) {
    if (ws.bare(j) === 'và') return isCapitalised(ws.bare(j + 1) ?? '');
  }
  return false;
}

/** A comma after the i-th word, then a foreign name of two words or more ("…, Steven Witkoff"). */
function foreignNameAfterComma(ws: WordRun, i: number): boolean {
  return ws.at(i)!.text.endsWith(',') && startsForeignName(ws.bare(i + 1) ?? '') && isCapitalised(ws.bare(i + 2) ?? '');
}

/** Past a country right after a post ("Ngoại trưởng Iran"), or `from` when none follows. */
function afterCountry(s: string, from: number): number {
  const ws = words(s, from, 4);
  const len = countryLength((j) => (ws[j] ? bare(ws[j]!.text) : undefined), 0);
  return len ? ws[len - 1]!.start + bare(ws[len - 1]!.text).length : from;
}

/** True when the words before the i-th are "quận", "thành phố" and the like. */
function afterAdminNoun(ws: WordRun, i: number): boolean {
  const one = i > 0 ? ws.bare(i - 1)! : '';
  const two = i > 1 ? `${ws.bare(i - 2)} ${one}` : '';
  return ADMIN_NOUNS.has(one) || ADMIN_NOUNS.has(one.toLowerCase()) || ADMIN_NOUNS.has(two.toLowerCase());
}

/** Words a body's name opens with: "UBND", "Bộ …", "Sở …", "Tỉnh ủy", "Quốc hội". */
const BODY_HEAD = /^(?:[\p{Lu}]{2,}|Bộ|Sở|Cục|Ban|Ủy|Uỷ|Hội|Viện|Tỉnh|Thành|Huyện|Tòa|Toà|Quốc|Chính|Văn|Tổng|Phòng|Đoàn|Đảng|Trung|Ngân|Học|Bệnh)$/u;

/**
 * Where a post without a name ends, when a reporting verb follows it: at once ("Thủ tướng yêu
 * cầu") or after its body ("Phó Chủ tịch UBND tỉnh chia sẻ", "Giám đốc Sở Y tế cho biết"). A
 * body is capitalised words, place nouns, and the lower-case syllable of a compound ("Tài chính").
 */
function bareBodyEnd(s: string, from: number): number {
  if (isVerbAt(s, skipAdverbs(s, from))) return from;
  const ws = words(s, from, 6);
  for (const [k, w] of ws.entries()) {
    const t = bare(w.text);
    const compound = k > 0 && /^[\p{Lu}]/u.test(bare(ws[k - 1]!.text)) && /^[\p{Ll}]+$/u.test(t);
    // The body opens with an acronym, a body's noun or a place noun: "Bộ trưởng Cho" is a person.
    if (k === 0 ? !BODY_HEAD.test(t) && !ADMIN_NOUNS.has(t) : !/^[\p{Lu}]/u.test(t) && !ADMIN_NOUNS.has(t) && !compound) return -1;
    if (w.text !== t || isVerbAt(s, w.start)) return -1;
    const end = w.start + t.length;
    if (isVerbAt(s, skipAdverbs(s, end))) return end;
  }
  return -1;
}

/**
 * The word before a foreign name, last of the qualifier, is the name's surname: a romanised one
 * that could be a Vietnamese word ("Cho Hyun", "Lee Jae-myung"), or a Vietnamese one where a
 * place would be ("UBND tỉnh Dương Mah Tiệp": no province is one syllable, so it opens a name of the highlands).
 */
function surnameBefore(ws: WordRun, i: number, qualifier: string[]): boolean {
  const before = i > 0 ? ws.at(i - 1)! : null;
  if (!before || qualifier[qualifier.length - 1] !== before.text) return false;
  const w = bare(before.text);
  return ROMANISED_SURNAMES.has(w) || (FAMILY_NAMES.has(w) && afterAdminNoun(ws, i - 1));
}

/**
 * A post at the i-th word that belongs to the qualifier rather than starting a mention of its own:
 * a place's second word ("Trung Quốc" before "Quốc vương"), or a post inside an organisation's
 * name ("Hội đồng Tham mưu trưởng liên quân").
 */
function postInQualifier(ws: WordRun, i: number, w: string): boolean {
  return isPlacePhrase(ws.bare(i - 1), w) || ORG_NOUNS.test(`${i > 1 ? ws.bare(i - 2) : ''} ${ws.bare(i - 1)}`.trim());
}

/** The name after a title and its qualifier: "Ngoại giao Nga | Sergey Ryabkov". */
function readName(s: string, lower: string, from: number): { qualifier: string; name: string; end: number } | null {
  const ws = new WordRun(s, from, 18);
  const qualifier: string[] = [];
  for (let i = 0; ws.at(i); i++) {
    const word = ws.at(i)!;
    const w = ws.bare(i)!;
    const nextWord = ws.bare(i + 1) ?? '';
    // A country between the post and the name is part of the post ("Tổng thống Ukraina Volodymyr Zelenskiy").
    const country = countryLength((j) => ws.bare(j), i);
    if (country) {
      for (let j = i; j < i + country; j++) qualifier.push(ws.at(j)!.text.replace(/[,;:]$/, ''));
      i += country - 1;
      const last = ws.at(i)!.text;
      if (/[,.;:!?"”»]$/.test(last) && !foreignNameAfterComma(ws, i)) return null;
      continue;
    }
    // "Đại sứ Trung Quốc tại Việt Nam Hùng Ba": where a post is held is part of it.
    if (w === 'tại' && i > 0 && /^[\p{Lu}]/u.test(nextWord)) { qualifier.push(w); continue; }
    // "Viện kiểm sát nhân dân tối cao": "tối cao" (supreme) is no "tối" (evening).
    if (w === 'tối' && nextWord === 'cao') { qualifier.push(w, nextWord); i++; continue; }
    // "Bộ Văn hóa, Thể thao và Du lịch": a list inside an organisation's name.
    if (word.text.endsWith(',') && listInName(ws, i, qualifier)) { qualifier.push(word.text); continue; }
    // "Đại sứ nước này tại Trung Quốc Erlinda Basilio": "this country" is a place like any other.
    if (w === 'nước' && nextWord === 'này') { qualifier.push(w, nextWord); i++; continue; }
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
        // "(Ảnh: …)" after a name in a caption: an opening mark starts something else.
        if (name.length > 0 && /^[("“«]/.test(ws.at(j)!.text)) break;
        if (!isCapitalised(t) && !particle) break;
        // A Vietnamese name holds only Vietnamese syllables; a foreign word after it starts the real name.
        if (vietnamese && (startsForeignName(t) || !isVietnameseSyllable(t))) break;
        name.push({ ...ws.at(j)!, text: t });
        // A middle initial ("Elbridge A. Colby") ends with a stop but not the name.
        const initial = /^[\p{Lu}]\.$/u.test(ws.at(j)!.text) && name.length > 1 && isCapitalised(ws.bare(j + 1) ?? '');
        if (endsClause(ws.at(j)!.text) && !initial) break;
      }
      let chosen = name;
      if (vietnamese) {
        // After "tỉnh" two syllables are a place ("quận Dương Kinh"), three a name ("UBND tỉnh Phan Thế Tuấn").
        const k = pickVietnameseName(name, afterAdminNoun(ws, i) && name.length !== 3 ? 2 : 0);
        if (k < 0) { qualifier.push(word.text); continue; }
        chosen = name.slice(k);
        qualifier.push(...name.slice(0, k).map((x) => x.text));
      }
      if (!vietnamese && surnameBefore(ws, i, qualifier)) {
        const before = ws.at(i - 1)!;
        qualifier.pop();
        chosen = [{ ...before, text: bare(before.text) }, ...chosen];
      }
      if (!chosen.length || chosen.length > 5) return null;
      const last = chosen[chosen.length - 1]!;
      return { qualifier: qualifier.join(' '), name: chosen.map((x) => x.text).join(' '), end: last.start + last.text.length };
    }
    // Qualifiers: organisation and country words. A clause word, a verb or another post means no name follows.
    const at = word.start + (word.text.length - word.text.replace(/^[("“«]+/, '').length);
    const surname = ROMANISED_SURNAMES.has(w) && startsForeignName(nextWord);
    if (!w || (CLAUSE_WORDS.has(w.toLowerCase()) && !surname) || isVerbAt(s, at) || (i > 0 && isTitleAt(lower, at) && !postInQualifier(ws, i, w))) return null;
    qualifier.push(word.text.replace(/[,;:]$/, ''));
    // "đặc phái viên của nhà lãnh đạo Mỹ, Steven Witkoff": a foreign name may follow its post after a comma.
    if (foreignNameAfterComma(ws, i)) continue;
    if (/[,.;:!?"”»]$/.test(word.text)) return null;
  }
  return null;
}

/**
 * A lower-cased copy with the same offsets: "İ" is the one letter whose lower case is longer,
 * so it is folded first.
 */
export const lowerCase = (s: string) => (s.includes('İ') ? s.replace(/İ/g, 'I') : s).toLowerCase();

/** Phase "honorifics": "ông X", "bà Y", "đồng chí Z": untitled until an apposition gives their post. */
function addHonorificMentions(sentence: string, lower: string, out: Mention[]): void {
  for (const m of allMatches(HONORIFIC_RE, lower)) {
    const start = m.index!;
    CAPITAL_AT.lastIndex = start + m[0].length;
    if (!CAPITAL_AT.test(sentence) || !startsWord(sentence, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    // "Đồng chí Chủ tịch UBND tỉnh": a post after the honorific, the post's mention speaks for them.
    if (isTitleAt(lower, start + m[0].length)) continue;
    if (skipsLowerWord(m[0], sentence, start)) continue;
    const ws = words(sentence, start + m[0].length, 4);
    const name: string[] = [];
    let end = start + m[0].length;
    for (const [k, w] of ws.entries()) {
      const t = bare(w.text);
      const initial = k > 0 && /^[\p{Lu}]\.$/u.test(w.text) && isCapitalised(bare(ws[k + 1]?.text ?? ''));
      if (!isCapitalised(t) && !initial) break;
      name.push(initial ? w.text : t);
      end = w.start + t.length;
      if (endsClause(w.text) && !initial) break;
    }
    if (name.length) out.push({ name: name.join(' '), title: null, start, end, former: false, untitled: true });
  }
}

/** The people a sentence names; `lower` is its lowerCase copy. */
export function findMentions(sentence: string, lower: string): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(TITLE_RE, lower)) {
    const start = m.index!;
    if (!startsWord(lower, start) || out.some((o) => start >= o.start && start < o.end)) continue;
    // "Trung Quốc Vương Nghị" is a country and a name, not "Quốc vương" (king).
    const prevWord = wordBefore(sentence, start);
    if (isPlacePhrase(bare(prevWord), firstWord(sentence.slice(start, start + m[0].length)))) continue;
    // "các đại biểu", "nhiều bộ trưởng": a post of many names no one.
    if (PLURAL.has(bare(prevWord))) continue;
    const read = readName(sentence, lower, start + m[0].length);
    if (!read) {
      // A post without a name, speaking ("Thủ tướng yêu cầu…", "Ngoại trưởng Iran vừa cảnh báo…"):
      // resolved later to the person of that post.
      const end = bareBodyEnd(sentence, afterCountry(sentence, start + m[0].length));
      if (end >= 0) {
        out.push({ name: '', title: sentence.slice(start, end), start, end, former: FORMER.test(tail(sentence, start)), untitled: false });
      }
      continue;
    }
    // "tân Tổng thống": the post as new as the text says it is (won, or just taken) is kept with its word.
    const written = `${/(?:^|\s)tân\s+$/iu.test(tail(sentence, start)) ? 'tân ' : ''}${sentence.slice(start, start + m[0].length)}`;
    const title = `${written}${read.qualifier ? ` ${read.qualifier}` : ''}`.trim();
    out.push({ name: read.name, title, start, end: read.end, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  addHonorificMentions(sentence, lower, out);
  for (const m of out) {
    if (m.title) continue;
    const post = appositive(sentence, lower, out, m.end);
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
    const post = appositive(sentence, lower, out, start + name.length);
    if (post) out.push({ name, title: post, start, end: start + name.length, former: FORMER.test(tail(sentence, start)), untitled: false });
  }
  return withoutCountries(out).sort((a, b) => a.start - b.start);
}

/**
 * Apposition: the post after a name between commas ("Ông X, Giám đốc Sở Y tế, cho biết", "John
 * Kirby, người phát ngôn …, nói"), read from the name's end. A bare name counts only when such a
 * post follows it.
 */
function appositive(sentence: string, lower: string, found: Mention[], end: number): string | null {
  // "Ông X, Giám đốc …", "đồng chí X - Ủy viên …", "ông X, tân Bí thư …".
  const comma = /^\s*(?:,|\s[-–—])\s*(?:tân\s+)?/u.exec(sentence.slice(end, end + 10));
  if (!comma) return null;
  const at = end + comma[0].length;
  // Not when that post introduces a name of its own ("tờ Foreign Policy, Cố vấn … Jake Sullivan cho biết").
  if (!isTitleAt(lower, at) || found.some((o) => o.start === at && o.name)) return null;
  // The post runs to the next comma or semicolon, or to "và phu nhân" (the person's spouse comes along).
  const close = /[,;]|\svà phu nhân|\svà phu quân/u.exec(sentence.slice(at));
  const phrase = untilVerb(sentence, at, close ? at + close.index : sentence.length).replace(/[.;:]+$/, '').trim();
  return phrase && phrase.split(/\s+/).length <= 20 ? phrase : null;
}

/** The text from `from` to `to`, cut where a reporting verb begins ("Giám đốc Sở Y tế cho biết"). */
function untilVerb(s: string, from: number, to: number): string {
  const phrase = s.slice(from, to);
  const verb = VERB_IN_PHRASE.exec(phrase);
  return verb ? phrase.slice(0, verb.index) : phrase;
}

/** A reporting verb starting a word after the phrase's first word (one scan of the phrase). */
const VERB_IN_PHRASE = new RegExp(String.raw`(?<=\S)\s+(${VERB_ALTERNATION})(?![\p{L}])`, 'u');

/** A country written before a name is not part of it, and a country alone is no person. */
function withoutCountries(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (!m.name) return true;
    m.name = withoutCountry(m.name);
    return m.name !== '';
  });
}

/** Two to four capitalised words right before a comma: a name an apposition may follow. */
const NAME_BEFORE_COMMA = /(?<![\p{L}])((?:[\p{Lu}][\p{Ll}'’-]*\s+){1,3}[\p{Lu}][\p{Ll}'’-]*)\s*$/u;

