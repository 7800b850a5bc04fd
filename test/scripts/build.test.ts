import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MEMORY_FOLDERS, STAGING, type ShardList } from '../../src/index/index.ts';
import { ROOT } from '../helpers.ts';
import { tempDir } from '../temp.ts';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `npm run build`: the pages in a child process, then the index in the parent. */
describe('npm run build', () => {
  it('builds the seeds: every stage reports, the index is written and the staged documents are gone', async () => {
    const out = join(await tempDir('build-'), '_site');
    const staged = () => readdir(MEMORY_FOLDERS[0]!).then((names) => names.filter((n) => n.startsWith('luu-tru-chi-muc-')), () => []);
    const before = await staged();
    const r = await run(['--out', out, '--no-cache']);
    assert.equal(r.code, 0, r.stderr);
    for (const stage of [/^ingest: 5 of 5 files read/m, /^clean \+ extract: 5 articles/m, /^duplicates: 5 articles compared, 0 merged/m, /^eleventy: \d+ files/m,
      /^search documents: 5 staged for Pagefind/m, /^pagefind: 5 pages indexed/m, /^summary: 5 files read, 5 published/m]) {
      assert.match(r.stdout, stage);
    }
    // Not a terminal: plain lines only, no progress line redrawn in place.
    assert.doesNotMatch(r.stdout, /[\r\x1b]/);
    // Stage lines come in pipeline order, the index after the page process has finished.
    assert.ok(r.stdout.indexOf('eleventy:') < r.stdout.indexOf('pagefind:'));
    const shards = (JSON.parse(await readFile(join(out, 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards;
    assert.ok(shards.length >= 1);
    for (const shard of shards) assert.ok((await readdir(join(out, 'pagefind', shard))).some((f) => f.endsWith('.pf_meta')), shard);
    assert.equal(await stat(join(out, STAGING)).catch(() => null), null);
    assert.deepEqual(await staged(), before);
  });

  it('with --strict, exits 1 when files were rejected, after building everything else', async () => {
    const out = join(await tempDir('build-'), '_site');
    const r = await run(['--seeds', 'test/fixtures/hostile', '--out', out, '--no-cache', '--strict']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^rejected: empty\.txt \[empty\] file is empty/m);
    assert.match(r.stderr, /^strict: failing/m);
    assert.ok((await readdir(join(out, 'pagefind'))).length > 0);
  });

  it('stops with exit 2 and a plain reason when the pages cannot be built', async () => {
    const r = await run(['--seeds', 'test/fixtures/hostile', '--out', ROOT, '--no-cache']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /would overwrite the project/);
    assert.doesNotMatch(r.stdout, /^pagefind:/m);
  });

  it('with --part, cleans and extracts that part of the files into the cache and builds nothing', async () => {
    const work = await tempDir('build-part-');
    const out = join(work, '_site');
    const counts = [];
    for (const part of ['1/2', '2/2']) {
      const r = await run(['--part', part, '--cache', join(work, 'cache'), '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      counts.push(Number(new RegExp(`^part ${part}: (\\d+) articles in the cache`, 'm').exec(r.stdout)?.[1]));
    }
    assert.equal(counts[0]! + counts[1]!, 5, `${counts}`);
    assert.equal(await stat(out).catch(() => null), null, 'no site is written');
    const wrong = await run(['--part', '3/2', '--cache', join(work, 'cache')]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--part takes I\/N with 1 ≤ I ≤ N/);
  });

  it('with --shard, writes only that shard\'s article pages and index', async () => {
    const work = await tempDir('build-shard-');
    const full = await run(['--out', join(work, 'full'), '--no-cache']);
    assert.equal(full.code, 0, full.stderr);
    const shard = (JSON.parse(await readFile(join(work, 'full', 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards[0]!;
    const r = await run(['--shard', shard, '--cache', join(work, 'cache'), '--out', join(work, 'shard')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^shard ${shard}: its article pages and search index are in the cache`, 'm'));
    assert.deepEqual((await readdir(join(work, 'shard'))).sort(), ['assets', 'bai-viet', 'pagefind']);
    assert.deepEqual(await readdir(join(work, 'shard', 'pagefind', shard)), await readdir(join(work, 'full', 'pagefind', shard)));
  });
});
