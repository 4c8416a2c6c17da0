import { dateProblem } from '../values.ts';
import type { Reading } from './readNumber.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The sentence for a date outside the bounds. */
export const DATE_RANGE_MESSAGE = 'Enter a date from 1 January 1900 to 31 December 2199.';

/** The sentence for a date picker holding a day that does not exist or a part left out (the browser's bad input). */
export const DATE_BAD_INPUT_MESSAGE =
  'This date is incomplete or not in the calendar: enter a day, month and year that exist, from 1 January 1900 to 31 December 2199.';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a date typed as YYYY-MM-DD (spaces around it allowed); empty text is "not set" (null). */
export function readDate(input: string): Reading<string | null> {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const found = dateProblem(text);
  if (found === null) return { ok: true, value: text };
  switch (found.problem) {
    case 'format':
      return { ok: false, message: 'Enter a date as YYYY-MM-DD, e.g. 2026-03-31.' };
    case 'range':
      return { ok: false, message: DATE_RANGE_MESSAGE };
    case 'calendar': {
      const { year, month, day } = found;
      if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}: enter a month from 01 to 12.` };
      const name = MONTHS[month - 1]!;
      return { ok: false, message: `There is no ${day} ${name} ${year}: ${name} ${year} has ${daysIn(year, month)} days.` };
    }
  }
}
