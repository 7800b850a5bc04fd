/**
 * The data that flows between the pipeline's stages:
 * ingest -> clean -> extract -> render -> site -> index.
 * Every stage takes one of these and returns the next; nothing else crosses a stage boundary.
 */

/** A problem found in one input file; `line` is 1-based in the file as read, when it applies. */
export interface Diagnostic {
  file: string;
  line?: number;
  rule: string;
  severity: 'warning' | 'error';
  message: string;
}

/** What a maintainer may set in a Markdown file's YAML front matter; it always wins over extraction. */
export interface MaintainerMeta {
  title?: string;
  date?: string;
  outlet?: string;
  agencies?: string[];
  slug?: string;
}

/** One input file after decoding and front-matter parsing (output of ingest). */
export interface SourceDocument {
  /** Path relative to the seeds folder, with `/` separators. */
  path: string;
  format: 'text' | 'markdown';
  /** The body's lines, NFC, without the front matter or the crawler's pseudo front matter. */
  lines: string[];
  /** 1-based line number in the file of `lines[0]`. */
  firstLine: number;
  meta: MaintainerMeta;
  /** The crawler's pseudo front matter (` date 2022-01` glued to the first line). */
  crawlDate: string | null;
  /** SHA-256 of the file's bytes, for caching and duplicate detection. */
  hash: string;
  diagnostics: Diagnostic[];
}

/** A line that cleaning took out of the body, and the rule that took it. */
export interface Removal {
  line: number;
  text: string;
  rule: string;
}

/** A paragraph or subheading of the article, with the file line it came from. */
export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
  line: number;
}

/** Output of clean: the article's own text, and what surrounded it. */
export interface CleanDocument {
  source: SourceDocument;
  blocks: Block[];
  captions: { text: string; line: number }[];
  /** The headline the page shows above the body, if the text has one. */
  headline: { text: string; line: number } | null;
  /** Timestamps and datelines from the article's header (never from teasers or lists). */
  datelines: { text: string; line: number }[];
  /** Lines of the page header that name the publisher (masthead, aggregator source lines). */
  mastheads: { text: string; line: number }[];
  removed: Removal[];
}

export type DatePrecision = 'minute' | 'day' | 'month' | 'year';

export interface Quote {
  text: string;
  direct: boolean;
}

export interface Official {
  name: string;
  title: string | null;
  quoted: boolean;
  quotes: Quote[];
}

/** Output of extract: everything the site shows about one article. */
export interface Article {
  source: SourceDocument;
  clean: CleanDocument;
  title: string | null;
  titleDerived: boolean;
  /** ISO 8601 at the known precision, Vietnam local time: "2021-12-27T15:35", "2021-12-27", "2022-01". */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean;
  dateEvidence: string | null;
  outlet: string | null;
  agencies: string[];
  officials: Official[];
}

/** The `extract` command's contract: one of these per file, printed as JSON (field order as printed). */
export type ExtractRecord = { file: string }
  & Pick<Article, 'title' | 'titleDerived' | 'date' | 'datePrecision' | 'dateInferred' | 'dateEvidence' | 'outlet' | 'agencies' | 'officials'>
  & { body: string[]; captions: string[]; removed: Removal[] };

/** Output of render: an article with its body as HTML, ready for the site. */
export interface RenderedArticle extends Article {
  slug: string;
  bodyHtml: string;
  /** Plain text of the body, for excerpts, reading time and the search index. */
  plainText: string;
  wordCount: number;
}

/** A file that did not become an article, and why. */
export interface Rejection {
  file: string;
  reason: string;
  line?: number;
}
