import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { monthLabel } from '../../src/index/markup.ts';

/** templates/assets/tim-kiem/query.js, the search page's reading of a query (plain JavaScript). */
interface QueryApi {
  indexForm(query: string): string;
  typedMarks(query: string): boolean;
  fold(word: string): string;
  missingWords(query: string, matched: string[], exact: boolean): string[];
  sideBySide(query: string, text: string, exact: boolean): boolean;
  distance(a: string, b: string): number;
  suggest(query: string, missing: string[], names: [string, number][]): string | null;
  monthOf(text: string | null): string | null;
  monthsBetween(from: string, to: string): string[];
  monthLabel(month: string): string;
}
const q = (await import(pathToFileURL(resolve('templates/assets/tim-kiem/query.js')).href)) as QueryApi;

test('a query typed with any mark, "đ" included, means those marks; one without means any', () => {
  assert.equal(q.typedMarks('Hà Nội'), true);
  assert.equal(q.typedMarks('đam'), true);
  assert.equal(q.typedMarks('d\u0335am'), true, 'the index form of "đ" is a mark too');
  assert.equal(q.typedMarks('ha noi'), false);
  assert.equal(q.typedMarks('NATO Lavrov'), false);
  assert.equal(q.fold('Đàm'), 'dam');
  assert.equal(q.fold('d\u0335àm'), 'dam');
});

test('a query is spelt as the index spells it: composed, "đ" as "d" and a combining stroke', () => {
  assert.equal(q.indexForm('Đàm phán'), 'D\u0335àm phán');
  assert.equal(q.indexForm('đ'.normalize('NFD') + 'a\u0300m'), 'd\u0335àm', 'typed decomposed, composed first');
  assert.equal(q.indexForm('lavrov'), 'lavrov');
});

test('a word is missing when no matched word begins with it, with marks when typed with marks', () => {
  // The engine retries a word that matches nothing with a shorter one: "Lavrof" finds "là".
  assert.deepEqual(q.missingWords('Lavrof', ['là', 'là'], false), ['Lavrof']);
  assert.deepEqual(q.missingWords('Lavr', ['Lavrov', '(Lavrov)'], false), []);
  assert.deepEqual(q.missingWords('phản ứng', ['Phản', 'ứng'], true), []);
  assert.deepEqual(q.missingWords('phản ứng', ['phán', 'ứng'], true), ['phản']);
  assert.deepEqual(q.missingWords('phan ung', ['phán', 'ủng'], false), []);
  assert.deepEqual(q.missingWords('đàm phán', ['d\u0335àm', 'phán,'], true), [], 'the index form of "đ" and trailing commas');
});

test('words side by side: whole words, the last one perhaps typed in part', () => {
  assert.equal(q.sideBySide('Hà Nội', 'Mưa lớn ở Hà Nội chiều qua', true), true);
  assert.equal(q.sideBySide('Hà N', 'Mưa lớn ở Hà Nội chiều qua', true), true);
  assert.equal(q.sideBySide('Hà Nội', 'Phó Thủ tướng Trần Hồng Hà nói', true), false);
  assert.equal(q.sideBySide('Hà Nội', 'hành động ở nội đồng', true), false, 'a word typed whole is not a prefix');
  assert.equal(q.sideBySide('ha noi', 'về Hà Nội.', false), true);
  assert.equal(q.sideBySide('bao lu', 'lực lượng đảm bảo an ninh', false), false);
});

test('"did you mean" takes the closest word of a known name, the most written one on a tie', () => {
  const names: [string, number][] = [['Sergey Lavrov', 3], ['Jens Stoltenberg', 2], ['Antony Blinken', 2], ['Dmitry Peskov', 1], ['TASS', 3]];
  assert.equal(q.distance('stoltenbreg', 'stoltenberg'), 1, 'two letters swapped are one edit');
  assert.equal(q.suggest('Stoltenbreg', ['Stoltenbreg'], names), 'Stoltenberg');
  assert.equal(q.suggest('Lavrof', ['Lavrof'], names), 'Lavrov');
  assert.equal(q.suggest('Nga Lavrof', ['Lavrof'], names), 'Nga Lavrov', 'the rest of the query stays');
  assert.equal(q.suggest('Blinkin', ['Blinkin'], names), 'Blinken');
  assert.equal(q.suggest('Hà Nội', ['Hà', 'Nội'], names), null, 'no name is close: no suggestion');
  assert.equal(q.suggest('TAS', ['TAS'], names), null, 'short words must be typed exactly');
  assert.equal(q.suggest('Peskova', ['Peskova'], [['Dmitry Peskov', 1], ['Maria Peskova', 1], ['Ivan Peskov', 1]]), null, 'a word the archive has is not misspelt');
});

test('a month is read as a month field gives it or as a reader types it, and nothing else', () => {
  assert.equal(q.monthOf('2024-03'), '2024-03');
  assert.equal(q.monthOf('3/2024'), '2024-03');
  assert.equal(q.monthOf(' tháng 12/2021 '), '2021-12');
  assert.equal(q.monthOf('13/2024'), null);
  assert.equal(q.monthOf('2024'), null);
  assert.equal(q.monthOf(''), null);
  assert.equal(q.monthOf(null), null);
});

test('a period is every month between its ends, across years, named as the index names months', () => {
  assert.deepEqual(q.monthsBetween('2023-11', '2024-02'), ['2023-11', '2023-12', '2024-01', '2024-02']);
  assert.deepEqual(q.monthsBetween('2024-02', '2024-02'), ['2024-02']);
  assert.deepEqual(q.monthsBetween('2024-02', '2023-11'), []);
  for (const month of q.monthsBetween('2019-01', '2025-12')) assert.equal(q.monthLabel(month), monthLabel(month), month);
});
