/**
 * npm run stories [-- --texts .stories --background DIR...]
 * Measures the grouping of one event's reports (src/site/stories.ts) on labelled pairs of real
 * articles (eval/stories/: pages and pairs; texts rebuilt into the git-ignored .stories/, see
 * eval/stories/README.md). Prints precision and recall of "same event" over the pairs at the
 * threshold in use and at others, so a change of the rule is measured, not guessed.
 * Background folders (the dev corpus's and our own real pages, when rebuilt) join the archive
 * the terms are weighed in, as a maintainer's archive would hold other news.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../site.config.ts';
import { compileCleaner } from '../src/clean/index.ts';
import { compileExtractor } from '../src/extract/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';
import { renderArticle } from '../src/render/index.ts';
import { likeness, STORY_OPTIONS, storyGroups, type StoryInput } from '../src/site/stories.ts';

interface LabelledPage { id: string; text_sha256: string; event: string }
interface Pair { a: string; b: string; same: boolean; why?: string }

const { values } = parseArgs({ options: { pairs: { type: 'boolean' }, texts: { type: 'string', default: '.stories' }, background: { type: 'string', multiple: true, default: ['seeds', '.devset', '.eval'] } } });
const cleaner = compileCleaner({ customRules: config.cleanRules });
const extractor = compileExtractor(config);

/** An article as grouping reads it, from a crawl text. */
function story(path: string, bytes: Buffer): (StoryInput & { title: string | null }) | null {
  const doc = ingestBytes(path, bytes);
  if ('reason' in doc) return null;
  const article = extractor(cleaner(doc));
  return { date: article.date, terms: renderArticle(article).terms, title: article.title };
}

const labelDir = 'eval/stories';
const pages: LabelledPage[] = [];
const pairs: Pair[] = [];
for (const f of (await readdir(labelDir)).sort()) {
  if (f.startsWith('pages-')) pages.push(...(JSON.parse(await readFile(join(labelDir, f), 'utf8')) as LabelledPage[]));
  if (f.startsWith('pairs-')) pairs.push(...(JSON.parse(await readFile(join(labelDir, f), 'utf8')) as Pair[]));
}
const articles: (StoryInput & { id: string | null; title: string | null })[] = [];
for (const p of pages) {
  const bytes = await readFile(join(values.texts, `${p.id}.txt`));
  if (createHash('sha256').update(bytes).digest('hex') !== p.text_sha256) console.warn(`${p.id}: the text differs from the one labelled (eval/stories/README.md); measured as it is`);
  const s = story(p.id, bytes);
  if (s) articles.push({ ...s, id: p.id });
}
let background = 0;
for (const dir of values.background.filter((d) => existsSync(d))) {
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.txt')).sort()) {
    const s = story(f, await readFile(join(dir, f)));
    if (s) { articles.push({ ...s, id: null }); background++; }
  }
}

const undated = articles.filter((a) => a.id && (!a.date || a.date.length < 10)).map((a) => a.id);
console.log(`${pages.length} labelled articles (${undated.length} without a day: ${undated.join(' ') || 'none'}), ${background} background articles, ${pairs.length} pairs (${pairs.filter((p) => p.same).length} same event)`);
const indexOf = new Map(articles.map((a, i) => [a.id, i]));
for (const alike of [...new Set([STORY_OPTIONS.alike, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5])].sort()) {
  const groups = storyGroups(articles, { ...STORY_OPTIONS, alike });
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const together = (p: Pair) => {
    const [a, b] = [groupOf.get(indexOf.get(p.a)!), groupOf.get(indexOf.get(p.b)!)];
    return a !== undefined && a === b;
  };
  const tp = pairs.filter((p) => p.same && together(p)).length;
  const fp = pairs.filter((p) => !p.same && together(p));
  const fn = pairs.filter((p) => p.same && !together(p)).length;
  const dated = (p: Pair) => [p.a, p.b].every((id) => (articles[indexOf.get(id)!]!.date ?? '').length >= 7);
  const datedSame = pairs.filter((p) => p.same && dated(p));
  const datedTp = datedSame.filter(together).length;
  const precision = tp + fp.length ? tp / (tp + fp.length) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const mark = alike === STORY_OPTIONS.alike ? ' (in use)' : '';
  console.log(`alike ≥ ${alike.toFixed(2)}${mark}: precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% (${tp} of ${tp + fn} same-event pairs grouped, ${fp.length} wrong: ${fp.map((p) => `${p.a}~${p.b}`).join(' ') || 'none'}); recall where both dates are read to the month: ${datedSame.length ? ((datedTp / datedSame.length) * 100).toFixed(1) : '-'}% (${datedTp} of ${datedSame.length}); ${groups.length} groups in the archive`);
}

// Why each same-event pair is or is not grouped: the dates read and the likeness of the two.
if (process.argv.includes('--pairs')) {
  const alike = likeness(articles);
  for (const p of pairs) {
    const [i, j] = [indexOf.get(p.a)!, indexOf.get(p.b)!];
    console.log(`${p.same ? 'same' : 'diff'} ${p.a}~${p.b} ${alike(i, j).toFixed(3)} ${articles[i]!.date ?? '-'} ${articles[j]!.date ?? '-'}`);
  }
}
