/**
 * Pages kept between builds: an article page shows its article and the site's settings and
 * nothing else, and a list page is known by its HTML, so each is kept under the digest of what
 * makes it and of the code that renders it. A build renders only the pages whose digest is new
 * and links the others into the site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { mapLimit } from '../text/concurrency.ts';
import { linkOrCopy, placeAll, placeLinked } from '../text/files.ts';
import { isStrictlyInside } from '../text/paths.ts';
import { fileOf, type SiteMeta } from './layout.ts';
import type { ListPage, SiteArticle } from './model.ts';

/** Where pages are kept, and a digest of everything that renders them. */
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

/** One page of a kind: its URL, and a digest of all it is made from. */
export interface PageEntry<T> { item: T; url: string; digest: string }

export interface PagePlan<T> {
  /** The items whose pages Eleventy renders. */
  render: T[];
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
 * an article read back from the cache lists them in another order than a fresh one. The body
 * (most of the bytes, stored until the page is written) is left out: the view's `bodyDigest` says
 * what it is.
 */
function viewText(a: SiteArticle): string {
  const { source: _s, clean: _c, evidence: _e, body: _b, ...fields } = a.fields as unknown as Record<string, unknown>;
  const ordered = Object.fromEntries(Object.entries(fields).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const { body: _body, fields: _f, ...view } = a;
  return JSON.stringify({ ...view, fields: ordered });
}

/** Article pages by the digest of their view and the site's settings. */
export function articleEntries(articles: SiteArticle[], site: SiteMeta): PageEntry<SiteArticle>[] {
  const common = createHash('sha256').update('article').update(JSON.stringify(site));
  return articles.map((a) => ({ item: a, url: a.url, digest: common.copy().update(viewText(a)).digest('hex') }));
}

/**
 * List pages by the digest of their HTML, made by the function their template calls: a list page
 * reads many articles and the model, and its HTML is the one thing that says all it shows.
 */
export function listEntries(pages: ListPage[], html: (p: ListPage) => string): PageEntry<ListPage>[] {
  return pages.map((p) => ({ item: p, url: p.url, digest: createHash('sha256').update('list').update(html(p)).digest('hex') }));
}

/** Which pages need rendering, and which are kept from an earlier build. */
export function planPages<T>(entries: PageEntry<T>[], outputDir: string, store: PageStore): PagePlan<T> {
  const plan: PagePlan<T> = { render: [], kept: [], keep: [], all: new Set() };
  for (const e of entries) {
    const key = createHash('sha256').update(store.version).update(e.digest).digest('hex');
    const file = join(resolve(store.dir), key.slice(0, 2), `${key}.html`);
    const page = resolve(outputDir, `.${fileOf(e.url)}`);
    if (!isStrictlyInside(page, resolve(outputDir))) throw new Error(`page outside the output folder: ${e.url}`);
    plan.all.add(file);
    if (existsSync(file)) plan.kept.push({ from: file, to: page });
    else {
      plan.render.push(e.item);
      plan.keep.push({ from: page, to: file });
    }
  }
  return plan;
}

/** After Eleventy: keeps the pages it rendered, links the kept ones into the site, and forgets the rest when `prune`. */
export async function settlePages(plans: PagePlan<unknown>[], store: PageStore, prune = true): Promise<void> {
  const plan = { keep: plans.flatMap((p) => p.keep), kept: plans.flatMap((p) => p.kept), all: new Set(plans.flatMap((p) => [...p.all])) };
  // Many at a time: each is a few small file-system calls, which wait on the disk, not the processor.
  await mapLimit(plan.keep, 16, async ({ from, to }) => {
    await mkdir(dirname(to), { recursive: true });
    // Linked under a temporary name, then renamed: an interrupted build never keeps half a page.
    await linkOrCopy(from, `${to}.tmp`);
    await rename(`${to}.tmp`, to);
  });
  // In place: a page an earlier build linked is left as it is; a folder is made only when missing.
  await placeAll(plan.kept, async ({ from, to }) => {
    await mkdir(dirname(to), { recursive: true });
    placeLinked(from, to);
  });
  if (!prune) return;
  for (const sub of await readdir(store.dir).catch(() => [] as string[])) {
    for (const f of await readdir(join(store.dir, sub)).catch(() => [] as string[])) {
      const path = join(resolve(store.dir), sub, f);
      if (!plan.all.has(path)) await rm(path, { force: true });
    }
  }
}
