/**
 * A synthetic archive made deterministically from the seeds: their article paragraphs
 * recombined, with dates, outlets, people and page chrome varied, so every stage of the
 * pipeline does the work it does on real crawls. The same (count, seed) gives the same files.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clean } from '../../src/clean/index.ts';
import { ingestBytes } from '../../src/ingest/index.ts';

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusMaterial {
  paragraphs: string[];
  chrome: string[];
}

/** The article paragraphs and the removed chrome lines of the seeds, as the pipeline sees them. */
export async function materialFrom(seedsDir: string): Promise<CorpusMaterial> {
  const paragraphs: string[] = [];
  const chrome: string[] = [];
  for (const f of (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = ingestBytes(f, await readFile(join(seedsDir, f)));
    if ('reason' in doc) continue;
    const c = clean(doc);
    paragraphs.push(...c.blocks.filter((b) => b.kind === 'paragraph' && b.text.split(' ').length > 12).map((b) => b.text));
    chrome.push(...c.removed.filter((r) => r.rule !== 'headline').map((r) => (r.text ?? '').trim()).filter(Boolean));
  }
  return { paragraphs, chrome };
}

const OUTLETS = [
  { masthead: ['Logo', 'Đăng ký ấn phẩm|Đăng nhập'], lead: 'Kinhtedothi - ' },
  { masthead: ['Dân trí', 'Thế giới'], lead: '(Dân trí) - ' },
  { masthead: ['VOV.VN'], lead: 'VOV.VN - ' },
  { masthead: ['Đăng nhập | Đăng ký', 'Trang chủ > Thế giới'], lead: 'TTO - ' },
  { masthead: ['Thế giới 24h'], lead: '' },
  { masthead: [], lead: '' },
];
const PEOPLE = [
  ['Ngoại trưởng Nga', 'Sergey Lavrov'], ['Ngoại trưởng Mỹ', 'Antony Blinken'], ['Tổng thư ký NATO', 'Jens Stoltenberg'],
  ['Thủ tướng Đức', 'Olaf Scholz'], ['Tổng thống Pháp', 'Emmanuel Macron'], ['Thủ tướng Anh', 'Boris Johnson'],
  ['Bộ trưởng Quốc phòng Mỹ', 'Lloyd Austin'], ['Tổng thống Ukraine', 'Volodymyr Zelensky'], ['Thủ tướng', 'Phạm Minh Chính'],
  ['Bộ trưởng Ngoại giao', 'Bùi Thanh Sơn'], ['Chủ tịch Ủy ban châu Âu', 'Ursula von der Leyen'], ['Tổng thống Thổ Nhĩ Kỳ', 'Recep Tayyip Erdogan'],
];
const VERBS = ['cho biết', 'nhấn mạnh', 'tuyên bố', 'khẳng định', 'cảnh báo'];
const TOPICS = ['an ninh châu Âu', 'kiểm soát vũ khí', 'hợp tác kinh tế', 'giá năng lượng', 'tình hình Ukraine', 'thương mại song phương', 'biến đổi khí hậu', 'an ninh hàng hải'];
const PLACES = ['Geneva', 'Brussels', 'Moskva', 'Washington', 'Hà Nội', 'Vienna', 'Berlin', 'Paris'];

const pad = (n: number) => String(n).padStart(2, '0');
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 3653;
/** The last day the corpus spans: a day's new articles are dated so. */
export const LAST_DAY = new Date(FIRST_DAY + (DAYS - 1) * 86_400_000);

/** One article page as a crawler would save it. */
export function synthesize(i: number, m: CorpusMaterial, on?: Date): string {
  const r = prng(0x5eed + i * 7919);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const outlet = OUTLETS[i % OUTLETS.length]!;
  // A decade of news, as an archive that has grown for years holds.
  const spread = new Date(FIRST_DAY + Math.floor(r() * DAYS) * 86_400_000);
  const day = on ?? spread;
  const date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
  const time = `${pad(6 + Math.floor(r() * 16))}:${pad(Math.floor(r() * 60))}`;
  const [title, person] = pick(PEOPLE);
  const topic = pick(TOPICS), place = pick(PLACES);
  const headline = `${person} ${pick(VERBS)} về ${topic} tại ${place} (${i + 1})`;
  const lead = `${outlet.lead}${title} ${person} ngày ${day.getUTCDate()}/${day.getUTCMonth() + 1} ${pick(VERBS)} rằng các bên cần nối lại đối thoại về ${topic}, trong bối cảnh căng thẳng gia tăng tại ${place} và số ${i + 1} cuộc tiếp xúc.`;
  const body = [lead];
  const count = 3 + Math.floor(r() * 7);
  for (let k = 0; k < count; k++) body.push(pick(m.paragraphs));
  const lines: string[] = [...outlet.masthead, ''];
  if (i % 6 === 4) lines.push(`${date} ${time}${headline}`);
  else if (i % 6 !== 5) lines.push(headline, '', `${date} ${time} (GMT+7)`);
  lines.push('');
  for (const [k, p] of body.entries()) {
    lines.push(p, '');
    if (k === 1 && r() < 0.5) lines.push(`${title} ${person}. Ảnh: ${pick(['Reuters', 'TTXVN', 'AFP'])}`, '');
  }
  lines.push(pick(['(Reuters, AFP)', 'Theo TTXVN', '(TASS)', 'Minh Anh', 'Hồng Hạnh']), '', 'Chia sẻ', 'Đọc nhiều');
  for (let k = 0; k < 3; k++) lines.push(pick(m.chrome));
  lines.push('Tin mới', 'Các nước thúc đẩy hợp tác', '', 'Các nước thúc đẩy hợp tác', '', `${pad(1 + Math.floor(r() * 28))}/01/2025 | 09:24`, '', pick(m.paragraphs));
  return lines.join('\n') + '\n';
}

/**
 * Writes `count` articles into `dir`, 1,000 to a folder as large crawls are kept; `from` numbers
 * them after articles already written, `on` dates them all that day (a day's new articles).
 */
export async function writeCorpus(dir: string, count: number, m: CorpusMaterial, more: { from?: number; on?: Date } = {}): Promise<string[]> {
  const written: string[] = [];
  for (let i = more.from ?? 0; i < (more.from ?? 0) + count; i++) {
    const folder = join(dir, `lo-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0 || i === more.from) await mkdir(folder, { recursive: true });
    const file = join(folder, `bai-${String(i).padStart(6, '0')}.txt`);
    await writeFile(file, synthesize(i, m, more.on));
    written.push(file);
  }
  return written;
}
