/**
 * npm run build [-- --strict] [--seeds DIR] [--out DIR]
 * Builds the site from seeds/ into the output folder of site.config.ts, prints what each
 * stage did, every file that was rejected or warned about, and a summary line.
 * With --strict, exits 1 when any file was rejected or warned about.
 */
import config from '../site.config.ts';
import { build } from '../src/pipeline.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const started = performance.now();
try {
  const { report } = await build({ config, seedsDir: option('--seeds'), outputDir: option('--out'), log: (line) => console.log(line) });
  for (const r of report.rejected) console.error(`rejected: ${r.file}${r.line ? `:${r.line}` : ''}: ${r.reason}`);
  for (const w of report.warnings) console.error(`warning: ${w.file}${w.line ? `:${w.line}` : ''} [${w.rule}] ${w.message}`);
  for (const m of report.merged) console.error(`merged: ${m.file} is a duplicate of ${m.keptAs}`);
  const c = report.counts;
  console.log(`summary: ${c.read} files read, ${c.published} published, ${c.merged} merged as duplicates, ${c.rejected} rejected, ${c.warnings} warnings (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (strict && (c.rejected > 0 || c.warnings > 0)) {
    console.error('strict: failing because files were rejected or warned about (see above)');
    process.exit(1);
  }
} catch (err) {
  console.error(`build failed: ${(err as Error).message}`);
  process.exit(2);
}
