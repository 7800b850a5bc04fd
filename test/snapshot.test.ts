/**
 * The seeds' site and `extract` output, compared with a snapshot taken before a change that should
 * not alter them (a refactor, a speed-up). A change that means to alter them rewrites the snapshot:
 * `UPDATE_SNAPSHOT=1 npm test`, and the diff of test/fixtures/seed-snapshot/ shows what changed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import config from '../site.config.ts';
import { build } from '../src/pipeline.ts';
import { FIXTURES, ROOT } from './helpers.ts';
import { listFiles } from './site/crawl.ts';

const SNAPSHOT = join(FIXTURES, 'seed-snapshot');
/**
 * The index's files that name its pages by number (filters, word index, metadata, and the entry
 * that names the metadata file): Pagefind numbers the staged documents in the order the file system
 * lists them, which differs between file systems and kernels, so these are counted per shard; the
 * pages themselves (fragments) are compared byte for byte. The same machine builds them the same
 * way every time (test/site/hostile.test.ts, test/cache.test.ts).
 */
const PAGE_NUMBERED = /^(pagefind\/(?:[^/]+\/)*?)(filter\/|index\/|pagefind\.[^/]*\.pf_meta$|pagefind-entry\.json$)/;
const numberedKind = (part: string) => (part.endsWith('.pf_meta') ? 'pagefind.*.pf_meta' : part);
const update = process.env.UPDATE_SNAPSHOT === '1';

async function compare(name: string, actual: unknown): Promise<void> {
  const path = join(SNAPSHOT, name);
  if (update) await writeFile(path, JSON.stringify(actual, null, 1) + '\n');
  assert.deepEqual(actual, JSON.parse(await readFile(path, 'utf8')), `${name} differs from the snapshot (UPDATE_SNAPSHOT=1 rewrites it)`);
}

describe('snapshot: the seeds give the same site and extract output as recorded', () => {
  let root: string;
  let out: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'snapshot-'));
    out = join(root, '_site');
    await build({ config, outputDir: out });
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('every file of the site, byte for byte (the index numbers its pages in the order the file system lists them)', async () => {
    const files: Record<string, string> = {};
    for (const f of await listFiles(out)) {
      const numbered = PAGE_NUMBERED.exec(f);
      const key = numbered && `${numbered[1]}${numberedKind(numbered[2]!)}: files`;
      if (key) files[key] = String(Number(files[key] ?? 0) + 1);
      else files[f] = createHash('sha256').update(await readFile(join(out, f))).digest('hex').slice(0, 16);
    }
    await compare('site.json', files);
  });

  it('what extract prints for each seed', async () => {
    const seeds = (await listFiles(join(ROOT, 'seeds'))).map((f) => `seeds/${f}`);
    const printed = JSON.parse(execFileSync('npm', ['run', '--silent', 'extract', '--', ...seeds], { cwd: ROOT, encoding: 'utf8' }));
    await compare('extract.json', printed);
  });
});
