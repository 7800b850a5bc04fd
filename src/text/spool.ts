/**
 * Texts kept on disk between the moment they are made and the moment they are read: a large
 * archive's article bodies, which a build cannot hold in memory all at once (README, "What sets
 * memory"). Written once, in one temporary file, read back by position when a page needs them.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredText } from '../types.ts';

/** Bytes gathered before a write: one system call for many bodies. */
const WRITE_CHUNK = 1 << 20;

const PREFIX = 'luu-tru-than-bai-';

/** Spools a killed build left behind (older than a day, so never one a running build still reads) are removed. */
function sweepStale(parent: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(parent).filter((n) => n.startsWith(PREFIX))) {
    const path = join(parent, name);
    if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** A short digest of a text: what it is, for comparing builds without keeping or reading it. */
export const textDigest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A text held as it is, for what is small or already in memory (tests, a single article). */
export const heldText = (text: string): StoredText => ({ read: () => text });

export class Spool {
  private readonly dir: string;
  private fd: number;
  /** Bytes in the file, and bytes waiting to be written after them. */
  private written = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** A new spool in a folder of its own under `parent` (the system's temporary folder by default). */
  constructor(parent = tmpdir()) {
    sweepStale(parent);
    this.dir = mkdtempSync(join(parent, PREFIX));
    this.fd = openSync(join(this.dir, 'spool'), 'w+');
  }

  put(text: string): StoredText {
    const bytes = Buffer.from(text, 'utf8');
    const at = this.written + this.pendingBytes;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= WRITE_CHUNK) this.flush();
    return new SpooledText(this, at, bytes.length);
  }

  /** The text of `length` bytes at `at`, as `put` returned it. */
  read(at: number, length: number): string {
    if (this.fd < 0) throw new Error('a spooled text was read after its build had ended');
    if (at + length > this.written) this.flush();
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length;) done += readSync(this.fd, bytes, done, length - done, at + done);
    return bytes.toString('utf8');
  }

  /** Closes the file and removes it: what it held is gone. */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    const all = Buffer.concat(this.pending, this.pendingBytes);
    for (let done = 0; done < all.length;) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** One text of a spool: its place, not its characters. */
class SpooledText implements StoredText {
  constructor(private readonly spool: Spool, private readonly at: number, private readonly length: number) {}
  read(): string { return this.spool.read(this.at, this.length); }
  /** A spooled text is written as what it is, never as its place (which differs build to build). */
  toJSON(): string { return this.read(); }
}
