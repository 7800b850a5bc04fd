/**
 * npm run relevance: the search relevance set (test/fixtures/relevance/queries.json) run through
 * Pagefind alone and through the site's search, with precision of the first five results, mean
 * reciprocal rank and "did you mean" per kind of query.
 */
import { launch, serve } from '../test/browser/harness.ts';
import { figures, loadQueries, relevanceSite, runQueries, type Engine, type Outcome } from './relevance/measure.ts';

const queries = await loadQueries();
const site = await relevanceSite();
const served = await serve(site.out);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${served.url}tim-kiem/`);
  const runs = {} as Record<Engine, Outcome[]>;
  for (const engine of ['pagefind', 'site'] as const) runs[engine] = await runQueries(page, queries, engine);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log('| queries | n | P@5 Pagefind alone | P@5 site | MRR Pagefind alone | MRR site |\n|---|---:|---:|---:|---:|---:|');
  for (const kind of [...new Set(queries.map((q) => q.kind)), 'all']) {
    const pick = (o: Outcome[]) => o.filter((x) => kind === 'all' || x.query.kind === kind);
    const [a, b] = [figures(pick(runs.pagefind)), figures(pick(runs.site))];
    console.log(`| ${kind} | ${a.queries} | ${pct(a.precisionAt5)} | ${pct(b.precisionAt5)} | ${a.meanReciprocalRank.toFixed(3)} | ${b.meanReciprocalRank.toFixed(3)} |`);
  }
  const s = figures(runs.site).suggestions;
  console.log(`\n"did you mean" right for ${s.right} of ${s.of} misspellings`);
  for (const o of runs.site) {
    const f = figures([o]);
    if (f.precisionAt5 < 1 || f.meanReciprocalRank < 1) console.log(`below 1: ${JSON.stringify(o.query.query)} P@5 ${f.precisionAt5.toFixed(2)} RR ${f.meanReciprocalRank.toFixed(2)} found ${o.found.slice(0, 5).join(' ')}`);
  }
} finally {
  await browser.close();
  await served.close();
  await site.remove();
}
