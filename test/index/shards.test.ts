import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planShards, UNDATED_SHARD } from '../../src/index/shards.ts';

/** Articles of these dates, each under a URL of its own. */
const articles = (ds: (string | null)[]) => ds.map((date, i) => ({ date, url: `/bai-viet/${String(i).padStart(4, '0')}/` }));
const plan = (ds: (string | null)[], size: number) => planShards(articles(ds), size);
const dates = (spec: Record<string, number>) => Object.entries(spec).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => `${year}-0${1 + (i % 9)}-1${i % 9}`));

describe('index: shards of consecutive years, or months', () => {
  it('gathers years, oldest first, until a shard holds the size; lists them newest first, undated last', () => {
    const p = plan([...dates({ 2018: 2, 2019: 2, 2020: 4, 2021: 1, 2022: 1 }), null, null], 4);
    assert.deepEqual(p.names, ['2021-2022', '2020', '2018-2019', UNDATED_SHARD]);
    assert.equal(p.of('2019-05-01', ''), '2018-2019');
    assert.equal(p.of('2020-02-11T23:59', ''), '2020');
    assert.equal(p.of('2022-01', ''), '2021-2022');
    assert.equal(p.of(null, ''), UNDATED_SHARD);
  });

  it('gathers a year larger than a shard month by month, so that no shard holds much more than the size', () => {
    const busy = Array.from({ length: 12 }, (_, m) => Array.from({ length: 30 }, (_, d) => `2024-${String(m + 1).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`)).flat();
    const p = plan([...dates({ 2022: 40, 2023: 50 }), ...busy, '2024', '2025-03-01'], 100);
    assert.deepEqual(p.names, ['2024-10-2025', '2024-06-2024-09', '2024-02-2024-05', '2022-2024-01']);
    const sizes = new Map<string, number>();
    for (const d of [...dates({ 2022: 40, 2023: 50 }), ...busy, '2024', '2025-03-01']) sizes.set(p.of(d, ''), (sizes.get(p.of(d, '')) ?? 0) + 1);
    assert.ok([...sizes.values()].every((n) => n <= 100 + 31), JSON.stringify([...sizes]));
    assert.equal(p.of('2024', ''), '2022-2024-01', 'dated to the year alone: with its first month');
    assert.equal(p.of('2024-07-04T08:00', ''), '2024-06-2024-09');
  });

  it('a new article of the latest year changes only the latest shard', () => {
    const before = plan(dates({ 2018: 3, 2019: 3, 2020: 2 }), 3);
    const after = plan(dates({ 2018: 3, 2019: 3, 2020: 3 }), 3);
    assert.deepEqual(before.names, ['2020', '2019', '2018']);
    assert.deepEqual(after.names, before.names);
  });

  it('an archive within one shard has one, and an empty one none', () => {
    assert.deepEqual(plan(dates({ 2019: 2, 2024: 3 }), 5000).names, ['2019-2024']);
    assert.deepEqual(plan([], 5000).names, []);
  });

  it('gives undated articles shards of the size too, in URL order', () => {
    const p = plan([...dates({ 2024: 2 }), null, null, null, null, null], 2);
    assert.deepEqual(p.names, ['2024', UNDATED_SHARD, `${UNDATED_SHARD}-2`, `${UNDATED_SHARD}-3`]);
    const undated = articles([...dates({ 2024: 2 }), null, null, null, null, null]).filter((a) => !a.date);
    assert.deepEqual(undated.map((a) => p.of(null, a.url)), [UNDATED_SHARD, UNDATED_SHARD, `${UNDATED_SHARD}-2`, `${UNDATED_SHARD}-2`, `${UNDATED_SHARD}-3`]);
  });
});
