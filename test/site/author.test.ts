import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel } from '../../src/site/model.ts';
import { articleBody, articleJsonLd } from '../../src/site/views.ts';
import { extractText } from '../helpers.ts';

const site = { title: config.title, description: config.description, baseUrl: 'https://example.org', pathPrefix: '/' };
const text = [
  'Hai nước ký thỏa thuận hợp tác về năng lượng tái tạo',
  '',
  'Sáng 12/3, đại diện hai nước đã ký thỏa thuận hợp tác phát triển điện gió ngoài khơi và điện mặt trời, mở ra cơ hội đầu tư mới cho các doanh nghiệp trong những năm tới.',
  '',
  'Thanh Hảo',
].join('\n');

describe('site: the byline', () => {
  const model = buildModel([render(extractText('a.txt', text), 'a')], config);
  const a = model.articles[0]!;

  it('shows on the article page, escaped', () => {
    assert.match(articleBody(site, a).value, /<span class="byline">Thanh Hảo<\/span>/);
  });

  it('is the author in JSON-LD', () => {
    const ld = JSON.parse(/<script[^>]*>(.*)<\/script>/s.exec(articleJsonLd(site, a).value)![1]!);
    assert.deepEqual(ld.author, { '@type': 'Person', name: 'Thanh Hảo' });
  });
});
