import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { vi } from 'date-fns/locale/vi';
import { formatDateVi, formatShortVi, toRfc3339, VIETNAM_TZ } from '../../src/site/dates.ts';

describe('site: dates', () => {
  it('writes each precision the Vietnamese way, in Vietnam time', () => {
    assert.equal(formatDateVi('2021-12-27T15:35', 'minute'), 'Thứ Hai, 27 tháng 12, 2021 15:35');
    assert.equal(formatDateVi('2021-12-27', 'day'), 'Thứ Hai, 27 tháng 12, 2021');
    assert.equal(formatDateVi('2022-01', 'month'), 'tháng 1, 2022');
    assert.equal(formatDateVi('2022', 'year'), '2022');
    assert.equal(formatShortVi('2021-12-27T15:35', 'minute'), '27/12/2021');
    assert.equal(formatShortVi('2022-01', 'month'), '01/2022');
  });

  it('gives the same instant with the Vietnam offset to feeds, whatever the date was first formatted as', () => {
    assert.equal(formatDateVi('2021-12-31T23:30', 'minute'), 'Thứ Sáu, 31 tháng 12, 2021 23:30');
    assert.equal(toRfc3339('2021-12-31T23:30'), '2021-12-31T23:30:00+07:00');
    assert.equal(toRfc3339('2022-01'), '2022-01-01T00:00:00+07:00');
  });

  it('writes every time as date-fns does in Vietnam time, from the 1950s to the 2030s, at every hour', () => {
    for (let i = 0; i < 3000; i++) {
      // Minutes spread over eighty years, each hour and minute of the day in turn.
      const t = Date.UTC(1955, 0, 1) + i * 9_999_991 * 60_000 % (80 * 365 * 86_400_000);
      const iso = new Date(t).toISOString().slice(0, 16);
      const [y, m, d, hh, mm] = iso.split(/[-T:]/).map(Number) as [number, number, number, number, number];
      const at = new TZDate(y, m - 1, d, hh, mm, VIETNAM_TZ);
      assert.equal(formatDateVi(iso, 'minute'), format(at, "EEEE, d 'tháng' M, yyyy HH:mm", { locale: vi }), iso);
      assert.equal(formatShortVi(iso, 'minute'), format(at, 'dd/MM/yyyy'), iso);
      assert.equal(toRfc3339(iso), format(at, "yyyy-MM-dd'T'HH:mm:ssXXX"), iso);
    }
    assert.equal(toRfc3339('2021-12-27T15:35:42'), '2021-12-27T15:35:42+07:00');
  });
});
