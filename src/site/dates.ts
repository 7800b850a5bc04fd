import { TZDate } from '@date-fns/tz';
// Single modules, not the indexes: those load all of date-fns and every locale at every start.
import { format } from 'date-fns/format';
import { vi } from 'date-fns/locale/vi';
import { memo } from '../text/memo.ts';
import type { DatePrecision } from '../types.ts';

export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';

/** Vietnam-time date of an ISO text at any precision; missing parts are the first of their unit. */
export function toDate(iso: string): TZDate {
  const [datePart, timePart] = iso.split('T');
  const [y, m = '1', d = '1'] = datePart!.split('-');
  const [hh = '0', mm = '0'] = (timePart ?? '').split(':');
  return new TZDate(+y!, +m - 1, +d, +hh || 0, +mm || 0, VIETNAM_TZ);
}

/**
 * Each article's date is shown on many pages (its own, lists, people, feed, sitemap), and time
 * zone arithmetic is not cheap: every text is computed once per build, remembered by `memo`
 * under its ISO text and precision.
 */
function once(f: (iso: string, precision: DatePrecision) => string): (iso: string, precision: DatePrecision) => string {
  const remembered = memo((key) => f(key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1) as DatePrecision));
  return (iso, precision) => remembered(`${iso}|${precision}`);
}

/** One date object per ISO text, shared by the formats below. */
const dateOf = memo(toDate);

/**
 * A time of day written plainly ("2021-12-27T15:35", seconds optional), from 1980, well after
 * Vietnam began keeping one offset all day, every day (1975; no summer time): its texts are its day's with
 * its hours and minutes as written. Every article has a time of its own, so the time zone is worked
 * out once a day instead of once an article; any other text takes the full path.
 */
const PLAIN_TIME = /^((?:19[89]\d|2\d{3})-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** "Thứ Hai, 27 tháng 12, 2021 15:35", "tháng 1, 2022", "2022": as much as is known. */
export const formatDateVi = once((iso: string, precision: DatePrecision): string => {
  const plain = PLAIN_TIME.exec(iso);
  if (plain && (precision === 'minute' || precision === 'second')) return `${formatDateVi(plain[1]!, 'day')} ${plain[2]}:${plain[3]}`;
  const d = dateOf(iso);
  switch (precision) {
    // "tháng 1", not the locale's "tháng 01".
    case 'second':
    case 'minute': return format(d, "EEEE, d 'tháng' M, yyyy HH:mm", { locale: vi });
    case 'day': return format(d, "EEEE, d 'tháng' M, yyyy", { locale: vi });
    case 'month': return `tháng ${format(d, 'M, yyyy', { locale: vi })}`;
    case 'year': return format(d, 'yyyy', { locale: vi });
  }
});

/** "27/12/2021": for compact lists. */
export const formatShortVi = once((iso: string, precision: DatePrecision): string => {
  const plain = PLAIN_TIME.exec(iso);
  if (plain && precision !== 'year' && precision !== 'month') return formatShortVi(plain[1]!, 'day');
  const d = dateOf(iso);
  if (precision === 'year') return format(d, 'yyyy');
  if (precision === 'month') return format(d, 'MM/yyyy');
  return format(d, 'dd/MM/yyyy');
});

/** The Vietnam offset on a day ("+07:00"). */
const offsetOn = memo((day: string): string => format(dateOf(day), 'XXX'));

/** RFC 3339 with the Vietnam offset, for feeds, sitemaps and JSON-LD. */
export const toRfc3339 = memo((iso: string): string => {
  const plain = PLAIN_TIME.exec(iso);
  if (plain) return `${plain[1]}T${plain[2]}:${plain[3]}:${plain[4] ?? '00'}${offsetOn(plain[1]!)}`;
  return format(dateOf(iso), "yyyy-MM-dd'T'HH:mm:ssXXX");
});
