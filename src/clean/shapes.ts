/**
 * Shapes of lines that the rules of rules.ts test: what a caption, an interface string in English,
 * a list of glued links or a repeated title look like. Predicates only; the rules say what they mean.
 */
import { endsLikeSentence, LOWER, UPPER } from '../text/patterns.ts';
import { TITLES } from '../text/titles.ts';

export const ENGLISH_DATE = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}$/;

/** A lower-case word glued to a capitalised one: where one link's text ends and the next begins. */
const UPPER_CODES = new Set([...UPPER.replace('A-Z', '')].map((c) => c.charCodeAt(0)));
const LOWER_CODES = new Set([...LOWER.replace('a-z', '')].map((c) => c.charCodeAt(0)));
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && UPPER_CODES.has(c));
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && LOWER_CODES.has(c));

/**
 * Two places or more where a lower-case word runs into a capitalised one ("…CampuchiaTrường…"):
 * links glued into one line. A scan by character codes: every line is tested, most are long.
 */
export function hasGluedLinks(line: string): boolean {
  let found = 0;
  for (let i = 2; i + 1 < line.length; i++) {
    if (!isUpper(line.charCodeAt(i))) continue;
    if (isLower(line.charCodeAt(i - 1)) && isLower(line.charCodeAt(i - 2)) && isLower(line.charCodeAt(i + 1)) && ++found >= 2) return true;
  }
  return false;
}
const ENGLISH_FUNCTION_WORDS = /\b(?:the|is|are|not|does|this|that|cannot|be|on|of|or|your|to|an?|at)\b/gi;
const VIETNAMESE_LETTER = new RegExp(String.raw`[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-ỹàáâãèéêìíòóôõùúýăđĩũơư]`, 'u');

/** No Vietnamese letter, no quotation, and English function words: the page's own interface in English. */
export function isEnglishInterface(line: string): boolean {
  if (VIETNAMESE_LETTER.test(line) || /["“”]/.test(line)) return false;
  return (line.match(ENGLISH_FUNCTION_WORDS) ?? []).length >= 2;
}

/** A line that begins with a whole earlier line of five words or more, plus a short suffix that is no prose. */
const PREFIX = 20;
const openings = new WeakMap<readonly string[], Map<string, number[]>>();

/** A page's lines of 20 characters or more by their first 20: each line is compared with only those it may repeat. */
function linesOpeningWith(lines: readonly string[]): Map<string, number[]> {
  let map = openings.get(lines);
  if (!map) {
    map = new Map();
    lines.forEach((l, i) => { if (l.length >= PREFIX) map!.set(l.slice(0, PREFIX), [...(map!.get(l.slice(0, PREFIX)) ?? []), i]); });
    openings.set(lines, map);
  }
  return map;
}

export function repeatsEarlierLine(line: string, lines: readonly string[], index: number): boolean {
  for (const i of linesOpeningWith(lines).get(line.slice(0, PREFIX)) ?? []) {
    if (i >= index) break;
    const earlier = lines[i]!;
    if (earlier.length < 20 || earlier.length >= line.length || !line.startsWith(earlier)) continue;
    const suffix = line.slice(earlier.length);
    if (suffix.length <= 60 && /^(?:\s*[-–—_(|]|\s*$)/.test(suffix)) return true;
    // A series label above the headline ("Diễn đàn …:") opening another title of the series.
    if (earlier.endsWith(':') && !endsLikeSentence(line)) return true;
  }
  return false;
}

/**
 * Verbs of what a photo shows (someone speaking, attending, receiving, visiting, signing), each with
 * the syllables that would make it another word ("tiếp tục", "dự án", "nhận định" are no scene).
 */
const SCENE_VERBS: [verb: string, notBefore: string][] = [
  ['phát biểu', ''], ['tham dự', ''], ['dự', 'án|kiến|báo|định|thảo|toán|phòng|trữ|đoán|luật|thi|tính'], ['chủ trì', ''],
  ['tiếp', 'tục|nhận|cận|theo|xúc|thu|tế|diễn|sức|đó|đến|giáp|viện'], ['hội kiến', ''], ['hội đàm', ''], ['chụp ảnh', ''],
  ['trao', ''], ['thăm', 'dò|hỏi'], ['kiểm tra', ''], ['làm việc', ''], ['bắt tay', 'vào'], ['gặp', 'phải|khó'],
  ['điện đàm', ''], ['ký', 'hiệu|ức|giả|sự'], ['tặng', ''], ['chúc mừng', ''], ['đón', 'nhận|đầu'], ['quang cảnh', ''],
  ['toàn cảnh', ''], ['chia vui', ''], ['diễn ra', ''], ['họp', ''], ['thảo luận', ''], ['ăn mừng', ''],
  ['nhận', 'định|thấy|xét|được|diện|thức|lời|ra|xét'], ['bị quật', ''],
];
const SCENE_VERB = new RegExp(String.raw`(?:^|\s)(?<!(?:bài|cuộc|buổi|lễ|phiên|việc|sự|về|của)\s)(?:${
  SCENE_VERBS.map(([v, not]) => (not ? String.raw`${v}(?!\s+(?:${not})(?![\p{L}]))` : v)).join('|')})(?=[\s.,]|$)`, 'iu');
/** A post and a name, nothing else: "Người phát ngôn Bộ Ngoại giao Philippines Raul Hernandez." */
const PICTURED_ALONE = new RegExp(String.raw`^(?:${TITLES.join('|')})(?:\s+[\p{Lu}\p{Ll}][\p{L}-]*){0,8}?(?:\s+[\p{Lu}][\p{Ll}-]+){2,4}\.?$`, 'u');
/** A name and then its post: "Ông Trần Văn An - Ủy viên Bộ Chính trị, Trưởng ban Kinh tế Trung ương". */
const NAMED_POST_ALONE = new RegExp(String.raw`^(?:(?:Ông|Bà|Đồng chí)\s+)?(?:[\p{Lu}][\p{Ll}-]+\s+){1,4}[\p{Lu}][\p{Ll}-]+\s*[-–,]\s*(?:${TITLES.join('|')})\b[^.!?]*\.?$`, 'u');

/** What running prose has and a caption lacks: a tense, a negation, speech, a source, quotation, a figure or a date. */
const PROSE_WORDS = String.raw`(?:^|\s)(?:đã|sẽ|đang|vừa|chưa|không|cũng|cho biết|nói|rằng|khẳng định|nhấn mạnh|theo)(?=\s|$)`;
const PROSE_MARK = new RegExp(String.raw`${PROSE_WORDS}|["“”:;\d]`, 'iu');
/** The same without figures: a post may hold a number ("Khóa XV", "Quân khu 7"). */
const PROSE_MARK_NO_FIGURE = new RegExp(String.raw`${PROSE_WORDS}|["“”:;]`, 'iu');

/**
 * A caption is one sentence with its full stop; a subheading, which is as short, has none
 * ("Phó Thủ tướng kiểm tra tiến độ cao tốc" heads a section, "Quang cảnh cuộc họp." is a picture).
 */
export function isSceneCaption(line: string, words: number): boolean {
  if (words < 2 || words > 30 || /[.!?…]\s+[\p{Lu}]/u.test(line)) return false;
  // Who is pictured, with their post and nothing else, needs no full stop: no subheading is only that.
  if (PICTURED_ALONE.test(line) || NAMED_POST_ALONE.test(line)) return !SCENE_VERB.test(line) && !PROSE_MARK_NO_FIGURE.test(line);
  return /\.$/.test(line) && !PROSE_MARK.test(line) && SCENE_VERB.test(line);
}


const SITE_SUFFIX = /\s[-–|]\s+((?:[\p{Lu}][\p{L}.+-]*\s?){1,4})$/u;

/** "Đồng nhân dân tệ - Sputnik Việt Nam" and another line ending the same way: both are the site's signed alt texts. */
export function sharesSiteSuffix(line: string, lines: readonly string[], index: number): boolean {
  const suffix = SITE_SUFFIX.exec(line)?.[1]?.trim();
  if (!suffix || !suffix.includes(' ')) return false;
  return lines.some((other, i) => i !== index && other !== line && other.endsWith(suffix) && SITE_SUFFIX.exec(other)?.[1]?.trim() === suffix);
}
