/**
 * The search relevance set: queries a Vietnamese reader types (names with and without marks,
 * places, two-syllable words, phrases, words typed in part, misspellings), each with the articles
 * that should come first, run in Chromium against a site built from the seeds and the articles of
 * test/fixtures/relevance/. `npm run relevance` prints the figures; test/browser/relevance.test.ts
 * keeps them as a floor.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import config from '../../site.config.ts';
import type { SiteConfig } from '../../src/config.ts';
import { build } from '../../src/pipeline.ts';

export interface Query {
  query: string;
  kind: string;
  /** Slugs of the articles that hold what the reader meant; none when the archive has nothing. */
  relevant: string[];
  /** For a misspelling: the query the reader meant, which the search should offer. */
  suggest?: string;
}

/** How one query went: the slugs listed, in order, and any "did you mean". */
export interface Outcome { query: Query; found: string[]; suggested: string | null }

export type Engine = 'pagefind' | 'site';

export const FIXTURES = resolve('test/fixtures/relevance');

export async function loadQueries(): Promise<Query[]> {
  return JSON.parse(await readFile(join(FIXTURES, 'queries.json'), 'utf8')) as Query[];
}

/** The seeds and the relevance articles built into a temporary folder; `remove` deletes it. */
export async function relevanceSite(overrides: Partial<SiteConfig> = {}): Promise<{ out: string; remove(): Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'relevance-'));
  const seeds = join(work, 'seeds');
  await cp(resolve(config.seedsDir), seeds, { recursive: true });
  await cp(join(FIXTURES, 'articles'), seeds, { recursive: true });
  const out = join(work, '_site');
  await build({ config: { ...config, ...overrides }, seedsDir: seeds, outputDir: out });
  return { out, remove: () => rm(work, { recursive: true, force: true }) };
}

/**
 * Runs the queries on a page of the served site: through Pagefind alone as the site used it
 * before (marks folded away, every word a prefix), or through the site's search
 * (assets/tim-kiem/pagefind.js and its "did you mean").
 */
export async function runQueries(page: Page, queries: Query[], engine: Engine): Promise<Outcome[]> {
  // Run through tsx, the functions below keep their names with a helper the page lacks.
  await page.evaluate('globalThis.__name = (f) => f');
  const raw = await page.evaluate(async ({ queries, engine }) => {
    const indexForm = (q: string) => q.normalize('NFC').replace(/đ/g, 'd\u0335').replace(/Đ/g, 'D\u0335');
    const base = new URL('.', document.querySelector<HTMLScriptElement>('script[data-pagefind-path]')!.src).href;
    const index = new URL(document.querySelector('script[data-pagefind-path]')!.getAttribute('data-pagefind-path')!, location.href).pathname;
    const shards: string[] = (await (await fetch(`${index}khoi.json`)).json()).shards;
    // Pagefind alone: the first shard's engine with the others merged, as Pagefind merges them.
    const pf = await import(engine === 'site' ? `${base}tim-kiem/pagefind.js` : `${index}${shards[0]}/pagefind.js`);
    if (engine === 'pagefind') for (const s of shards.slice(1)) await pf.mergeIndex(`${index}${s}/`, { exactDiacritics: false });
    const query = await import(`${base}tim-kiem/query.js`);
    const names = await (await fetch(document.querySelector('script[data-names]')!.getAttribute('data-names')!)).json();
    const out: { found: string[]; suggested: string | null }[] = [];
    for (const q of queries) {
      let missing: string[] = [];
      const listen = (e: Event) => { missing = (e as CustomEvent).detail.missing; };
      document.addEventListener('luu-tru:searched', listen);
      if (engine === 'pagefind') await pf.options({ exactDiacritics: false });
      const found = await pf.search(indexForm(q));
      document.removeEventListener('luu-tru:searched', listen);
      const top = await Promise.all(found.results.slice(0, 10).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      const back = (s: string) => s.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
      out.push({ found: top.map((d) => d.url), suggested: missing.length ? query.suggest(q, missing.map(back), names) : null });
    }
    return out;
  }, { queries: queries.map((q) => q.query), engine });
  return raw.map((r, i) => ({ query: queries[i]!, found: r.found.map((u) => u.split('/').filter(Boolean).pop()!), suggested: r.suggested }));
}

export interface Figures {
  queries: number;
  /** Mean over the queries of the share of the first five results that are relevant (see README). */
  precisionAt5: number;
  meanReciprocalRank: number;
  /** Misspellings whose "did you mean" is the query meant. */
  suggestions: { right: number; of: number };
}

/**
 * Precision of the first five: relevant among the first five, over five or over the number of
 * relevant articles when fewer. A query the archive has nothing for scores 1 when nothing is
 * listed, 0 otherwise, for both measures.
 */
export function figures(outcomes: Outcome[]): Figures {
  let p5 = 0;
  let rr = 0;
  for (const { query, found } of outcomes) {
    if (!query.relevant.length) { const none = found.length === 0 ? 1 : 0; p5 += none; rr += none; continue; }
    const hits = found.slice(0, 5).filter((s) => query.relevant.includes(s)).length;
    p5 += hits / Math.min(5, query.relevant.length);
    const first = found.findIndex((s) => query.relevant.includes(s));
    rr += first < 0 ? 0 : 1 / (first + 1);
  }
  const misspelt = outcomes.filter((o) => o.query.suggest);
  return {
    queries: outcomes.length,
    precisionAt5: p5 / outcomes.length,
    meanReciprocalRank: rr / outcomes.length,
    suggestions: { right: misspelt.filter((o) => o.suggested === o.query.suggest).length, of: misspelt.length },
  };
}
