import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditSeeds } from '../../scripts/lighthouse.ts';

// Performance is timing, which `npm run lighthouse` measures and the README reports; the other
// three categories are audits of what the pages are, and hold on any machine.
test('Lighthouse: accessibility, best practices and SEO at 95 or more on home, an article and a search', async (t) => {
  const scores = await auditSeeds();
  t.diagnostic(JSON.stringify(scores));
  for (const [page, s] of Object.entries(scores)) {
    for (const category of ['accessibility', 'best-practices', 'seo'] as const) assert.ok(s[category] >= 95, `${page} ${category} ${s[category]}`);
  }
});
