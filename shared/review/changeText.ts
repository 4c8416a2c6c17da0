import { formatDate } from '../document/format.ts';
import type { PlanChangeItem, PlanComparison } from './types.ts';
import { CHANGE_CATEGORIES, CHANGE_CATEGORY_LABELS } from './types.ts';

/** "↑" or "↓" after a change that moved up or down; nothing otherwise. */
export function directionMark(item: Pick<PlanChangeItem, 'direction'>): string {
  return item.direction === 'up' ? ' ↑' : item.direction === 'down' ? ' ↓' : '';
}

/** The headline of a comparison: "4 changes since the review “Q1 review” of 2 Dec 2026". */
export function comparisonHeadline(comparison: PlanComparison): string {
  const count = comparison.items.length;
  const changes = count === 0 ? 'No changes' : `${count} ${count === 1 ? 'change' : 'changes'}`;
  return `${changes} since the review “${comparison.since.label}” of ${formatDate(comparison.since.takenAt.slice(0, 10))}`;
}

/** A comparison as plain text, grouped by category: what `atlas compare` prints. */
export function changeListText(comparison: PlanComparison): string {
  const lines = [`${comparisonHeadline(comparison)}.`];
  for (const category of CHANGE_CATEGORIES) {
    const items = comparison.items.filter((item) => item.category === category);
    if (items.length === 0) continue;
    lines.push(`${CHANGE_CATEGORY_LABELS[category]} (${items.length})`);
    for (const item of items) lines.push(`  ${item.message}${directionMark(item)}`);
  }
  return `${lines.join('\n')}\n`;
}
