import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateVi, formatShortVi, toRfc3339 } from '../../src/site/dates.ts';

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
});
