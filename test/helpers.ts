/** Shared by the tests: fixture loading and the same text normalisation the gold files assume. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import config from '../site.config.ts';
import { clean } from '../src/clean/index.ts';
import { extract } from '../src/extract/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';
import type { Article, SourceDocument } from '../src/types.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface Gold {
  title: string | null;
  date: string | null;
  outlet: string | null;
  agencies: string[];
  officials: { name: string; title: string; quoted: boolean }[];
  line_labels: string[];
  captions?: string[];
}

export interface GoldCase { name: string; textPath: string; text: string; gold: Gold; }

/** The five seeds (text in seeds/, gold in fixtures/seed-gold) and the outlet fixtures (side by side). */
export function goldCases(set: 'seeds' | 'outlets' | 'unseen' | 'unseen2'): GoldCase[] {
  const goldDir = set === 'seeds' ? join(FIXTURES, 'seed-gold') : join(FIXTURES, set);
  return readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const name = f.replace(/\.gold\.json$/, '');
    const textPath = set === 'seeds' ? join(ROOT, 'seeds', `${name}.txt`) : join(goldDir, `${name}.txt`);
    return { name, textPath, text: readFileSync(textPath, 'utf8'), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold };
  });
}

export const norm = (s: string) => s.normalize('NFC').replace(/[\u00a0\s]+/g, ' ').trim();

export function fold(s: string): string {
  return norm(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function ingestText(path: string, text: string): SourceDocument {
  const doc = ingestBytes(path, new TextEncoder().encode(text));
  if ('reason' in doc) throw new Error(`fixture ${path} rejected: ${doc.reason}`);
  return doc;
}

export function extractText(path: string, text: string): Article {
  return extract(clean(ingestText(path, text), { customRules: config.cleanRules }), config);
}

/** Lines the gold marks as article text (body or attribution), without the crawl's date prefix. */
export function goldLines(c: GoldCase, labels: string[]): string[] {
  const lines = c.text.replace(/\r\n?/g, '\n').split('\n').map((l) => norm(l).replace(/^date \d{4}-\d{2}(-\d{2})?\s*/, ''));
  return lines.filter((l, i) => l && labels.includes(c.gold.line_labels[i] ?? ''));
}

/** Every file under a folder with a digest of its bytes, by path: two folders compare equal when their files are the same. */
export async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    if (e.isFile()) out[path.slice(dir.length)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}
