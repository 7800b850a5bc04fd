/**
 * npm start [-- --port 8080] [--seeds DIR] [--out DIR]
 * Builds the site, serves it on localhost with live reload, and rebuilds whenever a file in
 * seeds/, templates/, src/ or site.config.ts changes. Each rebuild runs in a fresh process so
 * that changes to the code itself are picked up.
 */
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, watch } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import config from '../site.config.ts';

const { values: opts } = parseArgs({ options: { port: { type: 'string', default: '8080' }, seeds: { type: 'string' }, out: { type: 'string' } } });
const port = Number(opts.port);
const seedsDir = opts.seeds ?? config.seedsDir;
const outputDir = opts.out ?? config.outputDir;
const watched = [seedsDir, 'templates', 'src', 'site.config.ts'];

function rebuild(): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--seeds', seedsDir, '--out', outputDir], { stdio: 'inherit' });
    child.on('exit', (code) => done(code === 0));
  });
}

// A file changed when its content may have: its size or modification time, or it came or went.
// Events on its metadata alone (a link, a read) are no change: a build must not start the next.
const seen = new Map<string, string>();
const signature = (file: string) => stat(file).then((s) => `${s.size}:${s.mtimeMs}`, () => 'gone');
async function changed(file: string): Promise<boolean> {
  const now = await signature(file);
  if (seen.get(file) === now) return false;
  seen.set(file, now);
  return true;
}

/** Every watched file's signature before the first build, so that only later changes count. */
async function remember(): Promise<void> {
  for (const path of watched) {
    const files = (await stat(path)).isFile() ? [path]
      : (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    for (const file of files) await changed(file);
  }
}

/**
 * The dev server writes its live-reload script into error pages inline, which the site's own
 * Content-Security-Policy refuses: a missing page gets the site's 404 page with that one script's
 * hash allowed, so the browser reports no error and the page still reloads on a change.
 */
function notFound(root: string) {
  const client = readFileSync(fileURLToPath(new URL('./client/reload-client.js', import.meta.resolve('@11ty/eleventy-dev-server'))));
  const hash = `'sha512-${createHash('sha512').update(client).digest('base64')}'`;
  const prefix = config.pathPrefix.replace(/\/$/, '');
  return (req: IncomingMessage, res: ServerResponse & { isCustomErrorPage?: boolean }, next: () => void) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.startsWith(prefix) ? path.slice(prefix.length) : path);
    const page = join(root, '404.html');
    if (!file.startsWith(root) || existsSync(file) || !existsSync(page) || req.headers['sec-fetch-mode'] !== 'navigate') return next();
    res.statusCode = 404;
    // As the dev server marks its own rendering of 404.html, so that it adds no policy of its own.
    res.isCustomErrorPage = true;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(page, 'utf8').replace(/script-src 'self'/, `script-src 'self' ${hash}`).replace(/script-src &#39;self&#39;/, `script-src &#39;self&#39; ${hash.replace(/'/g, '&#39;')}`));
  };
}

await remember();
if (!(await rebuild())) console.error('The first build failed; fix the error above, the server will rebuild on save.');
const server = EleventyDevServer.getServer('tin-luu-tru', resolve(outputDir), { port, pathPrefix: config.pathPrefix, middleware: [notFound(resolve(outputDir))] });
server.serve(port);

let timer: NodeJS.Timeout | undefined;
let running = false;
let again = false;
const schedule = () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (running) { again = true; return; }
    running = true;
    do {
      again = false;
      if (await rebuild()) server.reload();
    } while (again);
    running = false;
  }, 150);
};
for (const path of watched) {
  const isFile = (await stat(path)).isFile();
  watch(path, { recursive: true }, async (_event, name) => {
    const file = isFile || !name ? path : join(path, name.toString());
    if (await changed(file)) schedule();
  });
}
console.log(`Watching ${seedsDir}/, templates/, src/ and site.config.ts; press Ctrl+C to stop.`);
