import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { runsOf } from '../../src/site/index.ts';
import type { SiteModel } from '../../src/site/index.ts';
import { ROOT, filesOf } from '../helpers.ts';
import { tempDir } from '../temp.ts';


describe('Eleventy in runs of a bounded size', () => {
  it('splits the pages into runs, article pages first, the single files with the first run', () => {
    const articles = Array.from({ length: 5 }, (_, i) => ({ url: `/bai-viet/${i}/` })) as unknown as SiteModel['articles'];
    const lists = Array.from({ length: 4 }, (_, i) => ({ url: `/thang/${i}/` })) as unknown as SiteModel['pages'];
    const runs = runsOf(articles, lists, true, 4);
    assert.deepEqual(runs.map((r) => [r.articles.length, r.lists.length, r.single]), [[4, 0, true], [1, 3, false], [0, 1, false]]);
    assert.deepEqual(runsOf([], [], true, 4).map((r) => [r.articles.length, r.lists.length, r.single]), [[0, 0, true]], 'the single files are written even for an empty archive');
    assert.deepEqual(runsOf([], [], false, 4), [], 'a shard without pages runs nothing');
  });

  it('writes the same site in runs of three pages as in one run', async () => {
    const work = await tempDir('runs-');
    await build({ config, seedsDir: join(ROOT, 'seeds'), outputDir: join(work, 'one') });
    await build({ config: { ...config, pagesPerEleventyRun: 3 }, seedsDir: join(ROOT, 'seeds'), outputDir: join(work, 'runs') });
    const one = await filesOf(join(work, 'one'));
    assert.ok(Object.keys(one).length > 40, `${Object.keys(one).length} files`);
    assert.deepEqual(await filesOf(join(work, 'runs')), one);
  });
});
