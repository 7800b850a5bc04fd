/** Page bodies: what each kind of page shows. Layout and escaping live in layout.ts and html.ts. */
import { html, trusted, jsonForScript, type SafeHtml } from '../text/html.ts';
import { absolute, href, page, type SiteMeta } from './layout.ts';
import { type ListPage, type SiteArticle, type SiteModel } from './model.ts';
import { toRfc3339 } from './dates.ts';
import { atomFeed } from './feeds.ts';
import { UNDATED_URL } from './lists.ts';
import { monthName, type MonthCount } from './volume.ts';

/** The date as readers see it; the evidence of an inferred one only where the article is (`withEvidence`). */
const dateLine = (a: SiteArticle, withEvidence: boolean): SafeHtml => a.date && a.dateText
  ? html`<time datetime="${a.date}">${a.dateText}</time>${a.dateInferred ? html` <span class="badge"${withEvidence ? html` title="${a.dateEvidence ?? ''}"` : ''}>ngày ước tính</span>` : ''}`
  : html`<span class="undated">Chưa rõ ngày đăng</span>`;

/**
 * An article in a list. The home pages show its excerpt; the lists by month, outlet and agency
 * are compact (headline, date, outlet): an article stands in several of them, and its excerpt
 * repeated in each is most of what a large archive's lists weigh.
 */
export function articleCard(site: SiteMeta, a: SiteArticle, compact = false): SafeHtml {
  const title = html`<a href="${href(site, a.url)}">${a.title}</a>${a.titleDerived ? html` <span class="badge">tiêu đề tự đặt</span>` : ''}`;
  return html`<li class="card">
<h2>${title}</h2>
<p class="meta">${dateLine(a, false)}${a.outlet ? html` · <a href="${href(site, a.outlet.url)}">${a.outlet.name}</a>` : ''}</p>
${compact ? '' : html`<p class="excerpt">${a.excerpt}</p>`}
</li>`;
}

function pager(site: SiteMeta, p: ListPage): SafeHtml {
  if (!p.prevUrl && !p.nextUrl) return html``;
  return html`<nav class="pager" aria-label="Phân trang">
${p.prevUrl ? html`<a rel="prev" href="${href(site, p.prevUrl)}">← Trang trước</a>` : ''}
${p.pageLabel ? html`<span>${p.pageLabel}</span>` : ''}
${p.nextUrl ? html`<a rel="next" href="${href(site, p.nextUrl)}">Trang sau →</a>` : ''}
</nav>`;
}

/** Articles per week as bars, drawn at build time: no script. */
export function timelineSvg(site: SiteMeta, model: SiteModel): SafeHtml {
  const { weeks, undated } = model.timeline;
  if (!weeks.length) return html`<p>Chưa có bài nào có ngày cụ thể.${undated ? ` ${undated} bài chưa rõ ngày.` : ''}</p>`;
  const max = Math.max(...weeks.map((w) => w.count));
  // Bars share a fixed width, so a short archive and a long one both fill the figure. The dates
  // under it are text of the page, not of the drawing: scaled with it they would shrink on a phone.
  const h = 80, top = 8;
  const width = Math.max(640, weeks.length * 3);
  const slot = width / weeks.length;
  const gap = Math.min(4, slot * 0.2), barW = Math.min(40, slot - gap);
  const bars = weeks.map((w, i) => {
    const bh = w.count ? Math.max(3, Math.round((w.count / max) * h)) : 1;
    const widthText = barW.toFixed(1);
    const x = (i * slot + gap / 2).toFixed(1);
    const label = `${w.label}: ${w.count} bài`;
    return html`<a href="${href(site, w.url)}" aria-label="${label}"><rect x="${x}" y="${top + h - bh}" width="${widthText}" height="${bh}" rx="2"><title>${label}</title></rect></a>`;
  });
  const first = weeks[0]!, last = weeks[weeks.length - 1]!;
  const day = (w: typeof first) => w.label.replace('Tuần từ ', '');
  return html`<figure class="timeline">
<svg viewBox="0 0 ${width} ${top + h}" role="group" aria-labelledby="timeline-title" preserveAspectRatio="xMinYMax meet">
<title id="timeline-title">Số bài theo tuần, từ ${day(first)} đến ${day(last)}</title>
${bars}
</svg>
<div class="timeline-axis" aria-hidden="true"><span>${day(first)}</span>${weeks.length > 1 ? html`<span>${day(last)}</span>` : ''}</div>
<figcaption>Số bài theo tuần (${weeks.length} tuần, nhiều nhất ${max} bài/tuần)${undated ? html`; <a href="${href(site, UNDATED_URL)}">${undated} bài chưa rõ ngày</a> được tính riêng` : ''}.</figcaption>
</figure>`;
}

/**
 * Articles per month as bars, drawn at build time (no script). Its figures are in its title and
 * caption as words, for a reader who does not see the drawing.
 */
export function volumeSvg(volume: MonthCount[]): SafeHtml {
  // One month says nothing over time: its count is on the page already.
  if (volume.length < 2) return html``;
  const max = Math.max(...volume.map((v) => v.count));
  const total = volume.reduce((n, v) => n + v.count, 0);
  const peak = volume.find((v) => v.count === max)!;
  const h = 48, slot = Math.max(4, Math.min(24, 600 / volume.length)), gap = slot * 0.2;
  const bars = volume.map((v, i) => {
    const bh = v.count ? Math.max(2, Math.round((v.count / max) * h)) : 0;
    return bh ? html`<rect x="${(i * slot + gap / 2).toFixed(1)}" y="${h - bh}" width="${(slot - gap).toFixed(1)}" height="${bh}"><title>Tháng ${monthName(v.month)}: ${v.count} bài</title></rect>` : '';
  });
  const span = `từ tháng ${monthName(volume[0]!.month)} đến tháng ${monthName(volume[volume.length - 1]!.month)}`;
  return html`<figure class="volume">
<svg viewBox="0 0 ${(slot * volume.length).toFixed(1)} ${h}" role="img" aria-labelledby="volume-title" preserveAspectRatio="xMinYMax meet">
<title id="volume-title">Số bài theo tháng, ${span}</title>
${bars}
</svg>
<figcaption>Số bài theo tháng, ${span}: ${total} bài, nhiều nhất ${max} bài vào tháng ${monthName(peak.month)}.</figcaption>
</figure>`;
}

/** A list page whole (home, lists by outlet, agency and month, their indexes, people and person pages). */
export function listPageHtml(site: SiteMeta, p: ListPage, model: SiteModel): string {
  if (p.kind === 'feed') return atomFeed(site, { url: p.url, title: `${p.title} – ${site.title}`, subtitle: p.description, pageUrl: p.alternateUrl ?? '/', articles: p.articles });
  return page({ site, url: p.url, title: p.title, description: p.description, feedUrl: p.alternateUrl, body: listBody(site, p, model) });
}

/** The visible link to a list's feed. */
const subscribe = (site: SiteMeta, p: ListPage): SafeHtml =>
  (p.alternateUrl ? html` <a class="feed" href="${href(site, p.alternateUrl)}" type="application/atom+xml">Theo dõi (Atom)</a>` : html``);

/**
 * A person's posts and counts, on the first of their pages alone: the others then change only when
 * their own quotes do, not whenever a new article names the person.
 */
function personSummary(site: SiteMeta, p: ListPage, person: NonNullable<ListPage['person']>): SafeHtml {
  return html`${person.titles.length ? html`<p class="titles">${person.titles.join(' · ')}</p>` : ''}
<p class="meta">Xuất hiện trong ${person.articleCount} bài, ${person.quotes.length} phát ngôn. <a href="${href(site, p.searchUrl ?? '/tim-kiem/')}">Tìm các bài nhắc đến ${person.name}</a>${p.quoteSearchUrl && person.quotes.length ? html` · <a href="${href(site, p.quoteSearchUrl)}">Tìm trong phát ngôn của ${person.name}</a>` : ''}${subscribe(site, p)}</p>`;
}

/** Quotes as a list: the words (in a blockquote when direct), who said them when not the page's person, the date and the article. */
function quoteList(site: SiteMeta, quotes: ListPage['quotes']): SafeHtml {
  if (!quotes.length) return html`<p>Chưa có phát ngôn nào được ghi nhận.</p>`;
  return html`<ol class="quotes">${quotes.map((q) => html`<li>
${q.direct ? html`<blockquote><p>${q.text}</p></blockquote>` : html`<p class="reported">${q.text}</p>`}
${q.speaker
    // Gathering every quote, the page names each speaker with their post and links the article by
    // its date: the headline is one link away, and repeated on every quote it made the pages heavy.
    ? html`<p class="meta"><a href="${href(site, q.speaker.url)}">${q.speaker.name}</a>${q.post ? ` – ${q.post}` : ''} · <a href="${href(site, q.article.url)}">${q.dateText ?? 'Bài không rõ ngày'}</a></p>`
    : html`<p class="meta">${q.dateText ?? 'Chưa rõ ngày'} · <a href="${href(site, q.article.url)}">${q.article.name}</a></p>`}
</li>`)}</ol>`;
}

/** A box that searches the quotes alone: the search page, with the collection its address names. */
function quoteSearchForm(site: SiteMeta, searchUrl: string): SafeHtml {
  const url = new URL(searchUrl, 'http://x');
  return html`<form class="quote-search" action="${href(site, url.pathname)}" method="get" role="search" aria-label="Tìm trong phát ngôn">
${[...url.searchParams].map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<label for="q-quotes">Tìm trong phát ngôn</label>
<input id="q-quotes" name="q" type="search" placeholder="Lời phát biểu, người phát biểu…" autocomplete="off">
<button type="submit">Tìm</button>
</form>`;
}

export function listBody(site: SiteMeta, p: ListPage, model: SiteModel): SafeHtml {
  if (p.kind === 'person' && p.person) {
    const person = p.person;
    return html`<article class="person">
<h1>${person.name}</h1>
${p.pageNumber === 1 ? personSummary(site, p, person) : html`<p class="meta"><a href="${href(site, person.url)}">Về trang đầu của ${person.name}</a></p>`}
${volumeSvg(p.volume)}
<h2>Phát ngôn theo thời gian</h2>
${quoteList(site, p.quotes)}
${pager(site, p)}
</article>`;
  }
  if (p.kind === 'story' && p.story) {
    return html`<h1>${p.heading}</h1>
<p class="lead">${p.description}${subscribe(site, p)}</p>
<h2>Ai đưa tin, khi nào</h2>
<ol class="story-timeline">${p.story.articles.map((a) => html`<li>${dateLine(a, false)} · ${a.outlet ? html`<a href="${href(site, a.outlet.url)}">${a.outlet.name}</a>` : 'Không rõ nguồn'}: <a href="${href(site, a.url)}">${a.title}</a></li>`)}</ol>`;
  }
  if (p.kind === 'quotes') {
    return html`<h1>${p.heading}</h1>
<p class="lead">${p.description} Lời của từng người có trên <a href="${href(site, '/nhan-vat/')}">trang nhân vật</a> của họ.</p>
${p.quoteSearchUrl ? quoteSearchForm(site, p.quoteSearchUrl) : ''}
${quoteList(site, p.quotes)}
${pager(site, p)}`;
  }
  const intro = p.kind === 'home' && p.pageNumber === 1 ? timelineSvg(site, model) : volumeSvg(p.volume);
  const entries = p.entries.length
    ? html`<ul class="entries">${p.entries.map((e) => html`<li><a href="${href(site, e.url)}">${e.name}</a> <span class="count">${e.count}</span>${e.note ? html` <span class="note">${e.note}</span>` : ''}</li>`)}</ul>`
    : html``;
  const empty = !p.entries.length && !p.articles.length ? html`<p>Chưa có mục nào.</p>` : html``;
  return html`<h1>${p.heading}</h1>
${p.kind !== 'home' ? html`<p class="lead">${p.description}${p.searchUrl ? html` <a href="${href(site, p.searchUrl)}">Tìm trong các bài này</a>` : ''}${subscribe(site, p)}</p>` : ''}
${intro}
${entries}${empty}
${p.articles.length ? html`<ul class="cards">${p.articles.map((a) => articleCard(site, a, p.kind !== 'home'))}</ul>` : ''}
${pager(site, p)}${p.moreUrl ? html`
<p class="more"><a href="${href(site, p.moreUrl)}">Các bài cũ hơn, theo tháng →</a></p>` : ''}`;
}

/** The other reports of an article's event, with their outlet and date, and the event's page when it has one. */
function storySection(site: SiteMeta, story: NonNullable<SiteArticle['story']>): SafeHtml {
  return html`<section class="story" aria-labelledby="cung-su-kien">
<h2 id="cung-su-kien">Các báo khác cùng đưa tin</h2>
<ul>${story.others.map((o) => html`<li><a href="${href(site, o.url)}">${o.name}</a> <span class="meta">${o.outlet ?? 'Không rõ nguồn'}${o.dateText ? ` · ${o.dateText}` : ''}</span></li>`)}</ul>
${story.url ? html`<p><a href="${href(site, story.url)}">Dòng thời gian của sự kiện</a></p>` : ''}
</section>`;
}

export function articleBody(site: SiteMeta, a: SiteArticle): SafeHtml {
  return html`<article class="article">
<header>
${a.outlet || a.agencies.length ? html`<p class="kicker">${a.outlet ? html`<a href="${href(site, a.outlet.url)}">${a.outlet.name}</a>` : ''}${a.agencies.length ? html`${a.outlet ? ' · ' : ''}Nguồn tin: ${a.agencies.map((g, i) => html`${i ? ', ' : ''}<a href="${href(site, g.url)}">${g.name}</a>`)}` : ''}</p>` : ''}
<h1>${a.title}</h1>
${a.titleDerived ? html`<p class="badge derived">Bài gốc không có tiêu đề; tiêu đề này được trích từ đoạn mở đầu.</p>` : ''}
<p class="meta">${a.fields.author ? html`<span class="byline">${a.fields.author}</span> · ` : ''}${dateLine(a, true)} · ${a.readingMinutes} phút đọc</p>
</header>
<div class="body">
${trusted(a.body.read())}
</div>
${a.captions.length ? html`<section class="captions" aria-labelledby="anh">
<h2 id="anh">Chú thích ảnh</h2>
${a.captions.map((c) => html`<figure><figcaption>${c}</figcaption></figure>`)}
</section>` : ''}
${a.people.length ? html`<section class="people" aria-labelledby="nv">
<h2 id="nv">Nhân vật trong bài</h2>
<ul>${a.people.map((p) => html`<li><a href="${href(site, p.url)}">${p.name}</a>${p.title ? html` – ${p.title}` : ''}${p.quoted ? html` <span class="badge">được trích lời</span>` : ''}</li>`)}</ul>
</section>` : ''}
${a.story ? storySection(site, a.story) : ''}
<footer class="article-footer">
<p>Tệp gốc: <a href="${href(site, a.sourceUrl)}">${a.sourcePath}</a></p>
<nav class="prevnext" aria-label="Bài trước và bài sau">
${a.prev ? html`<a rel="prev" href="${href(site, a.prev.url)}">← ${a.prev.name}</a>` : html`<span></span>`}
${a.next ? html`<a rel="next" href="${href(site, a.next.url)}">${a.next.name} →</a>` : ''}
</nav>
</footer>
</article>`;
}

/**
 * JSON-LD NewsArticle: headline, dates, publisher, credited agencies, the people mentioned, and
 * their words as Quotation parts. The quotes are marked up here, where they were said, and not
 * again on the lists that gather them: there the markup would double each list's weight.
 */
export function articleJsonLd(site: SiteMeta, a: SiteArticle): SafeHtml {
  const quotations = a.people.flatMap((p) => p.quotes.map((q) => ({ '@type': 'Quotation', text: q.text, spokenByCharacter: { '@type': 'Person', name: p.name, url: absolute(site, p.url) } })));
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    inLanguage: 'vi',
    url: absolute(site, a.url),
    ...(a.date ? { datePublished: toRfc3339(a.date) } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet.name } } : {}),
    ...(a.fields.author ? { author: { '@type': 'Person', name: a.fields.author } } : {}),
    ...(a.agencies.length ? { sourceOrganization: a.agencies.map((g) => ({ '@type': 'Organization', name: g.name })) } : {}),
    ...(a.people.length ? { mentions: a.people.map((p) => ({ '@type': 'Person', name: p.name, ...(p.title ? { jobTitle: p.title } : {}), url: absolute(site, p.url) })) } : {}),
    ...(quotations.length ? { hasPart: quotations } : {}),
    wordCount: a.wordCount,
  };
  return html`<script type="application/ld+json">${jsonForScript(data)}</script>`;
}
