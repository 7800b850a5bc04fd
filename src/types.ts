/**
 * The data that flows between the pipeline's stages:
 * ingest -> clean -> extract -> render -> site -> index.
 * Every stage takes one of these and returns the next; nothing else crosses a stage boundary.
 */

/**
 * Everything the build says about a file, in one shape: a rejection (`error`), a warning, a line
 * cleaning removed or the evidence of an extracted field (`info`). The report, the console and
 * `extract` all print from it (see messageLine and removalView).
 */
export interface Message {
  /** Path relative to the seeds folder, with `/` separators. */
  file: string;
  /** 1-based line in the file as read, when the message is about one line. */
  line?: number;
  /** The rule, pattern or source that decided (a rule name of the clean stage, "front-matter"...). */
  rule: string;
  /** Why, in plain words a maintainer can act on. */
  reason: string;
  severity: 'info' | 'warning' | 'error';
  /** The words the message is about: the removed line, the text a field was read from. */
  text?: string;
}

/** What a maintainer may set in a Markdown file's YAML front matter; it always wins over extraction. */
export interface MaintainerMeta {
  title?: string;
  date?: string;
  outlet?: string;
  agencies?: string[];
  author?: string;
  slug?: string;
}

/** The front matter keys read, and their kind: a new key is one line here and one in MaintainerMeta. */
export const META_KEYS: Record<keyof MaintainerMeta, 'text' | 'list'> = {
  title: 'text', date: 'text', outlet: 'text', agencies: 'list', author: 'text', slug: 'text',
};

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
  /** What ingest noticed (invalid bytes, front matter problems): warnings. */
  diagnostics: Message[];
}

/** A paragraph or subheading of the article, with the file line it came from. */
export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
  line: number;
}

/** A line cleaning set apart by its role (a caption, a dateline...), as readers would see it. */
export interface MarkedLine { text: string; line: number; }

/** Output of clean: the article's own text, and what surrounded it. */
export interface CleanDocument {
  source: SourceDocument;
  blocks: Block[];
  /** The headline the page shows above the body, if the text has one. */
  headline: MarkedLine | null;
  /** Photo captions: they belong to the article but not to its running text. */
  captions: MarkedLine[];
  /** Timestamps and datelines from the article's header (never from teasers or lists). */
  datelines: MarkedLine[];
  /** Lines of the page header that name the publisher (masthead, aggregator source lines). */
  mastheads: MarkedLine[];
  /** Author boxes of the page header ("Tác giả: Hải An"). */
  bylines: MarkedLine[];
  /** Every line taken out of the body, with the rule that took it (severity "info", `text` the line). */
  removed: Message[];
}

export type DatePrecision = 'second' | 'minute' | 'day' | 'month' | 'year';

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

/** What extraction finds in an article; each field comes from one module of src/extract/. */
export interface ArticleFields {
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
  /** The byline: the reporter or desk that wrote the article ("Thanh Hảo", "Nhóm PV"). */
  author: string | null;
}

/** Output of extract: everything the site shows about one article. */
export interface Article extends ArticleFields {
  source: SourceDocument;
  clean: CleanDocument;
  /** Where each field was read (rule, line, text), for the fields that were found. */
  evidence: Partial<Record<keyof ArticleFields, Message>>;
}

/** The `extract` command's contract: one of these per file, printed as JSON (field order as printed). */
export type ExtractRecord = { file: string } & Partial<ArticleFields>
  & { body: string[]; captions: string[]; removed: RemovalView[] };

/** A removed line as `extract` and the build report print it. */
export interface RemovalView { line: number; text: string; rule: string; }

/** Output of render: an article's body as pages show it. */
export interface RenderedBody {
  bodyHtml: string;
  /** The body's opening for lists and descriptions: whitespace flattened, cut at a word. */
  excerpt: string;
  wordCount: number;
  /** What the story is about, as hashed terms of its headline and opening (text/terms.ts), for finding other reports of its event. */
  terms: number[];
}

/** An article with its body rendered, as the prepare stage hands it on (and the cache keeps it). */
export interface PreparedArticle extends Article, RenderedBody {}

/** A text that may wait outside memory until it is read (src/text/spool.ts). */
export interface StoredText {
  read(): string;
}

/**
 * An article ready for the site: under a slug unique in the archive, its body stored until its
 * page and search document are written (a large archive's bodies do not fit in memory at once).
 */
export interface RenderedArticle extends Omit<PreparedArticle, 'bodyHtml'> {
  slug: string;
  body: StoredText;
  /** A digest of the body's HTML: what the body is, known without reading it (textDigest in text/spool.ts). */
  bodyDigest: string;
}

