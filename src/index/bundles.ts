/**
 * Shard bundles kept between builds: each shard's index waits in a folder named by the digest of
 * its documents, so a build indexes again only the shards whose articles changed and links the
 * others into the site. A bundle indexed now or long ago is the same bytes for the same documents.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { linkOrCopy, placeAll, sweep } from '../text/files.ts';

/** One shard as the page build staged it for the indexer. */
export interface StagedShard {
  name: string;
  /** Where its bundle is kept between builds (null: no cache, index straight into the site). */
  bundle: string | null;
  /** Its documents wait in the staging folder: no kept bundle has them. */
  staged: boolean;
}

export interface ShardRun { pages: number; errors: string[]; indexed: boolean }

/** Pagefind's files the site does not load. */
const UNUSED_FILES = ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/** What else makes a bundle: Pagefind's version and how this code runs it (bump on any change). */
const FORMAT = `1|${pagefindVersion()}|--force-language vi`;

function pagefindVersion(): string {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The digest of what makes a shard's documents, given part by part in order, and the folder its bundle is kept in. */
export function bundleDigest(): { update(part: string): void; folder(root: string, name: string): string } {
  const hash = createHash('sha256').update(FORMAT);
  return {
    update: (part) => { hash.update(`\0${part}`); },
    folder: (root, name) => join(root, `${name}-${hash.digest('hex').slice(0, 16)}`),
  };
}

/** A bundle kept whole: Pagefind writes its entry file last. */
export const isKept = (bundle: string) => existsSync(join(bundle, 'pagefind-entry.json'));

/**
 * Puts a shard's index at `target`: linked from its kept bundle, or indexed by `index` from the
 * staged documents (into the kept bundle first when there is one).
 */
export async function placeShard(shard: StagedShard, documents: string, target: string, index: (documents: string, out: string) => Promise<{ pages: number; errors: string[] }>): Promise<ShardRun> {
  if (!shard.staged && shard.bundle) {
    await linkTree(shard.bundle, target);
    const entry = JSON.parse(await readFile(join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), errors: [], indexed: false };
  }
  const out = shard.bundle ? `${shard.bundle}.tmp` : target;
  await rm(out, { recursive: true, force: true });
  const run = await index(documents, out);
  for (const f of UNUSED_FILES) await rm(join(out, f), { force: true });
  if (shard.bundle) {
    await rm(shard.bundle, { recursive: true, force: true });
    await rename(out, shard.bundle);
    await linkTree(shard.bundle, target);
  }
  return { ...run, indexed: true };
}

/** Removes the kept bundles no shard of this build uses (and leaves the folders named in `spare`: other collections'). */
export async function pruneBundles(root: string, keep: string[], spare: string[] = []): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  for (const n of names) if (!keep.includes(join(root, n)) && !spare.includes(n)) await rm(join(root, n), { recursive: true, force: true });
}

/**
 * The files of `from` at `to`, and nothing else there: a file already linked by an earlier build
 * stays as it is, and one the bundle no longer has is swept away.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const pairs: { from: string; to: string }[] = [];
  const walk = async (a: string, b: string) => {
    await mkdir(b, { recursive: true });
    for (const e of await readdir(a, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(a, e.name), join(b, e.name));
      else pairs.push({ from: join(a, e.name), to: join(b, e.name) });
    }
  };
  await walk(from, to);
  await placeAll(pairs, (p) => linkOrCopy(p.from, p.to));
  await sweep(to, new Set(pairs.map((p) => p.to)));
}
