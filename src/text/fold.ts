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
    table.push(bare.length === 1 && !/\p{M}/u.test(bare) ? bare : undefined);
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
