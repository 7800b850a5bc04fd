import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planShards, UNDATED_SHARD } from '../../src/index/shards.ts';

const dates = (spec: Record<string, number>) => Object.entries(spec).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => `${year}-0${1 + (i % 9)}-1${i % 9}`));

describe('index: shards of consecutive years, or months', () => {
  it('gathers years, oldest first, until a shard holds the size; lists them newest first, undated last', () => {
    const plan = planShards([...dates({ 2018: 2, 2019: 2, 2020: 4, 2021: 1, 2022: 1 }), null, null], 4);
    assert.deepEqual(plan.names, ['2021-2022', '2020', '2018-2019', UNDATED_SHARD]);
    assert.equal(plan.of('2019-05-01'), '2018-2019');
    assert.equal(plan.of('2020-02-11T23:59'), '2020');
    assert.equal(plan.of('2022-01'), '2021-2022');
    assert.equal(plan.of(null), UNDATED_SHARD);
  });

  it('gathers a year larger than a shard month by month, so that no shard holds much more than the size', () => {
    const busy = Array.from({ length: 12 }, (_, m) => Array.from({ length: 30 }, (_, d) => `2024-${String(m + 1).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`)).flat();
    const plan = planShards([...dates({ 2022: 40, 2023: 50 }), ...busy, '2024', '2025-03-01'], 100);
    assert.deepEqual(plan.names, ['2024-10-2025', '2024-06-2024-09', '2024-02-2024-05', '2022-2024-01']);
    const sizes = new Map<string, number>();
    for (const d of [...dates({ 2022: 40, 2023: 50 }), ...busy, '2024', '2025-03-01']) sizes.set(plan.of(d), (sizes.get(plan.of(d)) ?? 0) + 1);
    assert.ok([...sizes.values()].every((n) => n <= 100 + 31), JSON.stringify([...sizes]));
    assert.equal(plan.of('2024'), '2022-2024-01', 'dated to the year alone: with its first month');
    assert.equal(plan.of('2024-07-04T08:00'), '2024-06-2024-09');
  });

  it('a new article of the latest year changes only the latest shard', () => {
    const before = planShards(dates({ 2018: 3, 2019: 3, 2020: 2 }), 3);
    const after = planShards(dates({ 2018: 3, 2019: 3, 2020: 3 }), 3);
    assert.deepEqual(before.names, ['2020', '2019', '2018']);
    assert.deepEqual(after.names, before.names);
  });

  it('an archive within one shard has one, and an empty one none', () => {
    assert.deepEqual(planShards(dates({ 2019: 2, 2024: 3 }), 5000).names, ['2019-2024']);
    assert.deepEqual(planShards([], 5000).names, []);
  });
});
