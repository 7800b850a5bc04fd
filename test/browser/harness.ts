/**
 * Serves a built site on localhost and drives Debian's Chromium through playwright-core.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { tempDir } from '../temp.ts';

// As common static hosts send them: `.txt` without a charset (the published sources must read right anyway).
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.md': 'text/plain; charset=utf-8',
};

export interface Served { url: string; close(): Promise<void>; }

/** Text a web host compresses on the way out; Pagefind's own files come compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.md']);

/**
 * A static file server like a web host's: folders serve index.html, misses serve 404.html,
 * text is sent gzipped to browsers that accept it.
 */
export async function serve(root: string, prefix = '/'): Promise<Served> {
  const server: Server = createServer(async (req, res) => {
    let path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
    path = normalize('/' + path.slice(prefix.length));
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).on('error', () => res.end()).pipe(res);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/** The seeds built into a temporary folder, served, and a browser to look at them. */
export async function seedsSite(): Promise<{ site: Served; browser: Browser; close(): Promise<void> }> {
  const out = join(await tempDir('site-'), '_site');
  await build({ config, outputDir: out });
  const site = await serve(out);
  const browser = await launch();
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.x A/AA and best-practice findings on the page as it stands. axe is injected
 * from outside the page, whose CSP rightly forbids inline script: open the page in a context
 * made with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
