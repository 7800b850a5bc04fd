/**
 * npm run lighthouse: Lighthouse's four scores (performance, accessibility, best practices, SEO)
 * for the home page, an article and the search page with a query, on the seeds built into a
 * temporary folder and served on localhost, in Debian's Chromium. Prints a table; writes the
 * reports' scores to .cache/lighthouse/scores.json. Nothing here fails on a score: it measures.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import config from '../site.config.ts';
import { build } from '../src/pipeline.ts';
import { CHROMIUM, serve } from '../test/browser/harness.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

/** Lighthouse's scores (0–100) for each page of a served site, in one Chromium. */
export async function audit(base: string, paths: string[]): Promise<Record<string, Scores>> {
  // Chromium leaves a folder of its own in TMPDIR when it is stopped: give it one to leave it in.
  const scratch = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'], envVars: { ...process.env, TMPDIR: scratch },
  });
  try {
    const out: Record<string, Scores> = {};
    for (const path of paths) {
      const run = await lighthouse(base + path.replace(/^\//, ''), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = run!.lhr.categories;
      out[path] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
    }
    return out;
  } finally {
    chrome.kill();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The pages audited: home, the first article, the search page with a query. */
async function pagesOf(out: string): Promise<string[]> {
  const article = (await readdir(join(out, 'bai-viet'))).sort()[0]!;
  return ['/', `/bai-viet/${article}/`, `/tim-kiem/?q=${encodeURIComponent('đàm phán')}`];
}

/** The seeds built into a temporary folder, served, and their pages audited; the folder is removed. */
export async function auditSeeds(): Promise<Record<string, Scores>> {
  const work = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  const out = join(work, '_site');
  try {
    await build({ config, outputDir: out });
    const served = await serve(out);
    try {
      return await audit(served.url, await pagesOf(out));
    } finally {
      await served.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = await auditSeeds();
  console.log(`| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|`);
  for (const [path, s] of Object.entries(scores)) console.log(`| ${path} | ${CATEGORIES.map((c) => s[c]).join(' | ')} |`);
  await mkdir('.cache/lighthouse', { recursive: true });
  await writeFile('.cache/lighthouse/scores.json', JSON.stringify(scores, null, 1) + '\n');
}
