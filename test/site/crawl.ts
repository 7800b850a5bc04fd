/** Reads a built site from disk: its files, and every internal link and asset each page names. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const name of (await readdir(d)).sort()) {
      const p = join(d, name);
      if ((await stat(p)).isDirectory()) await walk(p);
      else out.push(relative(dir, p));
    }
  };
  await walk(dir);
  return out;
}

/** Internal links of the HTML pages that point at nothing in the output. */
export async function brokenLinks(dir: string, prefix: string): Promise<string[]> {
  const files = new Set(await listFiles(dir));
  const broken: string[] = [];
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(dir, file), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      let url = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:https?:|mailto:|data:|#)/.test(url)) continue;
      if (!url.startsWith(prefix)) { broken.push(`${file}: ${url} (outside the path prefix)`); continue; }
      url = decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0]!);
      const target = url === '' || url.endsWith('/') ? `${url}index.html` : url;
      if (!files.has(target)) broken.push(`${file}: ${m[1]}`);
    }
  }
  return broken;
}
