import { spawn } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withWarnings, type BuildReport } from '../site/report.ts';
import { mapLimit } from '../text/concurrency.ts';
import { strokeHtmlText } from './fold-d.ts';

export interface IndexRecord {
  /** The URL a result links to, with the path prefix ("/bai-viet/x/", "/archive/bai-viet/x/"). */
  url: string;
  /** The document to index: headline, body, filters, metadata (see site/views.ts searchDocument). */
  html: string;
}

export interface IndexInput {
  outputDir: string;
  /** The article pages, the only search results (not lists, people pages or the 404). */
  records: IndexRecord[];
}

export interface IndexResult {
  pages: number;
  errors: string[];
}

/** Where the documents wait for Pagefind, inside the output folder, removed once indexed. */
const STAGING = '.chi-muc-tam';

/** What a page build hands to the index stage (see pipeline.ts buildPages). */
export interface BuiltPages {
  outputDir: string;
  report: BuildReport;
  timings: Record<string, number>;
}

/**
 * Indexes the documents a page build staged; Pagefind's complaints join the report's warnings.
 * This module loads nothing heavy, so a parent process can run it once the page build has exited.
 */
export async function indexPages<T extends BuiltPages>(pages: T, log: (line: string) => void = () => {}): Promise<T> {
  const t0 = performance.now();
  const indexed = await indexStaged(pages.outputDir);
  const ms = performance.now() - t0;
  // The benchmark's "Pagefind" figure covers staging the documents and indexing them.
  const timings = { ...pages.timings, pagefind: (pages.timings.pagefind ?? 0) + ms };
  log(`pagefind: ${indexed.pages} pages indexed in ${ms.toFixed(0)} ms`);
  const file = relative(process.cwd(), pages.outputDir) || '.';
  const report = withWarnings(pages.report, indexed.errors.map((message) => ({ file, rule: 'pagefind', severity: 'warning' as const, message })));
  return { ...pages, report, timings };
}

/**
 * The first half of building the Pagefind index into `<output>/pagefind/` (`indexStaged` is the
 * second, run by `indexPages`): the two are separate so that a build can let the process that
 * made the pages exit before the indexer starts, and their memory never adds up.
 * Writes the lean search documents (no page chrome, prepared for diacritic-free search, see
 * fold-d.ts) under `<output>/.chi-muc-tam/`, one per URL, for Pagefind to read on all its threads.
 */
export async function stageDocuments(input: IndexInput): Promise<void> {
  const staging = join(resolve(input.outputDir), STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await mapLimit(input.records, 64, async (r) => {
    const target = resolve(staging, `.${r.url}`, 'index.html');
    if (!target.startsWith(staging + sep)) throw new Error(`search document URL escapes the output folder: ${r.url}`);
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, strokeHtmlText(r.html));
  });
}

/**
 * Runs Pagefind's command-line indexer on the staged documents and removes them. The command
 * line, not the Node API: on the same documents it writes the same files about 20% faster
 * (10,000 articles: 9.5 s against 11.8 s).
 */
export async function indexStaged(outputDir: string): Promise<IndexResult> {
  const out = resolve(outputDir);
  const staging = join(out, STAGING);
  if (!(await stat(staging).catch(() => null))) {
    throw new Error(`no search documents in ${staging}: the pages must be built before the index`);
  }
  const run = await pagefindCli(['--site', staging, '--output-path', join(out, 'pagefind'), '--force-language', 'vi']);
  await rm(staging, { recursive: true, force: true });
  const errors = run.output.split('\n').filter((l) => /^\s*(error|warning)\b/i.test(l)).map((l) => l.trim());
  if (run.code !== 0) {
    // No articles means an empty staging folder, which Pagefind refuses; an empty archive has no index.
    if (/not able to build an index/i.test(run.output) && !/Indexed [1-9]/.test(run.output)) return { pages: 0, errors: [] };
    throw new Error(`Pagefind failed (exit ${run.code}):\n${run.output.slice(-2000)}`);
  }
  const pages = Number(/Indexed (\d+) pages?/.exec(run.output)?.[1] ?? 0);
  return { pages, errors };
}

/** The npm package's launcher, which picks the binary for this platform. */
function pagefindLauncher(): string {
  return fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
}

function pagefindCli(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [pagefindLauncher(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d; });
    child.stderr.on('data', (d: Buffer) => { output += d; });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
