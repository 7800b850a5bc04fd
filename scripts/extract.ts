/**
 * npm run --silent extract -- [--evidence] FILE...
 * Prints one JSON array to stdout, one object per file in the order given, and nothing else.
 * A file that cannot be read gives an object with an "error" field instead.
 * --evidence: each object also says where each field was read (rule, line, reason, text).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import config from '../site.config.ts';
import { compileCleaner } from '../src/clean/index.ts';
import { compileExtractor, toRecord } from '../src/extract/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';

const cleaner = compileCleaner({ customRules: config.cleanRules });
const extractor = compileExtractor(config);

const { values: opts, positionals: files } = parseArgs({ options: { evidence: { type: 'boolean' } }, allowPositionals: true });
const out: unknown[] = [];
for (const file of files) {
  try {
    const doc = ingestBytes(file, await readFile(file));
    if ('reason' in doc) { out.push({ file, error: doc.reason }); continue; }
    const article = extractor(cleaner(doc));
    out.push(opts.evidence ? { ...toRecord(file, article), evidence: article.evidence } : toRecord(file, article));
  } catch (err) {
    out.push({ file, error: `cannot read: ${(err as Error).message}` });
  }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
