/**
 * The archive built as a batch of machines would build it (README, "Building in parts"): each
 * part's files cleaned and extracted with a cache of its own, the caches merged, each search shard
 * built from the merged cache with a cache of its own, those merged, and a last build assembling
 * the site. Here the "machines" run one after the other; each figure is one machine's.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { measure } from './measure.ts';

export interface Step { name: string; ms: number; peakBytes: number }
export interface PartsFigures { parts: Step[]; shards: Step[]; assemble: Step; shardNames: string[] }

const build = (args: string[]) => measure(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { quiet: true });

async function step(name: string, args: string[]): Promise<Step> {
  const run = await build(args);
  if (run.code !== 0) throw new Error(`${name} failed:\n${run.output.slice(-2000)}`);
  return { name, ms: run.ms, peakBytes: run.peakBytes };
}

/** Copies the caches named into one: they are named by content, so copying merges them. */
async function merge(work: string, from: string[], to: string): Promise<void> {
  for (const f of from) await cp(join(work, f), join(work, to), { recursive: true });
  for (const f of from) await rm(join(work, f), { recursive: true, force: true });
}

export async function buildInParts(seeds: string, work: string, count: number, extra: string[], say: (s: string) => void): Promise<PartsFigures> {
  const parts: Step[] = [];
  for (let i = 1; i <= count; i++) {
    say(`in parts: part ${i}/${count}…`);
    parts.push(await step(`part ${i}/${count}`, ['--seeds', seeds, '--part', `${i}/${count}`, '--cache', join(work, `cache-part-${i}`), ...extra]));
  }
  await merge(work, parts.map((_, i) => `cache-part-${i + 1}`), 'cache-extracted');
  // The shards there are: the error of an unknown one names them.
  const probe = await build(['--seeds', seeds, '--shard', '?', '--cache', join(work, 'cache-extracted'), '--out', join(work, 'probe')]);
  const shardNames = /its shards are (.+)$/m.exec(probe.output)?.[1]?.split(', ') ?? [];
  if (!shardNames.length) throw new Error(`no shards found:\n${probe.output.slice(-2000)}`);
  const shards: Step[] = [];
  for (const shard of shardNames) {
    say(`in parts: shard ${shard}…`);
    await cp(join(work, 'cache-extracted'), join(work, `cache-shard-${shard}`), { recursive: true });
    shards.push(await step(`shard ${shard}`, ['--seeds', seeds, '--shard', shard, '--cache', join(work, `cache-shard-${shard}`), '--out', join(work, `out-${shard}`), ...extra]));
    await rm(join(work, `out-${shard}`), { recursive: true, force: true });
  }
  await merge(work, ['cache-extracted', ...shardNames.map((s) => `cache-shard-${s}`)], 'cache-all');
  say('in parts: assembling the site…');
  const assemble = await step('assemble', ['--seeds', seeds, '--cache', join(work, 'cache-all'), '--out', join(work, 'assembled'), ...extra]);
  await rm(join(work, 'assembled'), { recursive: true, force: true });
  await rm(join(work, 'cache-all'), { recursive: true, force: true });
  return { parts, shards, assemble, shardNames };
}
