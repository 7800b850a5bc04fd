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

  it('every file of the site, byte for byte', async () => {
    const files: Record<string, string> = {};
    for (const f of await listFiles(out)) files[f] = createHash('sha256').update(await readFile(join(out, f))).digest('hex').slice(0, 16);
    await compare('site.json', files);
  });

  it('what extract prints for each seed', async () => {
    const seeds = (await listFiles(join(ROOT, 'seeds'))).map((f) => `seeds/${f}`);
    const printed = JSON.parse(execFileSync('npm', ['run', '--silent', 'extract', '--', ...seeds], { cwd: ROOT, encoding: 'utf8' }));
    await compare('extract.json', printed);
  });
});
