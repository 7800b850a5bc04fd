import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planShards, UNDATED_SHARD } from '../../src/index/shards.ts';

type A = { date: string | null; url: string };
/** `n` articles a day from `from` for `days` days, each under a URL of its own. */
function daily(from: string, days: number, n: number, tag = 'tin'): A[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days * n }, (_, i) => {
    const day = new Date(start + Math.floor(i / n) * 86_400_000).toISOString().slice(0, 10);
    return { date: `${day}T0${i % n % 10}:00`, url: `/bai-viet/${tag}-${day}-${i % n}/` };
  });
}
const undated = (n: number, tag = 'khong-ngay') => Array.from({ length: n }, (_, i) => ({ date: null, url: `/bai-viet/${tag}-${i}/` }));

/** Each shard's members, by name. */
function members(articles: A[], size: number): Map<string, string[]> {
  const plan = planShards(articles, size);
  const by = new Map<string, string[]>(plan.names.map((n) => [n, []]));
  for (const a of articles) by.get(plan.of(a.date, a.url))!.push(a.url);
  for (const list of by.values()) list.sort();
  return by;
}
/** The shards of `after` whose members are not exactly those of a shard of `before`. */
function changed(before: Map<string, string[]>, after: Map<string, string[]>): string[] {
  return [...after].filter(([name, urls]) => before.get(name)?.join(' ') !== urls.join(' ')).map(([name]) => name);
}

describe('index: shards of articles close in date, cut where the articles say', () => {
  const archive = [...daily('2016-01-01', 3650, 3), ...undated(700)];

  it('puts every article in one shard of about the size, names them by their days, newest first, the undated last', () => {
    const plan = planShards(archive, 1000);
    const by = members(archive, 1000);
    assert.equal([...by.values()].flat().length, archive.length);
    for (const [name, urls] of by) assert.ok(urls.length >= 500 && urls.length <= 2500, `${name}: ${urls.length}`);
    const dated = plan.names.filter((n) => !n.startsWith(UNDATED_SHARD));
    assert.ok(dated.length >= 8 && dated.length <= 14, `${dated.length} dated shards`);
    assert.deepEqual(dated, [...dated].sort().reverse(), 'newest first');
    assert.match(dated[0]!, /^2025-\d\d-\d\d-2025-12-2[89]$/);
    assert.equal(plan.names.at(-1)!.startsWith(UNDATED_SHARD), true);
    assert.equal(plan.of('2016-01-01T00:00', '/bai-viet/tin-2016-01-01-0/'), dated.at(-1));
    assert.equal(plan.of(null, '/bai-viet/khong-ngay-0/'), UNDATED_SHARD);
  });

  it('a day of new articles changes the newest shard, and the one before it at most', () => {
    const before = members(archive, 1000);
    for (const day of ['2025-12-29', '2025-12-30', '2026-01-05']) {
      const after = members([...archive, ...daily(day, 1, 20, 'moi')], 1000);
      const names = [...after.keys()];
      const touched = changed(before, after);
      assert.ok(touched.length >= 1 && touched.length <= 2, `${day}: ${touched.join(', ')}`);
      for (const n of touched) assert.ok(names.indexOf(n) <= 1, `${day}: ${n} is not among the newest`);
    }
  });

  it('an article dated years back changes the shard of its time and at most one beside it', () => {
    const before = members(archive, 1000);
    for (const day of ['2016-02-03', '2019-07-14', '2023-03-30']) {
      const touched = changed(before, members([...archive, ...daily(day, 1, 1, 'cu')], 1000));
      assert.ok(touched.length >= 1 && touched.length <= 3, `${day}: ${touched.join(', ')}`);
      assert.ok(touched.every((n) => n.startsWith(day.slice(0, 2))), touched.join(', '));
    }
  });

  it('an undated article changes at most two undated shards and no dated one', () => {
    const before = members(archive, 300);
    const touched = changed(before, members([...archive, ...undated(1, 'them')], 300));
    assert.ok(touched.length >= 1 && touched.length <= 2 && touched.every((n) => n.startsWith(UNDATED_SHARD)), touched.join(', '));
  });

  it('an archive within one shard has one, and an empty one none', () => {
    assert.deepEqual(planShards(daily('2024-05-01', 3, 2), 5000).names, ['2024-05-01-2024-05-03']);
    assert.deepEqual(planShards([{ date: '2024', url: '/a/' }, { date: '2024', url: '/b/' }], 5000).names, ['2024']);
    assert.deepEqual(planShards([], 5000).names, []);
  });

  it('names shards of the same days apart', () => {
    const oneDay = daily('2024-05-01', 1, 400);
    const plan = planShards(oneDay, 100);
    assert.ok(plan.names.length >= 2);
    assert.equal(new Set(plan.names).size, plan.names.length);
    assert.ok(plan.names.every((n) => /^2024-05-01(?:-\d+)?$/.test(n)), plan.names.join(', '));
  });

  it('an article the plan was not made with goes to the shard of its date', () => {
    const plan = planShards(archive, 1000);
    const shard = plan.of('2020-06-15', '/bai-viet/khac/');
    const by = members(archive, 1000);
    assert.ok(by.get(shard)!.some((u) => u.includes('2020-06')), shard);
  });
});
