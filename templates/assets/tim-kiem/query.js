// What a reader's query means, apart from any engine: whether they typed marks, which of its
// words the results really contain, and which name of the archive a missing word was meant to be.
// Pure functions, shared by the engine wrapper (pagefind.js), the page script and the tests.

const MARKS = /[\u0300-\u036f]/g;

/** A query typed with any mark ("hà", "phản", "đam") means those marks; one without means any. */
export function typedMarks(query) {
  return /[\u0300-\u036f]/.test(String(query).normalize('NFD').replace(/[đĐ]/g, 'd\u0335'));
}

/** A query as the index spells it, "đ" as "d" and a combining stroke (search.js does the same to what the UI searches). */
export function indexForm(query) {
  return String(query).normalize('NFC').replace(/đ/g, 'd\u0335').replace(/Đ/g, 'D\u0335');
}

/** A word as a query without marks sees it: "Đàm" → "dam", "d̵àm" → "dam". */
export function fold(word) {
  return String(word).normalize('NFD').replace(/[đĐ]/g, 'd').replace(MARKS, '').toLowerCase();
}

/** A word as a query with marks sees it: exact marks, any case. */
export function exactForm(word) {
  return String(word).normalize('NFC').replace(/đ/g, 'd\u0335').replace(/Đ/g, 'D\u0335').toLowerCase();
}

/** The words of a query or a text, without the punctuation around them. */
export function wordsOf(text) {
  return String(text).split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\u0335]+$/gu, '')).filter(Boolean);
}

/** A query in quote marks asks for its words as one phrase. */
export const isPhrase = (query) => /["“”]/.test(query);

/**
 * The query's words that no matched word carries. The engine drops a word that matches nothing
 * and, for a word that matches nothing, retries a shorter one ("Lavrof" finds "là"): results that
 * contain none of what the reader typed are not results.
 * `matched` are the words the engine marked in a result; each query word must begin one of them.
 */
export function missingWords(query, matched, exact) {
  const form = exact ? exactForm : fold;
  const have = matched.map((w) => form(w));
  return wordsOf(query).filter((q) => !have.some((w) => w.startsWith(form(q))));
}

/**
 * Whether a text holds the query's words one after the other, the last one perhaps still being
 * typed (a prefix), with the marks typed or with any marks.
 */
export function sideBySide(query, text, exact) {
  const form = exact ? exactForm : fold;
  const q = wordsOf(query).map(form);
  const t = wordsOf(text).map(form);
  const last = q.length - 1;
  for (let i = 0; i + q.length <= t.length; i++) {
    if (q.every((w, k) => (k === last ? t[i + k].startsWith(w) : t[i + k] === w))) return true;
  }
  return false;
}

/** Edits (insert, delete, replace, swap two neighbours) between two words. */
export function distance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** How far a word may be from a name and still be that name misspelt: short words must be close. */
const allowed = (word) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * "Did you mean": the query with each missing word replaced by the closest word of a name the
 * archive knows (people, outlets, agencies; `names` as [name, article count]), the most written
 * name winning a tie; null when no name is close enough.
 */
export function suggest(query, missing, names) {
  let out = String(query);
  let changed = false;
  for (const word of missing) {
    const target = fold(word);
    // A word the archive's names hold is no misspelling of another.
    if (names.some(([name]) => wordsOf(name).some((w) => fold(w) === target))) continue;
    let best = null;
    for (const [name, count] of names) {
      for (const w of wordsOf(name)) {
        const d = distance(target, fold(w));
        if (d > allowed(target)) continue;
        if (!best || d < best.d || (d === best.d && count > best.count)) best = { w, d, count };
      }
    }
    if (!best) continue;
    out = out.replace(word, best.w);
    changed = true;
  }
  return changed ? out : null;
}

/**
 * A month as a reader gives it, "2024-03" (a month field) or "3/2024" (typed where the browser
 * has no month field), as "2024-03"; null for anything else.
 */
export function monthOf(text) {
  const s = String(text ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return validMonth(m[1], m[2]);
  m = /^(?:tháng\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/i.exec(s);
  return m ? validMonth(m[2], m[1]) : null;
}
const validMonth = (y, m) => (Number(m) >= 1 && Number(m) <= 12 ? `${y}-${String(Number(m)).padStart(2, '0')}` : null);

/** Every month from `from` to `to` ("2023-11", "2024-02"), both included, in order; none when `to` comes first. */
export function monthsBetween(from, to) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/** "2021-12" as the index's month filter names it: "Tháng 12/2021" (monthLabel in src/index/markup.ts). */
export const monthLabel = (month) => `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
