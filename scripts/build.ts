/**
 * npm run build [-- --strict] [--seeds DIR] [--out DIR] [--cache DIR | --no-cache] [--timings FILE]
 * Builds the site from seeds/ into the output folder of site.config.ts, prints what each
 * stage did, every file that was rejected or warned about, and a summary line.
 * --strict: exit 1 when any file was rejected or warned about.
 * --cache DIR: keep the cache there instead of config.cacheDir; --no-cache: clean and extract every file again.
 * --timings FILE: also write the stage timings and counts as JSON (for the benchmark).
 * --threads N: read, clean and extract on N threads instead of config.threads.
 * --part I/N: only clean and extract the I-th of N parts of the files into the cache, and stop.
 * --shard KEY: only build the article pages and search index of one search shard (named by the
 *   days it spans, as `pagefind/khoi.json` names them; "khong-ngay…" for undated articles) into the
 *   cache. A later plain build with the caches merged assembles the site (README, "Building in parts").
 *
 * The pages are built in a child process that exits before Pagefind indexes them, so the
 * memory of the two never adds up (README, "Large archives").
 */
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import config from '../site.config.ts';
import { indexPages, type StagedPages } from '../src/index/index.ts';
import { messageLine } from '../src/messages.ts';
import { withWarnings, type BuildReport } from '../src/site/report.ts';

const PAGES_ONLY = '--pages-only';
const args = process.argv.slice(2);
const { values: opts } = parseArgs({
  args,
  options: {
    strict: { type: 'boolean' }, seeds: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' },
    'no-cache': { type: 'boolean' }, timings: { type: 'string' }, threads: { type: 'string' }, 'pages-only': { type: 'boolean' },
    part: { type: 'string' }, shard: { type: 'string' },
  },
});

/** How far the page build's heap may grow past what it holds before V8 collects, in percent. */
const HEAP_GROWING_PERCENT = 15;

/** What the page build hands to the parent, which indexes. */
type BuiltPages = StagedPages & { report: BuildReport };

// A live progress line on a terminal, with the time left at the rate so far; in a file or CI log,
// a plain line at each quarter of a long run.
const tty = process.stdout.isTTY === true;
function progressLine(label: string, unit: string): (done: number, total: number) => void {
  let lastShown = 0;
  let started = 0;
  let quarter = 0;
  const timeLeft = (done: number, total: number, now: number) =>
    done > 0 && done < total ? `, about ${Math.ceil(((now - started) / done) * (total - done) / 1000)} s left` : '';
  return (done, total) => {
    const now = performance.now();
    if (done === 0 || !started) { started = now; quarter = 0; }
    const line = `${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit} (${Math.round((100 * done) / total)}%)${timeLeft(done, total, now)}`;
    if (!tty) {
      if (total >= 5000 && done < total && done >= ((quarter + 1) * total) / 4) { quarter++; console.log(line); }
      return;
    }
    if (total < 200 || (done < total && now - lastShown < 100)) return;
    lastShown = now;
    stopTicker();
    process.stdout.write(`\r\x1b[K${line}${done === total ? '\n' : ''}`);
  };
}
const progress = progressLine('clean + extract', 'files');
const pageProgress = progressLine('eleventy', 'pages');

// Stages without counts (Eleventy, Pagefind) show the seconds they have run, on a terminal only.
let ticker: NodeJS.Timeout | null = null;
const stopTicker = () => {
  if (!ticker) return;
  clearInterval(ticker);
  ticker = null;
  process.stdout.write('\r\x1b[K');
};
const startTicker = (label: string) => {
  stopTicker();
  if (!tty) return;
  const t0 = performance.now();
  ticker = setInterval(() => process.stdout.write(`\r${label}… ${((performance.now() - t0) / 1000).toFixed(0)} s`), 500);
  ticker.unref();
};
const TICKER_LABELS: Record<string, string> = { eleventy: 'eleventy: writing the pages', pagefind: 'search documents: staging', model: 'model: grouping articles by outlet, agency, person and month', duplicates: 'duplicates: comparing articles' };
const log = (line: string) => { stopTicker(); console.log(line); };

/** The cache this build reads and fills, unless --no-cache. */
async function cacheLocation() {
  const { codeVersion } = await import('../src/cache.ts');
  return opts['no-cache']
    ? undefined
    : { dir: resolve(opts.cache ?? config.cacheDir), version: await codeVersion(resolve('src'), await readFile('site.config.ts', 'utf8')) };
}

const buildConfig = opts.threads ? { ...config, threads: Number(opts.threads) } : config;

/** --part I/N: one part of the files cleaned and extracted into the cache, nothing built. */
async function partOnly(spec: string): Promise<void> {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || index < 1 || index > count) throw new Error(`--part takes I/N with 1 ≤ I ≤ N (such as 2/8), not "${spec}"`);
  const cache = await cacheLocation();
  if (!cache) throw new Error('--part fills the cache for a later build: it cannot run with --no-cache');
  const { preparePart } = await import('../src/pipeline.ts');
  const done = await preparePart({ config: buildConfig, seedsDir: opts.seeds, cache, part: { index, count }, progress, log });
  console.log(`part ${index}/${count}: ${done.articles} articles in the cache at ${cache.dir} (${done.fromCache} were there already), ${done.rejected} files rejected`);
}

/** The child: every stage but the index; hands the report and timings to the parent. */
async function pagesProcess(): Promise<void> {
  // Loaded here only: the parent, which just runs the indexer, stays small and starts fast.
  const { buildPages } = await import('../src/pipeline.ts');
  const cache = await cacheLocation();
  const { report, staging, timings, outputDir } = await buildPages({
    config: buildConfig, seedsDir: opts.seeds, outputDir: opts.out, cache, progress, pageProgress, log, shard: opts.shard,
    onStage: (stage) => (TICKER_LABELS[stage] ? startTicker(TICKER_LABELS[stage]) : stopTicker()),
  });
  stopTicker();
  // What this process held at most: the page build's share of the build's memory (the index runs after it exits).
  log(`pages: peak memory of the page build ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  // The report's removed lines are in the site already (REPORT_DATA_URL): the parent prints the rest.
  const pages: BuiltPages = { report: { ...report, articles: [] }, staging, timings, outputDir };
  await new Promise<void>((done, fail) => process.send!(pages, undefined, {}, (err) => (err ? fail(err) : done())));
}

function runPagesProcess(): Promise<BuiltPages> {
  return new Promise((done, fail) => {
    // More of libuv's threads than its default four: when a rebuild must read the disk to check
    // the files it keeps, the checks wait on the disk, not the processor (src/text/files.ts placeAll).
    const env = { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '16' };
    // V8 lets its heap grow to several times what is alive before it collects; Eleventy's runs make
    // much garbage, and the page build's peak was most of it. A heap grown by a quarter at most
    // keeps the peak near what the build holds (README, "What sets memory").
    const execArgv = [...process.execArgv, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
    const child = fork(fileURLToPath(import.meta.url), [...args, PAGES_ONLY], { stdio: 'inherit', serialization: 'advanced', env, execArgv });
    let pages: BuiltPages | null = null;
    child.on('message', (m) => { pages = m as BuiltPages; });
    child.on('error', fail);
    child.on('exit', (code) => (pages && code === 0 ? done(pages) : fail(new Error(`the page build stopped (exit ${code}); see the error above`))));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const pages = await runPagesProcess();
  // The search documents may wait in memory, which no later build clears: an interrupted build removes them.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(pages.staging, { recursive: true, force: true });
      process.exit(130);
    });
  }
  startTicker('pagefind: indexing');
  const { timings, indexWarnings } = await indexPages(pages, log);
  const report = withWarnings(pages.report, indexWarnings);
  for (const m of [...report.rejected, ...report.warnings]) console.error(messageLine(m));
  for (const m of report.merged) console.error(`merged: ${m.file} is a duplicate of ${m.keptAs}`);
  const c = report.counts;
  const total = performance.now() - started;
  console.log(`summary: ${c.read} files read, ${c.published} published, ${c.merged} merged as duplicates, ${c.rejected} rejected, ${c.warnings} warnings (${(total / 1000).toFixed(1)} s)`);
  if (opts.shard) console.log(`shard ${opts.shard}: its article pages and search index are in the cache; a build with this cache links them in`);
  const timingsFile = opts.timings;
  if (timingsFile) await writeFile(timingsFile, JSON.stringify({ timings, counts: c, totalMs: total }, null, 2));
  if (opts.strict && (c.rejected > 0 || c.warnings > 0)) {
    console.error('strict: failing because files were rejected or warned about (see above)');
    process.exit(1);
  }
}

try {
  await (opts.part ? partOnly(opts.part) : opts['pages-only'] ? pagesProcess() : main());
} catch (err) {
  console.error(`build failed: ${(err as Error).message}`);
  process.exit(2);
}
