import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  }, 'not a real calendar date');

/** An ISO 8601 timestamp as stored for created/updated times. */
export const isoTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO timestamp');

/** An ISO 4217 currency code such as USD or EUR. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as USD');

/** An id: 1–64 URL-safe characters. */
export const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of 1–64 letters, digits, - or _');

/** Short single-line text such as a name. */
export const shortText = z.string().max(500, 'must be 500 characters or fewer');

/** Long free text such as notes. */
export const longText = z.string().max(20000, 'must be 20,000 characters or fewer');

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
