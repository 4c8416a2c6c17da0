import { gapStatus } from '../../shared/rules/goalBuild.ts';

// Formatters are made once: creating an Intl formatter costs far more than formatting with it, and a large map
// formats hundreds of amounts and dates while it opens.
const moneyFormats = new Map<string, Intl.NumberFormat | null>();
const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const fullDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function moneyFormat(currency: string): Intl.NumberFormat | null {
  if (!moneyFormats.has(currency)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    } catch {
      // Not an ISO currency code: shown as code and number instead.
    }
    moneyFormats.set(currency, format);
  }
  return moneyFormats.get(currency)!;
}

/** A money amount in compact form, e.g. "$1.2M" or "€450K"; empty when unknown. */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined) return '';
  return moneyFormat(currency)?.format(value) ?? `${currency} ${value}`;
}

/** A plain number in compact form, e.g. "1.2K". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return compactNumber.format(value);
}

/** A date as people read it, e.g. "12 Mar 2026"; empty when unknown. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return fullDate.format(date);
}

/** A period such as "Jan 2026 – Dec 2026". */
export function formatPeriod(start: string | null, end: string | null): string {
  const month = (iso: string) => {
    const date = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : monthYear.format(date);
  };
  if (start && end) return `${month(start)} – ${month(end)}`;
  if (start) return `From ${month(start)}`;
  if (end) return `Until ${month(end)}`;
  return 'No period set';
}

/** A goal-build gap in compact words: "$100K short", "$50K over" or "on target"; empty when there is none. */
export function formatGap(gap: number | null, currency: string): string {
  const status = gapStatus(gap);
  if (gap === null || status === null) return '';
  if (status === 'met') return 'on target';
  return status === 'short' ? `${formatMoney(gap, currency)} short` : `${formatMoney(-gap, currency)} over`;
}

/** A compact date for node cards: "6 Dec" this year, "22 Mar ’27" in another year. */
export function formatShortDate(iso: string | null | undefined, today: string): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const short = dayMonth.format(date);
  return iso.slice(0, 4) === today.slice(0, 4) ? short : `${short} ’${iso.slice(2, 4)}`;
}

/** Initials of a person's name, e.g. "Maya Chen" → "MC". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const first = parts[0]![0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)![0] ?? '') : '';
  return (first + last).toUpperCase();
}
