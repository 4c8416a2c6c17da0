import { CHANGE_CATEGORY_LABELS } from '../../shared/review/index.ts';
import type { ChangeCategory } from '../../shared/review/index.ts';
import { useReview } from './reviewStore.ts';
import './review.css';

const SHORT: Readonly<Record<ChangeCategory, string>> = {
  added: 'New',
  removed: 'Removed',
  support: 'Support',
  influence: 'Influence',
  'action-done': 'Done',
  'action-slipped': 'Slipped',
  'action-overdue': 'Overdue',
  milestone: 'Progress',
  'goal-build': 'Goal build',
  changed: 'Changed',
};

/** The words a mark and its accessible name use for an item's changes, with the direction of a move. */
export function changeMarkText(nodeId: string, categories: readonly ChangeCategory[], directions: ReadonlyMap<string, 'up' | 'down'>): { short: string; name: string } {
  const arrow = (category: ChangeCategory) => {
    const direction = directions.get(`${nodeId}|${category}`);
    return direction === 'up' ? ' ↑' : direction === 'down' ? ' ↓' : '';
  };
  return {
    short: categories.map((category) => `${SHORT[category]}${arrow(category)}`).join(' · '),
    name: `Since the review: ${categories
      .map((category) => `${CHANGE_CATEGORY_LABELS[category].toLowerCase()}${directions.get(`${nodeId}|${category}`) === 'up' ? ' up' : directions.get(`${nodeId}|${category}`) === 'down' ? ' down' : ''}`)
      .join(', ')}`,
  };
}

const directionCache = new WeakMap<object, Map<string, 'up' | 'down'>>();

/**
 * The mark an item carries on the map and in every view while the plan is compared with a review: what changed on
 * it ("Support ↑", "Done", "New"), named for assistive technology ("Since the review: support moved up").
 */
export function ChangeMark({ nodeId }: { nodeId: string }) {
  const comparison = useReview((state) => state.comparison);
  const categories = comparison?.byNode[nodeId];
  if (!comparison || !categories || categories.length === 0) return null;
  let directions = directionCache.get(comparison);
  if (!directions) {
    directions = new Map();
    for (const item of comparison.items) if (item.direction) directions.set(`${item.nodeId}|${item.category}`, item.direction);
    directionCache.set(comparison, directions);
  }
  const { short, name } = changeMarkText(nodeId, categories, directions);
  return (
    <span className={`atlas-change-mark atlas-change-mark--${categories[0]}`} role="img" aria-label={name} title={name}>
      {short}
    </span>
  );
}
