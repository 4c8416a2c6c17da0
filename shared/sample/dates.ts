/** The sample plan dates its items with the rules' calendar arithmetic (UTC, YYYY-MM-DD). */
export { addDays, addMonths, daysBetween, startOfMonth } from '../rules/dates.ts';
