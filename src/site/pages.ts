/**
 * Article pages kept between builds: an article page shows its article and the site's settings
 * and nothing else, so its HTML is kept under the digest of those and of the code that renders
 * it. A build renders only the pages whose digest is new and links the others into the site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { mapLimit } from '../text/concurrency.ts';
import { linkOrCopy } from '../text/files.ts';
import { isStrictlyInside } from '../text/paths.ts';
import type { SiteMeta } from './layout.ts';
import type { SiteArticle } from './model.ts';

/** Where article pages are kept, and a digest of everything that renders them. */
export interface PageStore { dir: string; version: string }

/** A digest of every file under the folders given, in path order (the code that renders pages). */
export async function treeDigest(folders: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const folder of folders) {
    const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name)).sort();
    for (const f of files) h.update(f.slice(folder.length)).update(await readFile(f));
  }
  return h.digest('hex').slice(0, 16);
}

export interface PagePlan {
  /** The articles whose pages Eleventy renders. */
  render: SiteArticle[];
  /** Kept pages to link into the site after Eleventy: the file kept, and the page's path in the site. */
  kept: { from: string; to: string }[];
  /** Pages rendered now, to keep once Eleventy has written them. */
  keep: { from: string; to: string }[];
  /** Every file the store should hold after this build. */
  all: Set<string>;
}

/**
 * What an article page is made from, as text: its view, whose `fields` carry the whole article
 * though a page reads only its extracted fields (`ArticleFields`). Those are written in key order:
 * an article read back from the cache lists them in another order than a fresh one.
 */
function viewText(a: SiteArticle): string {
  const { source: _s, clean: _c, evidence: _e, bodyHtml: _b, plainText: _p, ...fields } = a.fields as unknown as Record<string, unknown>;
  const ordered = Object.fromEntries(Object.entries(fields).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return JSON.stringify({ ...a, fields: ordered });
}

/** Which article pages need rendering, and which are kept from an earlier build. */
export function planPages(articles: SiteArticle[], site: SiteMeta, outputDir: string, store: PageStore): PagePlan {
  const plan: PagePlan = { render: [], kept: [], keep: [], all: new Set() };
  const common = createHash('sha256').update(store.version).update(JSON.stringify(site));
  for (const a of articles) {
    const key = common.copy().update(viewText(a)).digest('hex');
    const file = join(resolve(store.dir), key.slice(0, 2), `${key}.html`);
    const page = resolve(outputDir, `.${a.url}`, 'index.html');
    if (!isStrictlyInside(page, resolve(outputDir))) throw new Error(`article page outside the output folder: ${a.url}`);
    plan.all.add(file);
    if (existsSync(file)) plan.kept.push({ from: file, to: page });
    else {
      plan.render.push(a);
      plan.keep.push({ from: page, to: file });
    }
  }
  return plan;
}

/** After Eleventy: keeps the pages it rendered, links the kept ones into the site, and forgets the rest when `prune`. */
export async function settlePages(plan: PagePlan, store: PageStore, prune = true): Promise<void> {
  // Many at a time: each is a few small file-system calls, which wait on the disk, not the processor.
  await mapLimit(plan.keep, 16, async ({ from, to }) => {
    await mkdir(dirname(to), { recursive: true });
    // Linked under a temporary name, then renamed: an interrupted build never keeps half a page.
    await linkOrCopy(from, `${to}.tmp`);
    await rename(`${to}.tmp`, to);
  });
  await mapLimit(plan.kept, 16, async ({ from, to }) => {
    await mkdir(dirname(to), { recursive: true });
    await linkOrCopy(from, to);
  });
  if (!prune) return;
  for (const sub of await readdir(store.dir).catch(() => [] as string[])) {
    for (const f of await readdir(join(store.dir, sub)).catch(() => [] as string[])) {
      const path = join(resolve(store.dir), sub, f);
      if (!plan.all.has(path)) await rm(path, { force: true });
    }
  }
}
