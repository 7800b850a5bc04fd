/**
 * What a story is about, as terms an archive can compare across outlets: the pairs of syllables
 * (most Vietnamese words are two) of its headline and lead, and its names and figures alone,
 * each hashed to 32 bits. Function syllables make no pair. The lead is where news says who did
 * what, where and when; the paragraphs after it are where reports of different events share
 * background, often word for word.
 */
import { hashOf } from './cuts.ts';
import { VIETNAMESE_STOPWORDS } from './stopwords.ts';

/** Syllables of the body read after the headline, at most. */
export const OPENING_SYLLABLES = 120;
/** The body is read paragraph by paragraph until this many syllables: the lead, which says what happened. */
export const LEAD_SYLLABLES = 30;

const NAME = /^\p{Lu}/u;
const FIGURE = /^\p{N}{2,}$/u;
const SYLLABLE_BREAK = /[^\p{L}\p{N}]+/u;

/** The terms of a headline and a body's text, sorted, each once. */
export function storyTerms(title: string | null, text: string): number[] {
  const syllables = (s: string) => s.normalize('NFC').split(SYLLABLE_BREAK).filter(Boolean);
  const lead: string[] = [];
  for (const paragraph of text.slice(0, OPENING_SYLLABLES * 12).split(/\n\s*\n/)) {
    if (lead.length >= LEAD_SYLLABLES) break;
    lead.push(...syllables(paragraph));
  }
  const words = [...syllables(title ?? ''), ...lead.slice(0, OPENING_SYLLABLES)];
  const terms = new Set<number>();
  let previous: string | null = null;
  for (const word of words) {
    const lower = word.toLowerCase();
    const stop = VIETNAMESE_STOPWORDS.has(lower);
    // A name ("Lavrov", "Geneva") or a figure ("2022", "68") stands for itself.
    if ((NAME.test(word) && !stop && lower.length > 2) || FIGURE.test(word)) terms.add(hashOf(`1 ${lower}`));
    if (previous !== null && !(stop && VIETNAMESE_STOPWORDS.has(previous))) terms.add(hashOf(`2 ${previous} ${lower}`));
    previous = lower;
  }
  return [...terms].sort((a, b) => a - b);
}
