import type { FieldSpec } from './fields.ts';
import { fieldSchema } from './fields.ts';
import { DATE_BAD_INPUT_MESSAGE, readDate } from './readDate.ts';
import { readNumber } from './readNumber.ts';
import type { Reading } from './readNumber.ts';

/** The result of reading what a person typed into a field. */
export type FieldReading = Reading<unknown>;

/** How a field's text is read: the currency amounts are in, and whether a date picker holds a date it cannot give. */
export interface ReadOptions {
  readonly currency?: string;
  /** The browser's date picker holds a day that does not exist or a part left out (its `validity.badInput`). */
  readonly badDate?: boolean;
}

/** Turns a stored value into the text an input shows. */
export function fieldText(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'number') return String(value);
  return typeof value === 'string' ? value : String(value);
}

/** Reads and validates one field's input, as every form does; the message says what to type instead. */
export function readField(field: FieldSpec, input: string | boolean, options: ReadOptions = {}): FieldReading {
  let value: unknown;
  switch (field.type) {
    case 'boolean':
      value = Boolean(input);
      break;
    case 'number': {
      const reading = readNumber(field, String(input), options.currency ?? 'USD');
      if (!reading.ok) return reading;
      value = reading.value;
      break;
    }
    case 'date': {
      if (options.badDate) return { ok: false, message: DATE_BAD_INPUT_MESSAGE };
      const reading = readDate(String(input));
      if (!reading.ok) return reading;
      value = reading.value;
      break;
    }
    default:
      value = String(input);
  }
  const parsed = fieldSchema(field).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message.replace(/^Invalid input: /, '') ?? 'This value is not valid';
    return { ok: false, message: `${message[0]!.toUpperCase()}${message.slice(1)}.` };
  }
  return { ok: true, value: parsed.data };
}

/** The label shown for a field, with its unit: "Target (USD)", "Probability (%)". */
export function fieldLabel(field: FieldSpec, currency: string): string {
  if (field.type === 'number' && field.unit === 'currency') return `${field.label} (${currency})`;
  if (field.type === 'number' && field.unit === 'percent') return `${field.label} (%)`;
  return field.label;
}
