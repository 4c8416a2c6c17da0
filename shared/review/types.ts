import type { NodeKind } from '../kinds/index.ts';
import type { PlanEdge, PlanNode } from '../model.ts';
import type { Plan } from '../plan.ts';

/** What kind of change a compare found on one item. */
export type ChangeCategory =
  | 'added'
  | 'removed'
  | 'support'
  | 'influence'
  | 'action-done'
  | 'action-slipped'
  | 'action-overdue'
  | 'milestone'
  | 'goal-build'
  | 'changed';

/** Every change category, in the order a change list shows them. */
export const CHANGE_CATEGORIES: readonly ChangeCategory[] = [
  'added',
  'removed',
  'support',
  'influence',
  'action-done',
  'action-slipped',
  'action-overdue',
  'milestone',
  'goal-build',
  'changed',
];

/** The words for each category, in the change list, on marks and in documents. */
export const CHANGE_CATEGORY_LABELS: Readonly<Record<ChangeCategory, string>> = {
  added: 'Added',
  removed: 'Removed',
  support: 'Support moved',
  influence: 'Influence moved',
  'action-done': 'Action completed',
  'action-slipped': 'Due date moved',
  'action-overdue': 'Newly overdue',
  milestone: 'Milestone progress',
  'goal-build': 'Goal build',
  changed: 'Changed',
};

/** One change found on one item since a review. */
export interface PlanChangeItem {
  nodeId: string;
  kind: NodeKind;
  label: string;
  category: ChangeCategory;
  /** One sentence, e.g. "Dana Whitfield: support Neutral → Supporter". */
  message: string;
  /** For support, influence, milestones and goals: better (up) or worse (down); a slipped action is down. */
  direction?: 'up' | 'down';
  before?: string;
  after?: string;
}

/** Everything that changed in a plan since one review. */
export interface PlanComparison {
  since: { id: string; label: string; takenAt: string };
  items: PlanChangeItem[];
  /** The categories found on each item, by node id. */
  byNode: Record<string, ChangeCategory[]>;
  counts: Record<ChangeCategory, number>;
}

/** A plan's content as a review freezes it (a snapshot's content, or the plan now). */
export interface PlanState {
  plan: Plan;
  nodes: readonly PlanNode[];
  edges: readonly PlanEdge[];
}
