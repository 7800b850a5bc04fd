import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from '../helpers.ts';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
});

async function until<T>(f: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm start', () => {
  let child: ChildProcess | undefined;
  after(() => { child?.kill(); });

  it('serves the site with live reload and rebuilds when an article is added', async () => {
    const work = await mkdtemp(join(tmpdir(), 'serve-'));
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--seeds', seeds, '--out', join(work, '_site')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let log = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { log += d; });
    const builds = () => (log.match(/^eleventy: /gm) ?? []).length;
    // Asked as a browser navigation: the dev server injects its reload client only there
    // (fetch() would announce itself as "cors").
    const home = () => new Promise<string | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/', headers: { 'sec-fetch-mode': 'navigate' } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => { body += d; }).on('end', () => resolve(res.statusCode === 200 ? body : undefined));
      }).on('error', reject);
    });
    const first = await until(home, 60);
    assert.equal((first.match(/<li class="card">/g) ?? []).length, 5);
    assert.match(first, /reload-client\.js/, 'the live-reload client is injected');
    // A missing page: the site's 404 page, whose policy lets the reload script the dev server
    // writes inline into error pages run (a browser would otherwise report a violation).
    const missing = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/khong-co-trang-nay/', headers: { 'sec-fetch-mode': 'navigate' } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => { body += d; }).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });
    assert.equal(missing.status, 404);
    assert.match(missing.body, /Không tìm thấy trang/);
    const inline = /<script type="module" integrity="(sha512-[^"]+)">[^<]/.exec(missing.body)?.[1];
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(missing.body)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(inline && policy?.includes(`'${inline}'`), `${inline} allowed by ${policy}`);
    await writeFile(join(seeds, 'moi.txt'), 'Hội nghị thượng đỉnh khép lại với tuyên bố chung\n06/01/2022 20:00\nCác nhà lãnh đạo đã thông qua tuyên bố chung, nhấn mạnh cam kết thúc đẩy hòa bình, ổn định và hợp tác trong khu vực.\n');
    const second = await until(async () => { const h = await home(); return h && h.includes('Hội nghị thượng đỉnh khép lại') ? h : undefined; }, 60);
    assert.equal((second.match(/<li class="card">/g) ?? []).length, 6);
    // One change, one rebuild: a build must not set off the next (its outputs touch no watched file).
    await new Promise((r) => setTimeout(r, 8000));
    assert.equal(builds(), 2, log);
    child.kill();
    await once(child, 'exit');
    await rm(work, { recursive: true, force: true });
  });
});
