import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldText, readField } from '../../renderer/map/inspector/fieldValue.ts';
import { kinds } from '../../shared/kinds/index.ts';

const probability = kinds.opportunity.field('probability')!;
const value = kinds.opportunity.field('value')!;
const closeDate = kinds.opportunity.field('closeDate')!;
const stage = kinds.opportunity.field('stage')!;
const confirmed = kinds.need.field('confirmed')!;

describe('inspector field values', () => {
  it('reads numbers, empty as "not set", and explains out-of-range values', () => {
    expect(readField(probability, '60')).toEqual({ ok: true, value: 60 });
    expect(readField(probability, '')).toEqual({ ok: true, value: null });
    expect(readField(probability, '150')).toEqual({ ok: false, message: 'Enter a number from 0 to 100.' });
    expect(readField(value, '-5')).toEqual({ ok: false, message: 'Enter a number of 0 or more.' });
    expect(readField(value, 'lots')).toEqual({ ok: false, message: 'Enter a number, or leave it empty.' });
  });

  it('reads dates, select values and checkboxes, refusing what is not valid', () => {
    expect(readField(closeDate, '2027-03-31')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readField(closeDate, '')).toEqual({ ok: true, value: null });
    expect(readField(closeDate, '2027-02-30')).toMatchObject({ ok: false });
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
