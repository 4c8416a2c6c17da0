import { describe, expect, it } from 'vitest';
import { fieldText, formatDate, formatMoney, formatPercent, formatPeriod, joinNames } from '../../../shared/document/format.ts';
import { documentFileName, safeFileName } from '../../../shared/document/fileName.ts';
import { kinds } from '../../../shared/kinds/index.ts';

describe('document formatting', () => {
  it('writes money with the plan currency and thousands separators, kept on one line', () => {
    expect(formatMoney(1_200_000, 'USD')).toBe('USD\u00a01,200,000');
    expect(formatMoney(1234.5, 'EUR')).toBe('EUR\u00a01,234.5');
    expect(formatMoney(-500, 'GBP')).toBe('GBP\u00a0−500');
    expect(formatMoney(null, 'USD')).toBe('—');
  });

  it('writes dates as "12 Mar 2027" and periods with both ends', () => {
    expect(formatDate('2027-03-12')).toBe('12 Mar 2027');
    expect(formatDate(null)).toBe('—');
    expect(formatPeriod('2027-01-01', '2027-12-31')).toBe('1 Jan 2027 – 31 Dec 2027');
    expect(formatPercent(6.666)).toBe('6.7%');
    expect(formatPercent(60)).toBe('60%');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('formats field values by their spec', () => {
    expect(fieldText(kinds.stakeholder.field('support'), 'mentor', 'USD')).toBe('+2 Mentor');
    expect(fieldText(kinds.opportunity.field('probability'), 40, 'USD')).toBe('40%');
    expect(fieldText(kinds.goal.field('target'), 300000, 'EUR')).toBe('EUR\u00a0300,000');
    expect(fieldText(kinds.need.field('confirmed'), true, 'USD')).toBe('Yes');
  });

  it('names files safely and without repeating the account', () => {
    expect(documentFileName('Northwind Logistics', 'Northwind Logistics — FY27 growth plan', 'customer', 'pdf')).toBe(
      'Northwind Logistics - FY27 growth plan (customer).pdf',
    );
    expect(documentFileName('A/B: "C"', 'Plan <1>?', 'internal', 'md')).toBe('A-B- -C- - Plan -1-- (internal).md');
    expect(safeFileName('  ..  ')).toBe('Account plan');
  });
});
