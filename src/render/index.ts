import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { heldText, textDigest } from '../text/spool.ts';
import { storyTerms } from '../text/terms.ts';
import type { Article, RenderedArticle, RenderedBody } from '../types.ts';
import { sanitizeMarkdown } from './sanitize.ts';
import { textTree } from './text-tree.ts';

// remark-rehype drops raw HTML unless told otherwise; it is never told otherwise here.
const fromText = unified().use(remarkRehype).use(rehypeStringify);
const fromMarkdown = unified().use(remarkParse).use(sanitizeMarkdown).use(remarkRehype).use(rehypeStringify);

/** The article body as HTML, through remark-rehype and rehype-stringify. */
export function renderBody(article: Article): string {
  if (article.source.format === 'markdown') {
    return String(fromMarkdown.processSync(article.clean.blocks.map((b) => b.text).join('\n\n')));
  }
  const hast = fromText.runSync(textTree(article.clean.blocks)) as HastRoot;
  return fromText.stringify(hast);
}

/** The body as plain text for excerpts and reading time: Markdown's marks are not text ("**đàm phán**"). */
export function plainTextOf(article: Article): string {
  const text = article.clean.blocks.map((b) => b.text).join('\n\n');
  if (article.source.format !== 'markdown') return text;
  return (fromMarkdown.parse(text) as MdastRoot).children.map((node) => toString(node)).filter(Boolean).join('\n\n');
}

/** The opening of an article for lists: whitespace flattened, cut at a word before `max` characters. */
export function excerptOf(text: string, max = 160): string {
  // The opening is enough when, flattened, it is longer than the excerpt: the rest cannot change it.
  const opening = text.slice(0, 2 * max).replace(/\s+/g, ' ').trim();
  const flat = opening.length > max ? opening : text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

/**
 * The body as pages show it: HTML, the excerpt lists show, its words and the terms of its story. It depends on the
 * article alone, so it is kept with it; the plain text it is read from is not kept.
 */
export function renderArticle(article: Article): RenderedBody {
  const plainText = plainTextOf(article);
  const wordCount = plainText.split(/\s+/).filter(Boolean).length;
  return { bodyHtml: renderBody(article), excerpt: excerptOf(plainText), wordCount, terms: storyTerms(article.title, plainText) };
}

/** An article rendered under a slug, its body held in memory. */
export function render(article: Article, slug: string): RenderedArticle {
  const { bodyHtml, ...body } = renderArticle(article);
  return { ...article, ...body, slug, body: heldText(bodyHtml), bodyDigest: textDigest(bodyHtml) };
}
