/**
 * The archive's extracted records as files researchers take into their own tools (`/du-lieu/`):
 * one row per article and one per quote, each as JSON Lines and as CSV. The columns are data: a
 * new column is one entry in its table, and the page describing the files reads the same tables.
 */
import { html, type SafeHtml } from '../text/html.ts';
import { absolute, href, page, type SiteMeta } from './layout.ts';
import type { SiteArticle, SiteModel } from './shapes.ts';

export const DATA_URL = '/du-lieu/';

type Cell = string | number | boolean | null | string[];

/** A column: its name in both files, what it holds for a reader, and its value in a row. */
export interface DataColumn<T> { name: string; about: string; value: (row: T, site: SiteMeta) => Cell }

/** A quote with the article it was said in. */
export interface QuoteRow { article: SiteArticle; speaker: SiteArticle['people'][number]; text: string; direct: boolean }

export const ARTICLE_COLUMNS: DataColumn<SiteArticle>[] = [
  { name: 'file', about: 'Đường dẫn của tệp gốc trong thư mục bài (seeds/).', value: (a) => a.sourcePath },
  { name: 'url', about: 'Địa chỉ trang bài trong kho.', value: (a, site) => absolute(site, a.url) },
  { name: 'title', about: 'Tiêu đề.', value: (a) => a.title },
  { name: 'title_derived', about: 'true khi bài gốc không có tiêu đề và tiêu đề được trích từ đoạn mở đầu.', value: (a) => a.titleDerived },
  { name: 'date', about: 'Ngày đăng theo giờ Việt Nam, ISO 8601, chỉ chính xác đến mức ở cột date_precision; trống khi chưa rõ.', value: (a) => a.date },
  { name: 'date_precision', about: 'Độ chính xác của ngày: minute, day, month hoặc year.', value: (a) => a.datePrecision },
  { name: 'date_inferred', about: 'true khi bài không ghi ngày đăng và ngày được suy ra từ những ngày bài nhắc tới.', value: (a) => a.dateInferred },
  { name: 'date_evidence', about: 'Căn cứ của ngày: dòng hay trường của bài cho biết nó.', value: (a) => a.dateEvidence },
  { name: 'outlet', about: 'Tờ báo đăng bài, khi bài hoặc người duy trì kho cho biết.', value: (a) => a.outlet?.name ?? null },
  { name: 'agencies', about: 'Các hãng tin, cơ quan báo chí được bài dẫn nguồn.', value: (a) => a.agencies.map((g) => g.name) },
  { name: 'people', about: 'Các quan chức được nhắc đến, theo tên trên trang nhân vật của họ.', value: (a) => a.people.map((p) => p.name) },
  { name: 'author', about: 'Tác giả bài, khi bài ký tên.', value: (a) => a.fields.author },
  { name: 'word_count', about: 'Số từ (âm tiết) của bài.', value: (a) => a.wordCount },
];

export const QUOTE_COLUMNS: DataColumn<QuoteRow>[] = [
  { name: 'speaker', about: 'Người phát ngôn, theo tên trên trang nhân vật.', value: (q) => q.speaker.name },
  { name: 'speaker_title', about: 'Chức vụ của người phát ngôn trong bài.', value: (q) => q.speaker.title },
  { name: 'quote', about: 'Lời phát ngôn.', value: (q) => q.text },
  { name: 'direct', about: 'true khi là lời trích nguyên văn (trong ngoặc kép), false khi là lời thuật lại.', value: (q) => q.direct },
  { name: 'date', about: 'Ngày đăng của bài có lời này.', value: (q) => q.article.date },
  { name: 'article_url', about: 'Địa chỉ trang bài có lời này.', value: (q, site) => absolute(site, q.article.url) },
];

/** Every quote of the archive, newest article first, in the order of the people of each article. */
export function* quoteRows(articles: Iterable<SiteArticle>): Generator<QuoteRow> {
  for (const article of articles) for (const speaker of article.people) for (const q of speaker.quotes) yield { article, speaker, text: q.text, direct: q.direct };
}

/** Rows as JSON Lines: one object a line, keys in column order. */
export function* jsonLines<T>(rows: Iterable<T>, columns: DataColumn<T>[], site: SiteMeta): Generator<string> {
  for (const row of rows) yield `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, c.value(row, site)])))}\n`;
}

/**
 * A CSV cell (RFC 4180). A list is joined by "; ". A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @) begins with an apostrophe: the JSON Lines keep the text as it is.
 */
export function csvCell(value: Cell): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with a header, lines ended by CRLF; a byte-order mark first, so spreadsheets read the file as UTF-8. */
export function* csvLines<T>(rows: Iterable<T>, columns: DataColumn<T>[], site: SiteMeta): Generator<string> {
  yield `\uFEFF${columns.map((c) => c.name).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((c) => csvCell(c.value(row, site))).join(',')}\r\n`;
}

/**
 * A data file: its path in the site, what it holds, and its lines. Every file is gzipped: the
 * quotes of a large archive weigh more than its pages, and any tool opens a .gz.
 */
export interface DataFile { path: string; about: string; lines: () => Iterable<string> }

export function dataFiles(site: SiteMeta, model: SiteModel): DataFile[] {
  const articles = () => model.articles;
  const quotes = () => quoteRows(model.articles);
  return [
    { path: `${DATA_URL}bai-viet.jsonl.gz`, about: 'Các bài, mỗi dòng một bài (JSON Lines).', lines: () => jsonLines(articles(), ARTICLE_COLUMNS, site) },
    { path: `${DATA_URL}bai-viet.csv.gz`, about: 'Các bài, mỗi dòng một bài (CSV).', lines: () => csvLines(articles(), ARTICLE_COLUMNS, site) },
    { path: `${DATA_URL}phat-ngon.jsonl.gz`, about: 'Các phát ngôn, mỗi dòng một lời (JSON Lines).', lines: () => jsonLines(quotes(), QUOTE_COLUMNS, site) },
    { path: `${DATA_URL}phat-ngon.csv.gz`, about: 'Các phát ngôn, mỗi dòng một lời (CSV).', lines: () => csvLines(quotes(), QUOTE_COLUMNS, site) },
  ];
}

function columnTable<T>(caption: string, columns: DataColumn<T>[]): SafeHtml {
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Cột</th><th scope="col">Ý nghĩa</th></tr></thead>
<tbody>${columns.map((c) => html`<tr><th scope="row"><code>${c.name}</code></th><td>${c.about}</td></tr>`)}</tbody>
</table>`;
}

/** The page describing the data files, with how many rows each holds. */
export function dataPageHtml(site: SiteMeta, model: SiteModel): string {
  let quotes = 0;
  for (const _ of quoteRows(model.articles)) quotes++;
  const files = dataFiles(site, model);
  const body = html`<h1>Dữ liệu của kho</h1>
<p class="lead">Toàn bộ thông tin trích từ các bài trong kho, để đưa vào công cụ của riêng bạn: ${model.articles.length} bài và ${quotes} phát ngôn.</p>
<ul class="entries">${files.map((f) => html`<li><a href="${href(site, f.path)}" download>${f.path.slice(DATA_URL.length)}</a> <span class="note">${f.about}</span></li>`)}</ul>
<p>Các tệp được nén gzip (mở bằng <code>gunzip</code>, 7-Zip hay trực tiếp trong pandas, R). Tệp JSON Lines giữ nguyên văn bản; trong tệp CSV (UTF-8, dấu phẩy), các danh sách được nối bằng “; ” và ô bắt đầu bằng =, +, - hoặc @ có thêm dấu ' ở đầu để bảng tính không chạy nó như công thức. Ô trống là chưa rõ.</p>
<h2>Các trường</h2>
${columnTable('Tệp bài viết (bai-viet.jsonl.gz, bai-viet.csv.gz)', ARTICLE_COLUMNS)}
${columnTable('Tệp phát ngôn (phat-ngon.jsonl.gz, phat-ngon.csv.gz)', QUOTE_COLUMNS)}`;
  return page({ site, url: DATA_URL, title: 'Dữ liệu của kho', description: 'Dữ liệu trích từ các bài trong kho, dạng JSON Lines và CSV.', body });
}
