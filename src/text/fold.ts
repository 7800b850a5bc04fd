/** Vietnamese text without its diacritics, for slugs and search: "Đàm phán" -> "Dam phan". */
export function stripDiacritics(text: string): string {
  // Extraction folds short words and names by the thousand; two normalisations each cost more
  // than the lookups below, so Latin text takes a table and anything else the full path.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const bare = c < TABLE_END ? latinBare()[c - TABLE_START] : undefined;
    if (bare === undefined) return byNormalising(text);
    out += text.slice(from, i) + bare;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function byNormalising(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Latin-1 to Latin Extended Additional: the code points the table covers. */
const TABLE_START = 0x80;
const TABLE_END = 0x1f00;
/** Within them, the Latin blocks: other scripts there (Hangul jamo) compose across letters. */
const isLatin = (c: number) => c <= 0x24f || c >= 0x1e00;
let table: (string | undefined)[] | null = null;

/** Each Latin letter without its marks, as the full path gives it; undefined where that path must be taken. */
function latinBare(): (string | undefined)[] {
  if (table) return table;
  table = [];
  for (let c = TABLE_START; c < TABLE_END; c++) {
    const bare = isLatin(c) ? byNormalising(String.fromCharCode(c)) : '';
    table.push(bare.length === 1 && !/[\p{M}]/u.test(bare) ? bare : undefined);
  }
  return table;
}

/** A URL-safe slug: lower case, no diacritics, words joined by hyphens, at most `max` characters. */
export function slugify(text: string, max = 80): string {
  const slug = stripDiacritics(text)
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * The words of a text in lower case without diacritics, letters a-z and digits only, joined by
 * single spaces: `stripDiacritics(text).toLowerCase()` split on anything else. Comparing whole
 * articles folds every character of the archive; a table per character does it without the
 * intermediate strings, and texts with characters it does not cover take the full path.
 */
export function foldedWords(text: string): string {
  const codes = wordCodes();
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const code = c < codes.length ? codes[c]! : UNCOVERED;
    if (code > 0) {
      if (gap && n > 0) out[n++] = 0x20;
      gap = false;
      out[n++] = code;
    } else if (code === SEPARATOR) gap = true;
    else if (code === UNCOVERED) return foldedWordsInFull(text);
  }
  return out.toString('latin1', 0, n);
}

const foldedWordsInFull = (text: string) => stripDiacritics(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(' ');

/** Table values besides a letter's or digit's code: a character between words, one that folds to nothing, one not covered. */
const SEPARATOR = 0;
const DROPPED = -1;
const UNCOVERED = -2;
/** Up to the general punctuation Vietnamese text uses: dashes, curly quotes, ellipsis. */
const WORD_TABLE_END = 0x2070;
let words: Int16Array | null = null;

/** What `foldedWordsInFull` makes of each character alone, where that is the same within any text. */
function wordCodes(): Int16Array {
  if (words) return words;
  words = new Int16Array(WORD_TABLE_END);
  for (let c = 0; c < WORD_TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    // Outside the Latin blocks and punctuation, characters may compose with their neighbours.
    const covered = c < TABLE_END ? c < 0x80 || isLatin(c) || (c >= 0x300 && c <= 0x36f) : c >= 0x2000;
    const folded = stripDiacritics(ch).toLowerCase();
    words[c] = !covered ? UNCOVERED
      : folded === '' ? DROPPED
      : /^[a-z0-9]$/.test(folded) ? folded.charCodeAt(0)
      : /[a-z0-9]/.test(folded) ? UNCOVERED
      : SEPARATOR;
  }
  return words;
}

/** A slug not yet taken: the base the first time, then "base-2", "base-3"… (`taken` counts uses). */
export function uniqueSlug(base: string, taken: Map<string, number>): string {
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
