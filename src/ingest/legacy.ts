/**
 * The 8-bit encodings older Vietnamese sites and documents were saved in, before Unicode:
 * Windows-1258 (iconv-lite knows it), TCVN3, also called ABC (one byte per letter with its marks,
 * lower case only), and VNI (a base letter followed by a byte for its marks). None of them is
 * UTF-8, and each decodes the others' bytes into some text without complaint; the one that reads
 * as Vietnamese is the one the file was written in.
 */
import iconv from 'iconv-lite';

/** TCVN3 (ABC): the byte of each letter with marks, as its Latin-1 character. */
const TCVN3: Record<string, string> = {
  'µ': 'à', '¸': 'á', '¶': 'ả', '·': 'ã', '¹': 'ạ',
  '¨': 'ă', '»': 'ằ', '¾': 'ắ', '¼': 'ẳ', '½': 'ẵ', 'Æ': 'ặ',
  '©': 'â', 'Ç': 'ầ', 'Ê': 'ấ', 'È': 'ẩ', 'É': 'ẫ', 'Ë': 'ậ',
  '®': 'đ',
  'Ì': 'è', 'Ð': 'é', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ñ': 'ẹ',
  'ª': 'ê', 'Ò': 'ề', 'Õ': 'ế', 'Ó': 'ể', 'Ô': 'ễ', 'Ö': 'ệ',
  '×': 'ì', 'Ý': 'í', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Þ': 'ị',
  'ß': 'ò', 'ã': 'ó', 'á': 'ỏ', 'â': 'õ', 'ä': 'ọ',
  '«': 'ô', 'å': 'ồ', 'è': 'ố', 'æ': 'ổ', 'ç': 'ỗ', 'é': 'ộ',
  '¬': 'ơ', 'ê': 'ờ', 'í': 'ớ', 'ë': 'ở', 'ì': 'ỡ', 'î': 'ợ',
  'ï': 'ù', 'ó': 'ú', 'ñ': 'ủ', 'ò': 'ũ', 'ô': 'ụ',
  '\u00ad': 'ư', 'õ': 'ừ', 'ø': 'ứ', 'ö': 'ử', '÷': 'ữ', 'ù': 'ự',
  'ú': 'ỳ', 'ý': 'ý', 'û': 'ỷ', 'ü': 'ỹ', 'þ': 'ỵ',
  '¡': 'Ă', '¢': 'Â', '§': 'Đ', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư',
};

/** VNI: the byte after a vowel that gives its marks, as its Windows-1252 character (lower case; upper case is the same letter capitalised). */
const VNI_MARKS: Record<string, string> = {
  'ø': '\u0300', 'ù': '\u0301', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
  'â': '\u0302', 'à': '\u0302\u0300', 'á': '\u0302\u0301', 'å': '\u0302\u0309', 'ã': '\u0302\u0303', 'ä': '\u0302\u0323',
  'ê': '\u0306', 'è': '\u0306\u0300', 'é': '\u0306\u0301', 'ú': '\u0306\u0309', 'ü': '\u0306\u0303', 'ë': '\u0306\u0323',
};
/** VNI letters of one byte: "ơ", "ư", "đ", and "i" and "ỵ" with their tones. */
const VNI_LETTERS: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'ì': 'ì', 'í': 'í', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};
const MARK_KEYS = Object.keys(VNI_MARKS).join('');
const LETTER_KEYS = Object.keys(VNI_LETTERS).join('');
/** A vowel and the byte of its marks, else a letter of one byte: read in one pass, left to right. */
const VNI_UNIT = new RegExp(`([aeouyAEOUYôöÔÖ])([${MARK_KEYS}${MARK_KEYS.toUpperCase()}])|[${LETTER_KEYS}${LETTER_KEYS.toUpperCase()}]`, 'gu');

function upperAware(table: Record<string, string>, ch: string): string {
  const lower = table[ch.toLowerCase()];
  if (lower === undefined) return ch;
  return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
}

function fromVni(latin: string): string {
  return latin.replace(VNI_UNIT, (unit: string, base?: string, mark?: string) => {
    if (!base || !mark) return upperAware(VNI_LETTERS, unit);
    const letter = /[ôöÔÖ]/u.test(base) ? upperAware(VNI_LETTERS, base) : base;
    return (letter + VNI_MARKS[mark.toLowerCase()]!).normalize('NFC');
  });
}

/**
 * TCVN3 has no capitals with tones: headlines were set in a capitals font. A word with a capital
 * past its first letter and no small Latin letter ("NéI", read "NộI") is a word in capitals.
 */
function fromTcvn3(latin: string): string {
  const text = [...latin].map((ch) => TCVN3[ch] ?? ch).join('');
  return text.replace(/[\p{L}]{2,}/gu, (w) => (/[\p{Lu}]/u.test(w.slice(1)) && !/[a-z]/.test(w) ? w.toUpperCase() : w));
}

/** Frequent words with marks: how much of a decoding reads as Vietnamese. */
const COMMON = new Set(('của và là được các những có không một người với này đã đến năm để về tại từ nhiều cũng như đó sẽ ông bà nước '
  + 'việc nhưng thì vào lại trên mới còn đang phải nói biết hội đầu thành chính quốc việt đồng điều trước ngày tế thể đây bộ').split(' '));

function vietnameseShare(text: string): number {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (!words.length) return 0;
  return words.filter((w) => COMMON.has(w)).length / words.length;
}

/** Below this share of frequent words, no decoding is taken for Vietnamese. */
const LEAST_SHARE = 0.04;

const DECODERS: { name: string; decode(bytes: Buffer): string }[] = [
  { name: 'Windows-1258', decode: (b) => iconv.decode(b, 'windows1258') },
  { name: 'TCVN3', decode: (b) => fromTcvn3(iconv.decode(b, 'latin1')) },
  { name: 'VNI', decode: (b) => fromVni(iconv.decode(b, 'windows1252')) },
];

export const LEGACY_ENCODINGS = DECODERS.map((d) => d.name);

/** The older Vietnamese encoding these bytes read best in, or null when none reads as Vietnamese. */
export function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: { text: string; encoding: string; share: number } | null = null;
  for (const d of DECODERS) {
    const text = d.decode(buf).normalize('NFC');
    if (text.includes('\uFFFD')) continue;
    const share = vietnameseShare(text);
    if (!best || share > best.share) best = { text, encoding: d.name, share };
  }
  return best && best.share >= LEAST_SHARE ? { text: best.text, encoding: best.encoding } : null;
}
