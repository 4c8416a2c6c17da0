import type { Block } from '../blockTypes.ts';
import { column, heading, nothingYet, paragraph, plain, strong, table } from '../blockKit.ts';
import type { PlanOutline } from '../outlineTypes.ts';
import { CHANGE_CATEGORY_LABELS, comparisonHeadline, directionMark } from '../../review/index.ts';

/**
 * "Since the last review": what changed since the plan's last review, one row per change, in the change list's
 * order. Team editions only (it speaks of support and influence); nothing when the plan has no review.
 */
export function sinceReviewBlocks(outline: PlanOutline): Block[] {
  const comparison = outline.dashboard.sinceLastReview;
  if (!comparison || outline.edition === 'customer') return [];
  const title = heading(2, 'Since the last review', 'dashboard-since-review');
  const headline = `${comparisonHeadline(comparison)}.`;
  if (comparison.items.length === 0) return [title, nothingYet(headline)];
  return [
    title,
    paragraph(...plain(headline)),
    table(
      [column('Change'), column('What changed', { weight: 3 })],
      comparison.items.map((item) => [strong(CHANGE_CATEGORY_LABELS[item.category]), plain(`${item.message}${directionMark(item)}`)]),
    ),
  ];
}
