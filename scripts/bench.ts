/**
 * npm run bench [-- --articles 2000] [--rounds 3] [--threads N] [--incremental 20] [--parts N] [--no-baseline] [--no-search] [--no-rebuild]
 *
 * Makes a synthetic archive of N articles from the seeds (in a temporary folder), builds it with
 * the full pipeline and, for comparison, builds the same bodies as plain Markdown with bare
 * Eleventy 3 and the Pagefind CLI. Prints a table and writes the figures as JSON to
 * .cache/bench/bench-<N>.json. Nothing here fails on time: it measures.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../site.config.ts';
import { clean } from '../src/clean/index.ts';
import { extract } from '../src/extract/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';
import type { SourceDocument } from '../src/types.ts';
import { LAST_DAY, materialFrom, writeCorpus } from './bench/corpus.ts';
import { measure, type Measured } from './bench/measure.ts';
import { buildInParts, type PartsFigures } from './bench/parts.ts';
import { firstSearch, type SearchFigures } from './bench/search.ts';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, threads: { type: 'string' }, incremental: { type: 'string', default: '20' },
    parts: { type: 'string', default: '0' }, 'no-baseline': { type: 'boolean' }, 'no-rebuild': { type: 'boolean' }, 'no-search': { type: 'boolean' },
  },
});
const N = Number(opts.articles);
const work = await mkdtemp(join(tmpdir(), `bench-${N}-`));
const say = (s: string) => process.stderr.write(`${s}\n`);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await folderBytes(p) : (await stat(p)).size;
  }
  return total;
}
async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(p))); else out.push(p);
  }
  return out.sort();
}

// 1. The corpus.
say(`making ${N} articles in ${work}`);
const seeds = join(work, 'seeds');
const material = await materialFrom(resolve(config.seedsDir));
await writeCorpus(seeds, N, material);
const files = await allFiles(seeds);
const corpusBytes = await folderBytes(seeds);

// 2. Clean and extract alone, on one core, in this process.
const docs: SourceDocument[] = [];
for (const f of files) {
  const d = ingestBytes(f, await readFile(f));
  if (!('reason' in d)) docs.push(d);
}
let t = performance.now();
const cleaned = docs.map((d) => clean(d, { customRules: config.cleanRules }));
const cleanMs = performance.now() - t;
t = performance.now();
const articles = cleaned.map((c) => extract(c, config));
const extractMs = performance.now() - t;
const perSecond = (docs.length / (cleanMs + extractMs)) * 1000;
// The same work again: the first pass pays for compiling the code and its patterns, which a
// long-running build pays once; the second shows the rate the build settles at.
t = performance.now();
for (const d of docs) extract(clean(d, { customRules: config.cleanRules }), config);
const warmPerSecond = (docs.length / (performance.now() - t)) * 1000;
const avgBytes = corpusBytes / files.length;

// 3. The full pipeline, cold (no cache), in its own process, and 4. the baseline: the same bodies
// as Markdown through bare Eleventy 3, then the Pagefind CLI. The two take turns, `--rounds` times
// (default 3): on a shared machine one run can be a third slower than the next, and taking turns
// spreads that over both sides; the table shows the round with the median total.
const ROUNDS = Math.max(1, Number(opts.rounds));
const ours = (round: number) => join(work, `ours-${round}`);
const cacheDir = join(work, 'cache');
const buildArgs = (out: string, timings: string, cache: boolean) =>
  ['--import', 'tsx', 'scripts/build.ts', '--seeds', seeds, '--out', out, '--timings', timings, ...(cache ? ['--cache', cacheDir] : ['--no-cache']),
    ...(opts.threads ? ['--threads', opts.threads] : [])];
const withBaseline = !opts['no-baseline'];
const baselineSrc = join(work, 'baseline-src');
if (withBaseline) {
  // The one layout every Eleventy site has: without <html> and <body>, Pagefind indexes nothing.
  await mkdir(join(baselineSrc, '_includes'), { recursive: true });
  await writeFile(join(baselineSrc, '_includes', 'base.njk'), '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n');
  for (let i = 0; i < articles.length; i += 1000) {
    const folder = join(baselineSrc, `lo-${String(i / 1000).padStart(3, '0')}`);
    await mkdir(folder, { recursive: true });
    for (let k = i; k < Math.min(i + 1000, articles.length); k++) {
      const a = articles[k]!;
      const title = JSON.stringify(a.title ?? '');
      await writeFile(join(folder, `bai-${k}.md`), `---\nlayout: base.njk\ntitle: ${title}\n---\n# ${a.title ?? ''}\n\n${a.clean.blocks.map((b) => b.text).join('\n\n')}\n`);
    }
  }
}
interface Round { full: Measured; timings: Record<string, number>; baseline: { eleventy: Measured; pagefind: Measured; bytes: number } | null }
const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  say(`round ${r + 1} of ${ROUNDS}: full pipeline build…`);
  const timingsFile = join(work, `ours-timings-${r}.json`);
  const full = await measure(process.execPath, buildArgs(ours(r), timingsFile, false), { quiet: true });
  if (full.code !== 0) throw new Error(`build failed:\n${full.output.slice(-2000)}`);
  const { timings } = JSON.parse(await readFile(timingsFile, 'utf8')) as { timings: Record<string, number> };
  let baseline: Round['baseline'] = null;
  if (withBaseline) {
    const out = join(work, `baseline-${r}`);
    say(`round ${r + 1} of ${ROUNDS}: baseline, bare Eleventy then the Pagefind CLI…`);
    const eleventy = await measure(process.execPath, ['--import', 'tsx', 'scripts/bench/baseline-eleventy.ts', baselineSrc, out], { quiet: true });
    const pagefind = await measure(resolve('node_modules/.bin/pagefind'), ['--site', out, '--force-language', 'vi'], { quiet: true });
    if (eleventy.code !== 0 || pagefind.code !== 0 || !/Indexed [1-9]/.test(pagefind.output)) {
      throw new Error(`baseline failed:\n${eleventy.output.slice(-1000)}\n${pagefind.output.slice(-1000)}`);
    }
    baseline = { eleventy, pagefind, bytes: await folderBytes(out) };
    await rm(out, { recursive: true, force: true });
  }
  rounds.push({ full, timings, baseline });
  // The first round's site is kept for the search measurements; the others only take room.
  if (r > 0) await rm(ours(r), { recursive: true, force: true });
}
const baselineTotal = (r: Round) => (r.baseline ? r.baseline.eleventy.ms + r.baseline.pagefind.ms : 0);
const medianBy = (ms: (r: Round) => number) => [...rounds].sort((a, b) => ms(a) - ms(b))[Math.floor((rounds.length - 1) / 2)]!;
const typical = medianBy((r) => r.full.ms);
const full = typical.full;
const baseline = medianBy(baselineTotal).baseline;
// Memory is not a matter of luck: the highest peak of any round.
const peak = (m: (r: Round) => number) => Math.max(...rounds.map(m));
const oursPeak = peak((r) => r.full.peakBytes);
// The page build's own peak, as its log reports it: the rest of the tree's peak is the indexer's.
const pagesPeakMB = Math.max(...rounds.map((r) => Number(/^pages: peak memory of the page build (\d+) MB/m.exec(r.full.output)?.[1] ?? 0)));

// 5. Rebuilds with the cache warm: after one article changes, then after a day's new articles.
interface Rebuild { ms: number; reextracted: string; index: string; stagesMs: Record<string, number> }
let rebuild: Rebuild | null = null;
let added: (Rebuild & { articles: number }) | null = null;
if (!opts['no-rebuild']) {
  say('cache: warm build, then one changed article, then new articles…');
  // Into one output folder, as a maintainer rebuilds: the last build's site is there to replace.
  const cachedBuild = async (name: string): Promise<Rebuild> => {
    const timings = join(work, `${name}.json`);
    const run = await measure(process.execPath, buildArgs(join(work, 'cached-site'), timings, true), { quiet: true });
    if (run.code !== 0) throw new Error(`build failed:\n${run.output.slice(-2000)}`);
    const stagesMs = (JSON.parse(await readFile(timings, 'utf8')) as { timings: Record<string, number> }).timings;
    return { ms: run.ms, reextracted: /^clean \+ extract: (\d+ articles cleaned.*)$/m.exec(run.output)?.[1] ?? '?', index: /^pagefind: (.*)$/m.exec(run.output)?.[1] ?? '?', stagesMs };
  };
  await cachedBuild('warm');
  await appendFile(files[Math.floor(files.length / 2)]!, '\nMột câu mới được thêm vào cuối bài để kiểm tra việc xây dựng lại.\n');
  rebuild = await cachedBuild('rebuilt');
  const count = Number(opts.incremental);
  await writeCorpus(seeds, count, material, { from: N, on: LAST_DAY });
  added = { ...(await cachedBuild('added')), articles: count };
  await rm(join(work, 'cached-site'), { recursive: true, force: true });
}

// 6. Search: a reader's first query.
let search: SearchFigures[] = [];
if (!opts['no-search']) {
  say('search in Chromium…');
  search = await firstSearch(ours(0), ['dam phan', 'ngoai truong lavrov', 'Đàm phán an ninh']);
}

// 7. The archive built in parts (--parts N): as N machines and one per search shard would.
let inParts: PartsFigures | null = null;
if (Number(opts.parts) > 0) inParts = await buildInParts(seeds, work, Number(opts.parts), opts.threads ? ['--threads', opts.threads] : [], say);

const oursBytes = await folderBytes(ours(0));
const baselineMs = baseline ? baseline.eleventy.ms + baseline.pagefind.ms : null;
const result = {
  articles: N, cores: availableParallelism(), corpusMB: corpusBytes / 1048576, averageArticleKB: avgBytes / 1024,
  cleanExtract: { articlesPerSecond: Math.round(perSecond), warmArticlesPerSecond: Math.round(warmPerSecond), cleanMsPerArticle: cleanMs / docs.length, extractMsPerArticle: extractMs / docs.length },
  ours: { totalMs: full.ms, peakMB: oursPeak / 1048576, pagesPeakMB, outputMB: oursBytes / 1048576, stagesMs: typical.timings },
  baseline: baseline && { totalMs: baselineMs, eleventyMs: baseline.eleventy.ms, pagefindMs: baseline.pagefind.ms,
    eleventyPeakMB: peak((r) => r.baseline!.eleventy.peakBytes) / 1048576, pagefindPeakMB: peak((r) => r.baseline!.pagefind.peakBytes) / 1048576, outputMB: baseline.bytes / 1048576 },
  ratio: baselineMs ? full.ms / baselineMs : null,
  rounds: rounds.map((r) => ({ oursMs: r.full.ms, baselineMs: r.baseline ? baselineTotal(r) : null, ratio: r.baseline ? r.full.ms / baselineTotal(r) : null })),
  rebuildAfterOneChange: rebuild,
  rebuildAfterNewArticles: added,
  inParts,
  search,
};

const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const st = typical.timings;
const rows: [string, string, string][] = [
  ['articles', f(N), baseline ? f(N) : '—'],
  ['ingest (ms)', f(st.ingest ?? 0), '—'],
  ['clean (ms)', f(st.clean ?? 0), '—'],
  ['extract (ms)', f(st.extract ?? 0), '—'],
  ['render (ms)', f(st.render ?? 0), '—'],
  // With --threads N the four above are summed over threads; this is their wall time together.
  ['ingest + clean + extract + render, wall (ms)', f(st.prepare ?? 0), '—'],
  ['site model (ms)', f(st.model ?? 0), '—'],
  ['grouping reports of one event (ms)', f(st.stories ?? 0), '—'],
  ['Eleventy (ms)', f(st.eleventy ?? 0), baseline ? f(baseline.eleventy.ms) : '—'],
  ['Pagefind (ms)', f(st.pagefind ?? 0), baseline ? f(baseline.pagefind.ms) : '—'],
  ['total wall time (ms)', f(full.ms), baselineMs ? f(baselineMs) : '—'],
  ['peak memory, highest round (MB)', f(oursPeak / 1048576), result.baseline ? `${f(result.baseline.eleventyPeakMB)} / ${f(result.baseline.pagefindPeakMB)}` : '—'],
  ['peak memory of the page build alone (MB)', f(pagesPeakMB), '—'],
  ['output size (MB)', f(oursBytes / 1e6, 1), baseline ? f(baseline.bytes / 1e6, 1) : '—'],
  ['output size per article (KB)', f(oursBytes / 1e3 / N, 1), baseline ? f(baseline.bytes / 1e3 / N, 1) : '—'],
];
console.log(`\n${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, each a full build then the baseline; the table shows the round with the median total of each side.`);
console.log(`\n| figure | this pipeline | bare Eleventy + Pagefind CLI |\n|---|---:|---:|`);
for (const [k, a, b] of rows) console.log(`| ${k} | ${a} | ${b} |`);
if (result.ratio) console.log(`| ratio to baseline (of the medians) | ${f(result.ratio, 2)} | 1.00 |`);
if (withBaseline) console.log(`\nrounds, this pipeline / baseline (ms): ${result.rounds.map((r) => `${f(r.oursMs)} / ${f(r.baselineMs!)} = ${f(r.ratio!, 2)}`).join('; ')}`);
console.log(`\nclean + extract alone, one core: ${f(perSecond)} articles/s on a first pass (clean ${f(cleanMs / docs.length * 1000)} µs, extract ${f(extractMs / docs.length * 1000)} µs per article of ${f(avgBytes / 1024, 1)} KB on average); ${f(warmPerSecond)} articles/s on a second pass over the same articles`);
const stages = (r: Rebuild) => ['prepare', 'files', 'stories', 'model', 'eleventy', 'pagefind'].map((k) => `${k} ${f(r.stagesMs[k] ?? 0)}`).join(', ');
if (rebuild) console.log(`rebuild after one article changed: ${f(rebuild.ms)} ms wall time (${stages(rebuild)} ms); clean + extract: ${rebuild.reextracted}; pagefind: ${rebuild.index}`);
if (added) console.log(`rebuild after ${added.articles} new articles of the latest day: ${f(added.ms)} ms wall time (${stages(added)} ms); clean + extract: ${added.reextracted}; pagefind: ${added.index}`);
const stepLine = (s: { name: string; ms: number; peakBytes: number }) => `${s.name} ${f(s.ms / 1000, 1)} s (peak ${f(s.peakBytes / 1048576)} MB)`;
if (inParts) console.log(`in parts, each step on a machine of its own: ${[...inParts.parts, ...inParts.shards, inParts.assemble].map(stepLine).join('; ')}`);
for (const s of search) {
  console.log(`first search "${s.query}": ${f(s.bytes / 1024)} KB over the wire (${f(s.decodedBytes / 1024)} KB decoded) in ${s.requests} requests; results ${f(s.typedMs)} ms after the last keystroke typing, ${f(s.pastedMs)} ms after pasting into a fresh page (UI debounce of 150 ms included), ${f(s.engineMs)} ms through the API on a cold page; ${s.results} results shown`);
}
await mkdir('.cache/bench', { recursive: true });
await writeFile(`.cache/bench/bench-${N}.json`, JSON.stringify(result, null, 2) + '\n');
console.log(`\nfigures written to .cache/bench/bench-${N}.json`);
await rm(work, { recursive: true, force: true });
