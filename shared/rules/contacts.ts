import { daysBetween } from './dates.ts';

/** Days after which a contact counts as not touched. */
export const STALE_CONTACT_DAYS = 90;

/** True when the last contact lies more than STALE_CONTACT_DAYS days before `today`; never without a date. */
export function isStaleContact(lastContact: string | null, today: string): boolean {
  return lastContact !== null && daysBetween(lastContact, today) > STALE_CONTACT_DAYS;
}
