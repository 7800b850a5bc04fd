/**
 * npm run --silent extract -- FILE...
 * Prints one JSON array to stdout, one object per file in the order given, and nothing else.
 * A file that cannot be read gives an object with an "error" field instead.
 */
import { readFile } from 'node:fs/promises';
import config from '../site.config.ts';
import { compileCleaner } from '../src/clean/index.ts';
import { compileExtractor, toRecord } from '../src/extract/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';

const cleaner = compileCleaner({ customRules: config.cleanRules });
const extractor = compileExtractor(config);

const files = process.argv.slice(2);
const out: unknown[] = [];
for (const file of files) {
  try {
    const doc = ingestBytes(file, await readFile(file));
    if ('reason' in doc) { out.push({ file, error: doc.reason }); continue; }
    out.push(toRecord(file, extractor(cleaner(doc))));
  } catch (err) {
    out.push({ file, error: `cannot read: ${(err as Error).message}` });
  }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
