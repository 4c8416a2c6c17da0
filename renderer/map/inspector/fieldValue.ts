import type { FieldSpec } from '../../../shared/kinds/fields.ts';
import { fieldSchema } from '../../../shared/kinds/fields.ts';

/** The result of reading what a person typed into a field. */
export type FieldReading = { ok: true; value: unknown } | { ok: false; message: string };

/** Turns a stored value into the text an input shows. */
export function fieldText(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'number') return String(value);
  return typeof value === 'string' ? value : String(value);
}

function numberRange(field: Extract<FieldSpec, { type: 'number' }>): string {
  if (field.min !== undefined && field.max !== undefined) return `from ${field.min} to ${field.max}`;
  if (field.min !== undefined) return `of ${field.min} or more`;
  if (field.max !== undefined) return `of ${field.max} or less`;
  return '';
}

/** Reads and validates one field's input; the message says what to type instead. */
export function readField(field: FieldSpec, input: string | boolean): FieldReading {
  let value: unknown;
  switch (field.type) {
    case 'boolean':
      value = Boolean(input);
      break;
    case 'number': {
      const text = String(input).trim();
      if (text === '') {
        value = null;
        break;
      }
      const number = Number(text);
      if (!Number.isFinite(number)) return { ok: false, message: 'Enter a number, or leave it empty.' };
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
        return { ok: false, message: `Enter a number ${numberRange(field)}.` };
      }
      if (field.integer && !Number.isInteger(number)) return { ok: false, message: 'Enter a whole number.' };
      value = number;
      break;
    }
    case 'date': {
      const text = String(input).trim();
      value = text === '' ? null : text;
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
