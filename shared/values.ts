import { z } from 'zod';
import { DATE_MAX, DATE_MIN } from './kinds/fieldBounds.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when year, month (1–12) and day name a day that exists in the (proleptic Gregorian) calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const DATE_PATTERN = /^(\d{4,})-(\d{2})-(\d{2})$/;
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** What is wrong with a date given as text: not YYYY-MM-DD, not a day of the calendar, or outside 1900–2199. */
export type DateProblem =
  | { readonly problem: 'format' }
  | { readonly problem: 'calendar'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly problem: 'range' };

/** Why `text` is not a date a field holds, or null when it is one. */
export function dateProblem(text: string): DateProblem | null {
  const parts = DATE_PATTERN.exec(text)?.map(Number);
  if (!parts) return { problem: 'format' };
  const [, year, month, day] = parts as [number, number, number, number];
  if (month >= 1 && month <= 12 && (text < DATE_MIN || text > DATE_MAX || text.length > DATE_MAX.length)) return { problem: 'range' };
  if (!isCalendarDay(year, month, day)) return { problem: 'calendar', year, month, day };
  return null;
}

const DATE_COMPLAINTS = {
  format: 'expected a date as YYYY-MM-DD',
  calendar: 'not a real calendar date',
  range: `expected a date from ${DATE_MIN} to ${DATE_MAX}`,
} as const;

/** A calendar date as `YYYY-MM-DD` that exists in the calendar, from 1900-01-01 to 2199-12-31. */
export const isoDate = z.string().superRefine((text, context) => {
  const found = dateProblem(text);
  if (found) context.addIssue({ code: 'custom', message: DATE_COMPLAINTS[found.problem] });
});

/** An ISO 8601 UTC timestamp as stored for created/updated times, naming a day and a time that exist. */
export const isoTimestamp = z.string().superRefine((text, context) => {
  const parts = TIMESTAMP_PATTERN.exec(text)?.map(Number);
  if (!parts) context.addIssue({ code: 'custom', message: 'expected an ISO timestamp such as 2026-01-15T09:30:00Z' });
  else if (!isCalendarDay(parts[1]!, parts[2]!, parts[3]!)) context.addIssue({ code: 'custom', message: 'not a real calendar date' });
  else if (parts[4]! > 23 || parts[5]! > 59 || parts[6]! > 59) {
    context.addIssue({ code: 'custom', message: 'not a real time of day (hours 00–23, minutes and seconds 00–59)' });
  }
});

/** An ISO 4217 currency code such as USD or EUR. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as USD');

/** An id: 1–64 URL-safe characters. */
export const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of 1–64 letters, digits, - or _');

// What XML 1.0 (so Word, PowerPoint and every reader of the documents) cannot hold: control characters but tab,
// line feed and carriage return, U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair.
const INVALID_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const INVALID_TEXT_ALL = new RegExp(INVALID_TEXT.source, 'gu');

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text cannot be stored and exported (a control character, a broken character), or null when it can. */
export function invalidTextReason(text: string): string | null {
  const found = INVALID_TEXT.exec(text);
  if (!found) return null;
  const character = found[0];
  const at = `at character ${found.index + 1}`;
  const code = character.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return `contains a broken character (an unpaired UTF-16 surrogate, ${codePoint(character)}) ${at}`;
  if (code >= 0xfffe) return `contains the non-character ${codePoint(character)} ${at}`;
  return `contains the control character ${codePoint(character)} ${at}, which documents cannot hold`;
}

/** The text without the characters invalidTextReason refuses (for text stored before they were refused). */
export function withoutInvalidText(text: string): string {
  return text.replace(INVALID_TEXT_ALL, '');
}

/** Text that documents can hold: no control characters but tab and line breaks, no broken characters. */
export const documentText = z.string().superRefine((text, context) => {
  const reason = invalidTextReason(text);
  if (reason) context.addIssue({ code: 'custom', message: reason });
});

/** Short single-line text such as a name. */
export const shortText = documentText.max(500, 'must be 500 characters or fewer');

/** Long free text such as notes. */
export const longText = documentText.max(20000, 'must be 20,000 characters or fewer');

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
