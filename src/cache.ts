/**
 * A content-addressed cache of cleaned, extracted and rendered articles, so a rebuild only
 * prepares the files that changed. The key covers the file's bytes, the code of the stages
 * that produced the entry, the packages they use and the configuration they read: change any,
 * and the entry is new.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CleanDocument, Message, PreparedArticle, SourceDocument } from './types.ts';

/**
 * What is stored: the article with its source document but not the source's lines (no stage after
 * the cache reads them), and with its removed lines as rows (line, rule, text) and each rule's
 * reason once: written out, the file, reason and severity of every removed line made up most of
 * an entry, and every rebuild reads every entry.
 */
type Stored = Omit<PreparedArticle, 'source' | 'clean'> & {
  clean: Omit<CleanDocument, 'source' | 'removed'> & { removed: Message[] | Rows };
  /** What ingest found besides the lines, so that a file the cache knows is not ingested again. */
  source?: Omit<SourceDocument, 'lines'>;
};

interface Rows { reasons: Record<string, string>; rows: [line: number, rule: string, text: string][] }

/** The removed lines as rows, when each is a note on one line of this file (all are, as clean makes them). */
function toRows(removed: Message[], file: string): Message[] | Rows {
  const plain = (m: Message) => m.file === file && m.severity === 'info' && m.line !== undefined && m.text !== undefined;
  if (!removed.every(plain)) return removed;
  const reasons: Record<string, string> = {};
  for (const m of removed) if ((reasons[m.rule] ??= m.reason) !== m.reason) return removed;
  return { reasons, rows: removed.map((m) => [m.line!, m.rule, m.text!]) };
}

/** The removed lines as clean made them, keys in the same order. */
function fromRows(stored: Message[] | Rows, file: string): Message[] {
  if (Array.isArray(stored)) return stored;
  return stored.rows.map(([line, rule, text]) => ({ file, line, rule, reason: stored.reasons[rule]!, severity: 'info', text }));
}

/** Where a cache lives and which version of the code it holds: plain data, for worker threads. */
export interface CacheLocation {
  dir: string;
  /** From `codeVersion`. */
  version: string;
}

export interface ArticleCache {
  get(doc: SourceDocument): Promise<PreparedArticle | null>;
  /**
   * The article of a file known by its path and the hash of its bytes, without ingesting it: its
   * source as ingest found it then, without its lines (no stage after the cache reads them).
   */
  known(path: string, hash: string): PreparedArticle | null;
  set(doc: SourceDocument, article: PreparedArticle): Promise<void>;
}

/** The stages whose results the cache keeps: their code is part of every key. */
const CACHED_STAGES = ['ingest', 'clean', 'extract', 'render', 'text'];

/**
 * A digest of the code and settings the cached results depend on: the stages' code, the shared
 * types, the configuration, and the lockfile beside `srcDir` when there is one (rendering goes
 * through unified's packages, whose output may change with their versions).
 */
export async function codeVersion(srcDir: string, configText: string): Promise<string> {
  const h = createHash('sha256').update(configText);
  h.update(await readFile(join(srcDir, '..', 'package-lock.json')).catch(() => Buffer.alloc(0)));
  for (const stage of CACHED_STAGES) {
    const dir = join(srcDir, stage);
    for (const f of (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()) {
      h.update(f).update(await readFile(join(dir, f)));
    }
  }
  h.update(await readFile(join(srcDir, 'types.ts')));
  return h.digest('hex').slice(0, 16);
}

export function fileCache(dir: string, version: string): ArticleCache {
  const entryOf = (path: string, hash: string) => {
    // The path is part of the key: extraction reads it (per-folder outlets, the report).
    const key = createHash('sha256').update(version).update(path).update(hash).digest('hex');
    return join(dir, 'articles', version, key.slice(0, 2), `${key}.json`);
  };
  const pathOf = (doc: SourceDocument) => entryOf(doc.path, doc.hash);
  // Read in this thread: a rebuild reads thousands of entries, and a round trip to libuv's
  // threads for each more than doubled the time they took.
  const read = (file: string): Stored | null => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Stored;
    } catch {
      return null;
    }
  };
  const restored = ({ source: _source, ...stored }: Stored, doc: SourceDocument): PreparedArticle =>
    ({ ...stored, source: doc, clean: { ...stored.clean, removed: fromRows(stored.clean.removed, doc.path), source: doc } });
  return {
    async get(doc) {
      const stored = read(pathOf(doc));
      return stored && restored(stored, doc);
    },
    known(path, hash) {
      const stored = read(entryOf(path, hash));
      return stored?.source ? restored(stored, { ...stored.source, lines: [] }) : null;
    },
    async set(doc, article) {
      const { source: { lines: _l, ...source }, clean: { source: _c, ...cleanRest }, ...rest } = article;
      const path = pathOf(doc);
      // Made before the first wait: the caller may go on with the article while it is written.
      const entry = JSON.stringify({ ...rest, clean: { ...cleanRest, removed: toRows(cleanRest.removed, doc.path) }, source } satisfies Stored);
      await mkdir(dirname(path), { recursive: true });
      // Written whole, then renamed: an interrupted build never leaves half an entry.
      await writeFile(`${path}.tmp`, entry);
      await rename(`${path}.tmp`, path);
    },
  };
}

/**
 * Removes the entries other versions of the code made: no build of this code reads them, and
 * each change to the code would otherwise leave a whole archive's worth behind.
 */
export async function pruneVersions(dir: string, version: string): Promise<void> {
  const root = join(dir, 'articles');
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (name !== version) await rm(join(root, name), { recursive: true, force: true });
  }
}
