import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { rejection, warning } from '../messages.ts';
import type { Message, SourceDocument } from '../types.ts';
import { mapLimit } from '../text/concurrency.ts';
import { splitCrawlDate } from './crawl-date.ts';
import { decode, isLegacy } from './decode.ts';
import { parseFrontMatter } from './frontmatter.ts';
import type { FileRead } from './read-ahead.ts';

export { readAhead, type FileRead } from './read-ahead.ts';
export { readableCopy } from './decode.ts';

export interface IngestResult {
  documents: SourceDocument[];
  rejected: Message[];
  /** Every file seen, in path order, so the report can account for each one. */
  seen: string[];
}

const TEXT_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Reads every article file under `dir`, in a stable order. One bad file never stops the others. */
export interface IngestOptions {
  /** Files larger than this are reported, not read (a crawl article is a few kilobytes). */
  maxFileBytes?: number;
}

export async function ingest(dir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const listed = await listArticleFiles(dir);
  const result: IngestResult = { documents: [], rejected: listed.rejected, seen: listed.seen };
  // Files are read many at a time, then taken in path order, so the result never depends on timing.
  const read = await mapLimit(listed.files, 32, (path) => readArticleFile(dir, path, options));
  for (const doc of read) {
    result.seen.push('reason' in doc ? doc.file : doc.path);
    if ('reason' in doc) result.rejected.push(doc);
    else result.documents.push(doc);
  }
  return result;
}

/** The article files under `dir` in path order, and what else was there (`seen`, `rejected`). */
export interface FileList {
  /** Relative paths with `/` separators, to pass to `readArticleFile`. */
  files: string[];
  seen: string[];
  rejected: Message[];
}

export async function listArticleFiles(dir: string): Promise<FileList> {
  const found: Pick<FileList, 'seen' | 'rejected'> = { seen: [], rejected: [] };
  const files = await listFiles(dir, found);
  return { files: files.map((f) => relative(dir, f).split(sep).join('/')), ...found };
}

/** Reads one article file (`rel`, relative to `dir`) into a document, or says why it cannot be one. */
export async function readArticleFile(dir: string, rel: string, options: IngestOptions = {}): Promise<SourceDocument | Message> {
  const path = join(dir, ...rel.split('/'));
  const maxBytes = options.maxFileBytes ?? Infinity;
  try {
    // The size of what is read: through a link, the target's, as the reading thread sees it.
    const size = (await stat(path)).size;
    if (size > maxBytes) return rejection(rel, 'oversize', oversize(size, maxBytes));
    return ingestBytes(rel, await readFile(path));
  } catch (err) {
    return rejection(rel, 'unreadable', unreadable((err as NodeJS.ErrnoException).code ?? String(err)));
  }
}

/** The same as readArticleFile, for a file another thread has read (see read-ahead.ts). */
export function ingestRead(read: FileRead, options: IngestOptions = {}): SourceDocument | Message {
  if (read.bytes) return ingestBytes(read.file, read.bytes);
  if (read.code) return rejection(read.file, 'unreadable', unreadable(read.code));
  return rejection(read.file, 'oversize', oversize(read.size ?? 0, options.maxFileBytes ?? Infinity));
}

const oversize = (size: number, maxBytes: number) =>
  `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit for one article; split it, or raise maxFileBytes in site.config.ts`;
const unreadable = (code: string) => `cannot read file (${code}); check its permissions`;

/** What a source is known by (SourceDocument.hash): the SHA-256 of its bytes. */
export const sourceHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Turns one file's bytes into a document, or says why it cannot be one. */
export function ingestBytes(path: string, bytes: Uint8Array): SourceDocument | Message {
  const decoded = decode(bytes);
  if (!decoded.ok) return rejection(path, 'undecodable', decoded.reason);
  if (!decoded.text.trim()) return rejection(path, 'empty', bytes.length ? 'file holds only whitespace' : 'file is empty');
  const diagnostics: Message[] = decoded.invalidLines.map((line) => warning(path, 'invalid-utf8',
    `invalid ${decoded.encoding} bytes at line ${line} were replaced by "\uFFFD"; re-save the file as UTF-8`, line));
  if (isLegacy(decoded.encoding)) {
    diagnostics.push({ file: path, rule: 'encoding', reason: `read as ${decoded.encoding}, an older Vietnamese encoding: the file is not UTF-8`, severity: 'info' });
  }
  const isMarkdown = /\.(md|markdown)$/i.test(path);
  const fm = parseFrontMatter(decoded.text);
  for (const p of fm.problems) {
    diagnostics.push(warning(path, p.rule, p.message, p.line));
  }
  const lines = fm.content.split('\n');
  const crawl = splitCrawlDate(lines[0] ?? '');
  lines[0] = crawl.rest;
  if (!lines.some((l) => l.trim())) return rejection(path, 'empty', 'no text after the front matter');
  return {
    path,
    format: isMarkdown ? 'markdown' : 'text',
    lines,
    firstLine: fm.lineOffset + 1,
    meta: fm.meta,
    crawlDate: crawl.date,
    hash: sourceHash(bytes),
    diagnostics,
  };
}

/** Walks `dir` depth first in name order; links are followed once, loops and strays reported. */
async function listFiles(dir: string, result: Pick<FileList, 'seen' | 'rejected'>): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (visited.has(real)) {
      const rel = relative(dir, folder).split(sep).join('/');
      result.seen.push(rel);
      result.rejected.push(rejection(rel, 'symlink', 'symbolic link loop: this folder was already read; remove the link'));
      return;
    }
    visited.add(real);
    // The entries' types come with the listing: no call per file, except for links.
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const rel = relative(dir, path).split(sep).join('/');
      let info: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          info = await lstat(await realpath(path));
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          result.seen.push(rel);
          result.rejected.push(rejection(rel, 'symlink', code === 'ELOOP' ? 'symbolic link loop; remove the link' : `broken symbolic link (${code}); remove it or fix its target`));
          continue;
        }
      }
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && TEXT_EXTENSIONS.test(name)) out.push(path);
      else if (info.isFile()) {
        result.seen.push(rel);
        result.rejected.push(rejection(rel, 'not-article', 'not an article file: only .txt, .md and .markdown are read'));
      }
    }
  };
  await walk(dir);
  return out;
}
