/** Atom feeds checked against RFC 4287's schema by xmllint (Debian's libxml2-utils, which .ci/run installs). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';

const SCHEMA = join(ROOT, 'test/fixtures/atom/atom.rng');

/** The files that fail the schema, each with xmllint's words; none when all are valid. */
export function invalidFeeds(files: string[]): string[] {
  if (!files.length) return [];
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, ...files], { stdio: 'pipe' });
    return [];
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('xmllint is missing: install the Debian package libxml2-utils (.ci/run does)');
    return (err.stderr?.toString('utf8') ?? String(e)).split('\n').filter((l) => l && !l.endsWith(' validates'));
  }
}
