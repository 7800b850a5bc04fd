import { evidence, type FieldExtractor } from './field.ts';
import { wordCount } from '../text/patterns.ts';

/** Intro phrases that precede a lead's main clause ("Cùng ngày, ...", "Trong khi đó, ..."). */
const INTRO = /^(?:(?:trong khi đó|cùng ngày|cũng trong ngày|trước đó|sau đó|tuy nhiên|theo đó|ngoài ra|mặt khác|về phía [^,]{1,30}|về phần mình|ngày [\d/-]+|hôm [\d/-]+|sáng [\d/-]+|chiều [\d/-]+|tối [\d/-]+|theo [^,]{1,40}),\s*)+/iu;
/** A self-reference that opens a lead: "Kinhtedothi - ", "(Dân trí) - ", "TTO - ". */
export const LEAD_PREFIX = /^\(?([\p{L}\p{N}.&+]+(?:\s[\p{L}\p{N}.&+]+){0,3})\)?\s*[-–—]{1,2}(?:\s+|(?=[\p{Lu}"“]))/u;

/** A headline written from the lead when the page has none: its main clause, cut at a word. */
export function deriveTitle(lead: string, maxChars = 100): string | null {
  let text = lead.replace(LEAD_PREFIX, '').replace(INTRO, '').trim();
  const sentenceEnd = text.search(/[.!?](?:\s|$)/);
  if (sentenceEnd > 0) text = text.slice(0, sentenceEnd);
  text = text.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length > maxChars) {
    const cut = text.slice(0, maxChars);
    const comma = cut.lastIndexOf(',');
    text = comma > maxChars * 0.5 ? cut.slice(0, comma) : cut.slice(0, cut.lastIndexOf(' ')) + '…';
  }
  if (wordCount(text) < 3) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The headline: front matter, else the page's headline line, else one written from the lead (marked derived). */
export const titleField: FieldExtractor<'title' | 'titleDerived'> = {
  fields: ['title', 'titleDerived'],
  compile: () => ({ doc, lead }) => {
    const meta = doc.source.meta.title;
    if (meta) return { values: { title: meta, titleDerived: false }, evidence: evidence(doc, 'front-matter', 'the maintainer\'s front matter', { text: meta }) };
    if (doc.headline) return { values: { title: doc.headline.text, titleDerived: false }, evidence: evidence(doc, 'headline', 'the headline line of the page', doc.headline) };
    const derived = lead ? deriveTitle(lead) : null;
    return {
      values: { title: derived, titleDerived: derived !== null },
      evidence: derived ? evidence(doc, 'derived-title', 'no headline on the page: written from the lead\'s main clause', { text: lead! }) : null,
    };
  },
};
