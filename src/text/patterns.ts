/**
 * Shapes of text that several stages recognise: dates and times as Vietnamese outlets print
 * them, photo credits, list markers. Kept as sources so each user can anchor them as it needs.
 */

/** Weekday names: "Thứ Hai", "thứ 2", "Chủ nhật", "CN", "T2". */
export const WEEKDAY = String.raw`(?:[Tt]hứ\s*(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s*[Nn]hật|CN|T[2-7])`;
/** Day/month/year with "/", "-" or "." between: 27/12/2021, 27-12-2021, 27.12.2021. */
export const DMY = String.raw`(?:[0-3]?\d)[\/.\-](?:[01]?\d)[\/.\-](?:\d{4})`;
export const YMD = String.raw`(?:\d{4})-(?:[01]\d)-(?:[0-3]\d)`;
/** The month written out: "20 tháng 3 năm 2023", "20 Tháng 3, 2023". */
export const DMY_TEXT = String.raw`(?:[0-3]?\d\s+[Tt]háng\s+[01]?\d(?:\s*,\s*|\s+năm\s+)\d{4})`;
/** A clock time: 15:35, 15h35, 9:05:12, with an optional AM/PM. */
export const TIME = String.raw`(?:[0-2]?\d[:hH][0-5]\d(?::[0-5]\d)?'?(?:\s?(?:AM|PM|SA|CH|am|pm))?)`;
/** A zone after the time: GMT+7, (GMT+07:00), UTC+7, ICT, giờ Hà Nội. */
export const ZONE = String.raw`(?:\(?\s*(?:GMT|UTC)\s*[+\-]\s*0?\d(?::?00)?\s*\)?|\(?ICT\)?|\(?giờ\s+(?:Hà\s+Nội|Việt\s+Nam)\)?)`;
/** A relative time: "1 giờ trước", "30 phút trước". */
export const RELATIVE_TIME = String.raw`(?:\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước)`;

/** A date or time with nothing else but weekday, zone and separators: a dateline's core. */
export const DATE_TIME_RUN = String.raw`(?:(?:${WEEKDAY}\s*[,\-–|]?\s*)?(?:ngày\s+)?(?:${DMY}|${YMD}|${DMY_TEXT})(?:\s*[,|\-–]?\s*(?:lúc\s+)?${TIME})?|${TIME}\s*[,|\-–]?\s*(?:${WEEKDAY}\s*[,\-–|]?\s*)?(?:ngày\s+)?(?:${DMY}|${YMD}|${DMY_TEXT}))(?:\s*${ZONE})?`;

/** Words that say "photo" before a credit, in the spellings outlets use. */
export const PHOTO_WORD = String.raw`(?:[Ảả]nh(?:\s+minh\s+h[ọo]ạ?|\s+chụp\s+màn\s+hình)?|ẢNH|[Pp]hoto|PHOTO|[Ff]oto|[Nn]guồn\s+ảnh|[Đđ]ồ\s+họa|[Vv]ideo)`;
/** The same words as they start a credit glued to the caption's last word ("Thụy ĐiểnẢnh:"). */
export const GLUED_PHOTO_WORD = String.raw`(?:Ảnh|ẢNH|Photo|PHOTO|Nguồn ảnh|Đồ họa)`;

/** Vietnamese letters, upper and lower, for character classes. */
export const UPPER = 'A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
export const LOWER = 'a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Counts the words (space-separated syllables) of a line. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x3000;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** True when the text ends like a sentence (., !, ?, …, closing quote after one, or "/."). */
export function endsLikeSentence(text: string): boolean {
  // Only the end matters: a "$"-anchored pattern would otherwise be tried along the whole line.
  return SENTENCE_END.test(text.trimEnd().slice(-80));
}
/** A full stop (or quote, or "/.") at the end, possibly followed by a credit: "… Triều Tiên. (Kyodo, Reuters)". */
const SENTENCE_END = /(?:[.!?…:;]["”»’')\]]*|["”»]|\/\.)(?:\s*\([^()]{1,60}\)\.?)?$/;

/**
 * Every match of a global pattern, in order. `String.prototype.matchAll` clones its pattern on
 * each call; for the long alternations of posts and agencies that clone costs more than the
 * search itself (several times faster per sentence).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern (flag g): ${re.source.slice(0, 60)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
