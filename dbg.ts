import { materialFrom, synthesize } from './scripts/bench/corpus.ts';
const m = await materialFrom('seeds');
console.log(m.paragraphs.length, m.chrome.length);
console.log(synthesize(4, m));
