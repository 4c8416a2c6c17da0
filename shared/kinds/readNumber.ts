import { boundsRange, numberBounds } from './fieldBounds.ts';
import type { NumberBounds, NumberFieldShape } from './fieldBounds.ts';

/** What reading a typed value gives: the value, or a sentence saying what to type instead. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

// Digits grouped by thousands with a comma, a space or an apostrophe ("1,200", "1 200", "1'200"), or plain digits;
// then decimals, an exponent and a k / m / bn suffix.
const NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:[,' \u00a0\u202f]\d{3})+|\d+|(?=\.\d))(\.\d+)?(?:e([+-]?\d+))?(k|m|bn|b)?$/i;
const SUFFIX = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 } as const;
const CURRENCY_SIGNS = /^[$€£¥₹]|[$€£¥₹]$/g;

/** The sentence for a number field that says what to type: "Enter an amount from 0 to 1,000,000,000,000 USD, e.g. 250,000." */
export function numberMessage(field: NumberFieldShape & { readonly label: string }, currency: string): string {
  const bounds = numberBounds(field);
  const range = boundsRange(bounds);
  switch (bounds.meaning) {
    case 'amount':
      return `Enter an amount ${range} ${currency}, e.g. 250,000.`;
    case 'percentage': {
      const name = field.label.toLowerCase();
      return `Enter ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} ${range} %.`;
    }
    case 'count':
      return `Enter a whole number ${range}, e.g. 12.`;
    case 'number':
      return `Enter a number ${range}, e.g. 40.`;
  }
}

function withoutUnit(text: string, bounds: NumberBounds, currency: string): string {
  let out = text;
  if (bounds.meaning === 'amount') {
    const code = currency.toUpperCase();
    if (out.toUpperCase().startsWith(code)) out = out.slice(code.length);
    else if (out.toUpperCase().endsWith(code)) out = out.slice(0, -code.length);
    out = out.trim().replace(CURRENCY_SIGNS, '');
    // "-$5" and "$-5" both mean minus five dollars.
    if (/^[-\u2212][$€£¥₹]/.test(out)) out = `-${out.slice(2)}`;
  }
  if (bounds.meaning === 'percentage') out = out.replace(/\s*%$/, '');
  return out.trim();
}

/**
 * Reads a number as people type it ("1,200", "1 200", "$1,200", "1.2k", "2m", "40 %") within the field's bounds;
 * empty text is "not set" (null).
 */
export function readNumber(field: NumberFieldShape & { readonly label: string }, input: string, currency: string): Reading<number | null> {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const bounds = numberBounds(field);
  const refused = { ok: false, message: numberMessage(field, currency) } as const;
  const found = NUMBER.exec(withoutUnit(text, bounds, currency));
  if (!found) return refused;
  const [, sign, whole, decimals, exponent, suffix] = found;
  if (suffix && (bounds.meaning === 'percentage' || bounds.meaning === 'count')) return refused;
  // Money has cents: "1.200" is more likely a thousand and two hundred written the European way than 1.2.
  if (bounds.meaning === 'amount' && !suffix && !exponent && (decimals?.length ?? 0) > 3) return refused;
  const digits = `${sign ? '-' : ''}${(whole ?? '').replace(/\D/g, '') || '0'}${decimals ?? ''}${exponent ? `e${exponent}` : ''}`;
  const scale = suffix ? SUFFIX[suffix.toLowerCase() as keyof typeof SUFFIX] : 1;
  // 1.2 × 1,000 is 1,199.9999999999998 in binary floating point: round away what the scaling added.
  const value = scale === 1 ? Number(digits) : Number((Number(digits) * scale).toPrecision(15));
  if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) return refused;
  if (bounds.integer && !Number.isInteger(value)) return refused;
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
