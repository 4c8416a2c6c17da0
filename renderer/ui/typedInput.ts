import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { DATE_MAX, DATE_MIN } from '../../shared/kinds/fieldBounds.ts';

/** The input attributes of a one-line field: numbers in a text box (so "1,200" and "1.2k" can be typed), dates in the date picker within the bounds. */
export function typedInputProps(field: FieldSpec): { type: 'text' | 'date'; inputMode?: 'decimal'; min?: string; max?: string; autoComplete?: 'off' } {
  if (field.type === 'number') return { type: 'text', inputMode: 'decimal', autoComplete: 'off' };
  if (field.type === 'date') return { type: 'date', min: DATE_MIN, max: DATE_MAX };
  return { type: 'text' };
}

/** True when a date picker holds a day that does not exist or a part left out: its value is then empty, not "not set". */
export function holdsBadDate(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  return element instanceof HTMLInputElement && element.type === 'date' && element.validity.badInput;
}
