import { searchScript } from '../index/index.ts';
import { html, trusted, type SafeHtml } from '../text/html.ts';

export interface SiteMeta {
  title: string;
  description: string;
  baseUrl: string;
  pathPrefix: string;
}

export interface PageInput {
  site: SiteMeta;
  /** Path of the page without the prefix, e.g. "/bai-viet/x/". */
  url: string;
  title: string;
  description: string;
  body: SafeHtml;
  /** This page's own Atom feed, linked beside the site's. */
  feedUrl?: string | null;
  /** Extra <head> markup made by this code (JSON-LD, Open Graph type). */
  head?: SafeHtml;
  ogType?: 'website' | 'article';
  /** Pages that are not in the search index nor in sitemaps. */
  noindex?: boolean;
  /** The search page loads Pagefind's UI eagerly. */
  searchPage?: boolean;
}

/** A site path with the configured prefix: "/archive/" + "bai-viet/x/". */
export function href(site: SiteMeta, path: string): string {
  const prefix = site.pathPrefix.endsWith('/') ? site.pathPrefix : `${site.pathPrefix}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The file a page's path is written to: "index.html" in a folder ("/nguon/x/"), else the path itself ("/nguon/x/feed.xml"). */
export function fileOf(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}

export function absolute(site: SiteMeta, path: string): string {
  return site.baseUrl.replace(/\/+$/, '') + href(site, path);
}

/**
 * No inline script may run: scripts come only from this site, WebAssembly is allowed for the
 * search index, and nothing loads from another host. It holds no character HTML escapes inside
 * an attribute, so it is written as it is (on every page, escaping its quotes cost 80 bytes).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'";

export function page(p: PageInput): string {
  const { site } = p;
  const fullTitle = p.url === '/' ? site.title : `${p.title} – ${site.title}`;
  const canonical = absolute(site, p.url);
  const doc = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trusted(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<title>${fullTitle}</title>
<meta name="description" content="${p.description}">
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}">
<meta property="og:type" content="${p.ogType ?? 'website'}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="vi_VN">
<meta name="twitter:card" content="summary">
${p.noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${href(site, '/assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${href(site, '/assets/style.css')}">
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${href(site, '/feed.xml')}">
${p.feedUrl ? html`<link rel="alternate" type="application/atom+xml" title="${p.title}" href="${href(site, p.feedUrl)}">
` : ''}${p.head ?? ''}
${searchScript((path) => href(site, path), p.searchPage === true)}
</head>
<body>
<a class="skip" href="#noi-dung">Chuyển đến nội dung chính</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="${href(site, '/')}">${site.title}</a>
<nav aria-label="Điều hướng chính">
<ul>
<li><a href="${href(site, '/')}">Mới nhất</a></li>
<li><a href="${href(site, '/thang/')}">Theo tháng</a></li>
<li><a href="${href(site, '/nguon/')}">Nguồn báo</a></li>
<li><a href="${href(site, '/hang-tin/')}">Hãng tin</a></li>
<li><a href="${href(site, '/nhan-vat/')}">Nhân vật</a></li>
<li><a href="${href(site, '/phat-ngon/')}">Phát ngôn</a></li>
<li><a href="${href(site, '/su-kien/')}">Sự kiện</a></li>
</ul>
</nav>
<div class="site-search">
<form action="${href(site, '/tim-kiem/')}" method="get" role="search">
<label for="q-header" class="visually-hidden">Tìm kiếm trong kho lưu trữ</label>
<input id="q-header" name="q" type="search" placeholder="Tìm bài, nhân vật, sự kiện…" autocomplete="off">
<button type="submit">Tìm</button>
</form>
<div class="search-drawer" hidden></div>
</div>
</div>
</header>
<main id="noi-dung" tabindex="-1">
<div class="wrap">
${p.body}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<p>${site.description}</p>
<p><a href="${href(site, '/feed.xml')}">Nguồn tin Atom</a> · <a href="${href(site, '/du-lieu/')}">Dữ liệu</a> · <a href="${href(site, '/bao-cao/')}">Báo cáo xây dựng</a> · <a href="${href(site, '/sitemap.xml')}">Sơ đồ trang</a></p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
