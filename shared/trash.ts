/** How long a deleted account or plan stays in the trash before it is emptied. */
export const TRASH_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Items deleted before this moment (ISO time) are emptied from the trash at `now`. */
export function trashCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

/** Whole days an item deleted at `deletedAt` has left in the trash at `now` (0 when it is due). */
export function daysLeftInTrash(deletedAt: string, now: Date): number {
  const left = Date.parse(deletedAt) + TRASH_DAYS * DAY_MS - now.getTime();
  return Math.max(0, Math.ceil(left / DAY_MS));
}

/** One deleted account or plan, as the trash lists it. */
export interface TrashItem {
  type: 'account' | 'plan';
  id: string;
  /** The account's name or the plan's title. */
  name: string;
  /** The account it belongs to (for an account, its own name). */
  accountName: string;
  deletedAt: string;
  /** Plans that come back with it (an account's plans; 1 for a plan). */
  planCount: number;
  /** Map items that come back with it. */
  nodeCount: number;
}
