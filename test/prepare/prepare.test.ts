import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { prepareArticles, type Prepared } from '../../src/prepare/index.ts';
import { ROOT } from '../helpers.ts';
import { tempDir } from '../temp.ts';

/** The seeds, the outlet fixtures and the hostile files together: articles, rejections and warnings. */
async function mixedArchive(): Promise<string> {
  const dir = await tempDir('prepare-');
  await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  await cp(join(ROOT, 'test/fixtures/outlets'), join(dir, 'outlets'), { recursive: true });
  await cp(join(ROOT, 'test/fixtures/hostile'), join(dir, 'hostile'), { recursive: true });
  return dir;
}

const withoutTimes = ({ times: _t, threads: _n, ...rest }: Prepared) => rest;

describe('prepareArticles: ingest, clean and extract for every file', () => {
  it('gives the same articles, rejections and warnings, in path order, on one thread or three', async () => {
    const dir = await mixedArchive();
    const one = await prepareArticles({ seedsDir: dir, config, threads: 1 });
    const three = await prepareArticles({ seedsDir: dir, config, threads: 3 });
    assert.equal(three.threads, 3);
    assert.ok(one.articles.length >= 13 && one.rejected.length >= 4 && one.warnings.length >= 1, 'the archive mixes every kind of outcome');
    assert.deepEqual(withoutTimes(three), withoutTimes(one));
    const paths = one.articles.map((a) => a.source.path);
    assert.deepEqual(paths, [...paths].sort());
    assert.ok(one.rejected.some((r) => r.file === 'hostile/empty.txt' && r.reason === 'file is empty'));
  });

  it('worker threads read and fill the cache: a second run takes every article from it', async () => {
    const dir = await mixedArchive();
    const cache = { dir: await tempDir('prepare-cache-'), version: 'test' };
    const first = await prepareArticles({ seedsDir: dir, config, threads: 2, cache });
    assert.equal(first.fromCache, 0);
    const again = await prepareArticles({ seedsDir: dir, config, threads: 2, cache });
    assert.equal(again.fromCache, first.articles.length);
    assert.deepEqual(again.articles, first.articles);
  });

  it('finishes on an empty folder whatever the number of threads', async () => {
    const empty = await tempDir('prepare-empty-');
    const r = await prepareArticles({ seedsDir: empty, config, threads: 2 });
    assert.deepEqual([r.articles.length, r.seen.length, r.rejected.length], [0, 0, 0]);
  });

  it('reports progress up to every file', async () => {
    const dir = await mixedArchive();
    const seen: [number, number][] = [];
    await prepareArticles({ seedsDir: dir, config, threads: 2, progress: (done, total) => seen.push([done, total]) });
    const [done, total] = seen.at(-1)!;
    assert.equal(done, total);
    assert.ok(total > 15);
  });
});
