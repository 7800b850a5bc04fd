import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planShards, UNDATED_SHARD } from '../../src/index/shards.ts';

const dates = (spec: Record<string, number>) => Object.entries(spec).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => `${year}-0${1 + (i % 9)}-1${i % 9}`));

describe('index: shards of the newest month and of consecutive years', () => {
  it('gathers years, oldest first, until a shard holds the size; lists them newest first, the newest month first and undated last', () => {
    const plan = planShards([...dates({ 2018: 2, 2019: 2, 2020: 5, 2021: 1, 2022: 2 }), null, null], 4);
    assert.deepEqual(plan.names, ['2022-02', '2021-2022', '2020', '2018-2019', UNDATED_SHARD]);
    assert.equal(plan.of('2019-05-01'), '2018-2019');
    assert.equal(plan.of('2020-12-31T23:59'), '2020');
    assert.equal(plan.of('2022-01'), '2021-2022');
    assert.equal(plan.of('2022-02-11T08:00'), '2022-02');
    assert.equal(plan.of('2022'), '2021-2022', 'a date known to the year only stays in its year');
    assert.equal(plan.of(null), UNDATED_SHARD);
  });

  it("a new article of the newest month changes only that month's shard", () => {
    const before = planShards([...dates({ 2018: 3, 2019: 3, 2020: 2 }), '2020-06-01'], 3);
    const after = planShards([...dates({ 2018: 3, 2019: 3, 2020: 2 }), '2020-06-01', '2020-06-30T23:00'], 3);
    assert.deepEqual(before.names, ['2020-06', '2020', '2019', '2018']);
    assert.deepEqual(after.names, before.names);
    for (const d of [...dates({ 2018: 3, 2019: 3, 2020: 2 })]) assert.equal(after.of(d), before.of(d), d);
  });

  it('a new month takes the shard, and the month before rejoins its year', () => {
    const plan = planShards([...dates({ 2019: 3, 2020: 2 }), '2020-06-01', '2020-07-02'], 10);
    assert.deepEqual(plan.names, ['2020-07', '2019-2020']);
    assert.equal(plan.of('2020-06-01'), '2019-2020');
  });

  it('an archive of one month has one shard, one within the size one beside its newest month, and an empty one none', () => {
    assert.deepEqual(planShards(['2024-03-01', '2024-03-02'], 5000).names, ['2024']);
    assert.deepEqual(planShards(dates({ 2019: 2, 2024: 3 }), 5000).names, ['2024-03', '2019-2024']);
    assert.deepEqual(planShards([], 5000).names, []);
    assert.deepEqual(planShards([null], 5000).names, [UNDATED_SHARD]);
  });
});
