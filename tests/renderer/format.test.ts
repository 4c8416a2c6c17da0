import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPeriod, formatShortDate } from '../../renderer/map/format.ts';

describe('card and toolbar formats', () => {
  it('writes money compactly in the plan currency, and a code it cannot format as code and number', () => {
    expect(formatMoney(1_200_000, 'USD')).toBe('$1.2M');
    expect(formatMoney(450_000, 'EUR')).toBe('€450K');
    expect(formatMoney(450_000, 'EUR')).toBe('€450K');
    expect(formatMoney(5, 'not a currency')).toBe('not a currency 5');
    expect(formatMoney(null, 'USD')).toBe('');
    expect(formatNumber(12_345)).toBe('12.3K');
  });

  it('writes dates and periods as people read them, and leaves a malformed date as it is', () => {
    expect(formatDate('2026-03-12')).toBe('12 Mar 2026');
    expect(formatDate('2026-13-40')).toBe('2026-13-40');
    expect(formatPeriod('2026-11-01', '2027-10-31')).toBe('Nov 2026 – Oct 2027');
    expect(formatPeriod(null, '2027-10-31')).toBe('Until Oct 2027');
    expect(formatPeriod(null, null)).toBe('No period set');
    expect(formatShortDate('2026-12-06', '2026-11-22')).toBe('6 Dec');
    expect(formatShortDate('2027-03-22', '2026-11-22')).toBe('22 Mar ’27');
  });
});
