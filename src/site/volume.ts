/** "2024-03" as readers write a month: "3/2024". */
export function monthName(month: string): string {
  return `${+month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** Articles per month of a list (an outlet, an agency, a person), every month of its span counted, none skipped. */
export interface MonthCount { month: string; count: number }

export function monthlyVolume(articles: Iterable<{ month: string | null }>): MonthCount[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.month) counts.set(a.month, (counts.get(a.month) ?? 0) + 1);
  if (!counts.size) return [];
  const months = [...counts.keys()].sort();
  const [y0, m0] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  const out: MonthCount[] = [];
  for (let i = 0; ; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12), m = ((m0 - 1 + i) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month === last) return out;
  }
}
