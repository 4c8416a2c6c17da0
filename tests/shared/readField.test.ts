import { describe, expect, it } from 'vitest';
import { DATE_BAD_INPUT_MESSAGE } from '../../shared/kinds/readDate.ts';
import { fieldLabel, fieldText, readField } from '../../shared/kinds/readField.ts';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { kinds } from '../../shared/kinds/index.ts';

const probability = kinds.opportunity.field('probability')!;
const value = kinds.opportunity.field('value')!;
const closeDate = kinds.opportunity.field('closeDate')!;
const stage = kinds.opportunity.field('stage')!;
const confirmed = kinds.need.field('confirmed')!;
const milestoneTarget = kinds.milestone.field('target')!;
const attendees: FieldSpec = { key: 'attendees', label: 'Attendees', type: 'number', unit: 'count' };

const AMOUNT_USD = 'Enter an amount from 0 to 1,000,000,000,000 USD, e.g. 250,000.';
const PROBABILITY = 'Enter a probability from 0 to 100 %.';

describe('reading amounts as people type them', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ["1'200", 1200],
    ['$1,200', 1200],
    ['1,200$', 1200],
    ['USD 1,200', 1200],
    ['1,200 usd', 1200],
    ['  250,000  ', 250000],
    ['1,234,567.89', 1234567.89],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1.2k', 1200],
    ['1.250k', 1250],
    ['2m', 2_000_000],
    ['2M', 2_000_000],
    ['3bn', 3_000_000_000],
    ['1e6', 1_000_000],
    ['1,000,000,000,000', 1_000_000_000_000],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (typed, expected) => {
    expect(readField(value, typed, { currency: 'USD' })).toEqual({ ok: true, value: expected });
  });

  it('reads empty text, or only spaces, as "not set"', () => {
    expect(readField(value, '')).toEqual({ ok: true, value: null });
    expect(readField(value, '   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12abc', '1e99', '1,000,000,000,001', '2000bn', '-5', '$-5', '-$5', '1,20', '12,3456', '1..2', '1.2.3', 'Infinity', 'NaN', '0x10', '$', 'k', '1 2 3', '12 k€'])(
    'refuses %j and says what to type, in the plan currency',
    (typed) => {
      expect(readField(value, typed, { currency: 'USD' })).toEqual({ ok: false, message: AMOUNT_USD });
    },
  );

  it('names the currency it was given', () => {
    expect(readField(value, 'lots', { currency: 'EUR' })).toEqual({ ok: false, message: 'Enter an amount from 0 to 1,000,000,000,000 EUR, e.g. 250,000.' });
    expect(readField(value, '€1.20', { currency: 'EUR' })).toEqual({ ok: true, value: 1.2 });
    expect(readField(value, '€1.200', { currency: 'EUR' })).toMatchObject({ ok: false });
    expect(readField(value, 'EUR 5k', { currency: 'EUR' })).toEqual({ ok: true, value: 5000 });
    expect(readField(value, 'GBP 5k', { currency: 'EUR' })).toMatchObject({ ok: false });
  });
});

describe('reading percentages, counts and plain numbers', () => {
  it.each([
    ['60', 60],
    ['60%', 60],
    ['60 %', 60],
    ['0', 0],
    ['100', 100],
    ['12.5', 12.5],
    [' 40 ', 40],
  ])('reads the probability %j as %d', (typed, expected) => {
    expect(readField(probability, typed)).toEqual({ ok: true, value: expected });
  });

  it.each(['150', '100.01', '-1', 'abc', '12abc', '1e99', '5k', '%'])('refuses the probability %j', (typed) => {
    expect(readField(probability, typed)).toEqual({ ok: false, message: PROBABILITY });
  });

  it('keeps counts to whole numbers of 0 or more', () => {
    expect(readField(attendees, '12')).toEqual({ ok: true, value: 12 });
    expect(readField(attendees, '1,200')).toEqual({ ok: true, value: 1200 });
    const message = 'Enter a whole number from 0 to 1,000,000,000,000, e.g. 12.';
    for (const typed of ['1.5', '-1', '3k', 'many']) expect(readField(attendees, typed)).toEqual({ ok: false, message });
  });

  it('lets a plain number go below zero, within a trillion either side', () => {
    expect(readField(milestoneTarget, '-40')).toEqual({ ok: true, value: -40 });
    expect(readField(milestoneTarget, '\u221240')).toEqual({ ok: true, value: -40 });
    expect(readField(milestoneTarget, '2.5m')).toEqual({ ok: true, value: 2_500_000 });
    const message = 'Enter a number from \u22121,000,000,000,000 to 1,000,000,000,000, e.g. 40.';
    expect(readField(milestoneTarget, '1e99')).toEqual({ ok: false, message });
    expect(readField(milestoneTarget, '-1e13')).toEqual({ ok: false, message });
  });
});

describe('reading dates', () => {
  it.each(['2027-03-31', ' 2027-03-31 ', '1900-01-01', '2199-12-31', '2028-02-29', '2000-02-29'])('reads %j', (typed) => {
    expect(readField(closeDate, typed)).toEqual({ ok: true, value: typed.trim() });
  });

  it('reads empty text as "not set"', () => {
    expect(readField(closeDate, '')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2026-02-30', 'There is no 30 February 2026: February 2026 has 28 days.'],
    ['2026-02-29', 'There is no 29 February 2026: February 2026 has 28 days.'],
    ['2100-02-29', 'There is no 29 February 2100: February 2100 has 28 days.'],
    ['2026-04-31', 'There is no 31 April 2026: April 2026 has 30 days.'],
    ['2026-13-01', 'There is no month 13: enter a month from 01 to 12.'],
    ['2026-00-10', 'There is no month 0: enter a month from 01 to 12.'],
    ['10000-01-01', 'Enter a date from 1 January 1900 to 31 December 2199.'],
    ['1850-06-01', 'Enter a date from 1 January 1900 to 31 December 2199.'],
    ['1899-12-31', 'Enter a date from 1 January 1900 to 31 December 2199.'],
    ['2200-01-01', 'Enter a date from 1 January 1900 to 31 December 2199.'],
    ['31/03/2027', 'Enter a date as YYYY-MM-DD, e.g. 2026-03-31.'],
    ['next week', 'Enter a date as YYYY-MM-DD, e.g. 2026-03-31.'],
    ['2027-3-31', 'Enter a date as YYYY-MM-DD, e.g. 2026-03-31.'],
  ])('refuses %j: %s', (typed, message) => {
    expect(readField(closeDate, typed)).toEqual({ ok: false, message });
  });

  it('explains a date picker holding a day that does not exist, whatever its value says', () => {
    expect(readField(closeDate, '', { badDate: true })).toEqual({ ok: false, message: DATE_BAD_INPUT_MESSAGE });
  });
});

describe('other fields', () => {
  it('reads select values and checkboxes, refusing what is not valid', () => {
    expect(readField(stage, 'propose')).toEqual({ ok: true, value: 'propose' });
    expect(readField(stage, 'dreaming')).toMatchObject({ ok: false });
    expect(readField(confirmed, true)).toEqual({ ok: true, value: true });
  });

  it('labels currency and percent fields with their unit and shows stored values as text', () => {
    expect(fieldLabel(value, 'EUR')).toBe('Value (EUR)');
    expect(fieldLabel(probability, 'EUR')).toBe('Probability (%)');
    expect(fieldText(value, null)).toBe('');
    expect(fieldText(value, 1200)).toBe('1200');
  });
});
