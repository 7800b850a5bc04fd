import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { audit, pagesOf } from '../../scripts/lighthouse.ts';
import { serve } from '../browser/harness.ts';

// Performance is timing, which `npm run lighthouse` measures and the README reports; the other
// three categories are audits of what the pages are, and hold on any machine.
test('Lighthouse: accessibility, best practices and SEO at 95 or more on home, an article and a search', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'lighthouse-test-'));
  const out = join(work, '_site');
  await build({ config, outputDir: out });
  const served = await serve(out);
  try {
    const scores = await audit(served.url, await pagesOf(out));
    t.diagnostic(JSON.stringify(scores));
    for (const [page, s] of Object.entries(scores)) {
      for (const category of ['accessibility', 'best-practices', 'seo'] as const) assert.ok(s[category] >= 95, `${page} ${category} ${s[category]}`);
    }
  } finally {
    await served.close();
    await rm(work, { recursive: true, force: true });
  }
});
