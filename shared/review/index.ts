export type { ChangeCategory, PlanChangeItem, PlanComparison, PlanState } from './types.ts';
export { CHANGE_CATEGORIES, CHANGE_CATEGORY_LABELS } from './types.ts';
export { comparePlans } from './compare.ts';
export { findReview, lastReview, reviewDefaultLabel } from './reviews.ts';
export { changeListText, comparisonHeadline, directionMark } from './changeText.ts';
