import type { FieldSpec } from '../kinds/fields.ts';
import { optionLabel } from '../kinds/fields.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Shown where a value is missing. */
export const NONE = '—';

/** A number with thousands separators, up to two decimals ("1,200,000", "12.5"). */
export function formatNumber(value: number): string {
  const negative = value < 0;
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const [whole = '0', fraction] = rounded.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction && fraction !== '00' ? `.${fraction.replace(/0$/, '')}` : '';
  return `${negative ? '−' : ''}${grouped}${decimals}`;
}

/** Money in the plan currency: "USD 1,200,000" (code first, so every currency reads the same way; never split across lines). */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined) return NONE;
  return `${currency}\u00a0${formatNumber(value)}`;
}

/** A percentage, rounded to whole numbers unless small: "40%", "2.5%". */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  const rounded = Math.abs(value) < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${formatNumber(rounded)}%`;
}

/** An ISO date as "12 Mar 2027". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return NONE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A period "1 Jan 2027 – 31 Dec 2027", or the one end that is known. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return NONE;
}

/** A field value as document text, following the field's spec (option labels, currency, dates, yes/no). */
export function fieldText(field: FieldSpec | undefined, value: unknown, currency: string): string {
  if (!field) return value === null || value === undefined || value === '' ? NONE : String(value);
  switch (field.type) {
    case 'select':
      return optionLabel(field, value);
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'date':
      return formatDate(typeof value === 'string' ? value : null);
    case 'number': {
      if (typeof value !== 'number') return NONE;
      if (field.unit === 'currency') return formatMoney(value, currency);
      if (field.unit === 'percent') return formatPercent(value);
      return formatNumber(value);
    }
    case 'text':
      return typeof value === 'string' && value.trim() ? value.trim() : NONE;
  }
}

/** Joins names as "A, B and C" (or the placeholder when empty). */
export function joinNames(names: readonly string[]): string {
  if (names.length === 0) return NONE;
  if (names.length === 1) return names[0] ?? NONE;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Splits free text into paragraphs at blank lines, trimming each. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
