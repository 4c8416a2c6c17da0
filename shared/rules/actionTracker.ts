import { indexPlan } from '../document/planIndex.ts';
import { kinds } from '../kinds/index.ts';
import type { NodeDataMap } from '../kinds/index.ts';
import type { PlanDocument, PlanNode, PlanNodeOf, SnapshotSummary } from '../model.ts';
import { actionServes } from './actionServes.ts';
import { isOutsideHorizon, isOverdue } from './actions.ts';
import type { ActionHorizon } from './actions.ts';
import { addDays } from './dates.ts';

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 14;

/** The status of an action. */
export type ActionStatus = NodeDataMap['action']['status'];

/** One line of the action tracker: an action with the facts the rules give it. */
export interface TrackedAction {
  node: PlanNodeOf<'action'>;
  overdue: boolean;
  outsideHorizon: boolean;
  dueSoon: boolean;
  doneSinceReview: boolean;
  /** The goals and opportunities it serves, in outline order. */
  serves: { id: string; label: string }[];
  /** Position in outline order, the tie-breaker of every sort. */
  rank: number;
}

/** Which actions the tracker shows. */
export type TrackerShow = 'all' | 'overdue' | 'due-soon' | 'done-since-review';

/** The tracker's filters: what to show and whose (null: everyone, '' : actions nobody owns). */
export interface TrackerFilter {
  show: TrackerShow;
  owner: string | null;
}

/** A column the tracker sorts by. */
export type TrackerSortKey = 'title' | 'owner' | 'dueDate' | 'status' | 'horizon' | 'serves';

/** The tracker's sort. */
export interface TrackerSort {
  key: TrackerSortKey;
  direction: 'ascending' | 'descending';
}

/** No filter: every action. */
export const ALL_ACTIONS: TrackerFilter = { show: 'all', owner: null };

/** True when an open action falls due between today and `days` days from now, both included. */
export function isDueWithin(action: Pick<NodeDataMap['action'], 'dueDate' | 'status'>, today: string, days = DUE_SOON_DAYS): boolean {
  return action.dueDate !== null && action.status !== 'done' && action.dueDate >= today && action.dueDate <= addDays(today, days);
}

/** The review the tracker compares with: the latest one taken, or null when the plan has none. */
export function lastReview<T extends Pick<SnapshotSummary, 'takenAt'>>(reviews: readonly T[]): T | null {
  let latest: T | null = null;
  for (const review of reviews) if (latest === null || review.takenAt > latest.takenAt) latest = review;
  return latest;
}

/**
 * The ids of the actions done now that were not done at the review: open then, or added since. Without a review
 * nothing counts as done since it.
 */
export function doneSinceReview(nodes: readonly PlanNode[], reviewNodes: readonly PlanNode[] | null): Set<string> {
  const done = new Set<string>();
  if (reviewNodes === null) return done;
  const before = new Map<string, PlanNode>(reviewNodes.map((node) => [node.id, node]));
  for (const node of nodes) {
    if (node.kind !== 'action' || node.data.status !== 'done') continue;
    const then = before.get(node.id);
    if (then === undefined || then.kind !== 'action' || then.data.status !== 'done') done.add(node.id);
  }
  return done;
}

/** Every action of the plan with its tracker facts, in outline order; `reviewNodes` are the last review's nodes. */
export function trackedActions(document: PlanDocument, today: string, reviewNodes: readonly PlanNode[] | null): TrackedAction[] {
  const index = indexPlan(document);
  const done = doneSinceReview(document.nodes, reviewNodes);
  return index.ofKind('action').map((node) => {
    const serves = [...new Set(actionServes(index, node.id))]
      .filter((id) => index.node(id) !== undefined)
      .sort((a, b) => index.rank(a) - index.rank(b))
      .map((id) => ({ id, label: index.node(id)!.label }));
    return {
      node,
      overdue: isOverdue(node.data, today),
      outsideHorizon: isOutsideHorizon(node.data, today),
      dueSoon: isDueWithin(node.data, today),
      doneSinceReview: done.has(node.id),
      serves,
      rank: index.rank(node.id),
    };
  });
}

/** The actions a filter lets through, in the order given. */
export function filterActions(actions: readonly TrackedAction[], filter: TrackerFilter): TrackedAction[] {
  return actions.filter((action) => {
    if (filter.owner !== null && action.node.data.owner.trim() !== filter.owner) return false;
    if (filter.show === 'overdue') return action.overdue;
    if (filter.show === 'due-soon') return action.dueSoon;
    if (filter.show === 'done-since-review') return action.doneSinceReview;
    return true;
  });
}

const STATUS_ORDER: readonly ActionStatus[] = ['blocked', 'not-started', 'in-progress', 'done'];
const HORIZON_ORDER: readonly ActionHorizon[] = ['90-days', '12-months'];

/** What a sort compares; null (no owner, no due date, serves nothing) always sorts last. */
function sortValue(action: TrackedAction, key: TrackerSortKey): string | number | null {
  const data = action.node.data;
  switch (key) {
    case 'title':
      return action.node.label.trim().toLocaleLowerCase('en');
    case 'owner':
      return data.owner.trim() === '' ? null : data.owner.trim().toLocaleLowerCase('en');
    case 'dueDate':
      return data.dueDate;
    case 'status':
      return STATUS_ORDER.indexOf(data.status);
    case 'horizon':
      return HORIZON_ORDER.indexOf(data.horizon);
    case 'serves':
      return action.serves.length === 0 ? null : action.serves[0]!.label.toLocaleLowerCase('en');
  }
}

/**
 * The actions sorted by one column, empty values last whichever the direction, ties kept in outline order.
 * Status sorts by urgency (blocked, not started, in progress, done), horizon from the nearer.
 */
export function sortActions(actions: readonly TrackedAction[], sort: TrackerSort): TrackedAction[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...actions].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null) return left === right ? a.rank - b.rank : left === null ? 1 : -1;
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right), 'en');
    return order * sign || a.rank - b.rank;
  });
}

/** The owners the owner filter offers: the plan's team members, then any other owner an action names, each once. */
export function trackerOwners(teamMembers: readonly string[], actions: readonly TrackedAction[]): string[] {
  const others = new Set<string>();
  for (const action of actions) {
    const owner = action.node.data.owner.trim();
    if (owner !== '' && !teamMembers.includes(owner)) others.add(owner);
  }
  return [...teamMembers, ...[...others].sort((a, b) => a.localeCompare(b, 'en'))];
}

/** The label of an action status ("In progress"). */
export function actionStatusLabel(status: ActionStatus): string {
  const field = kinds.action.field('status');
  return (field?.type === 'select' ? field.options.find((option) => option.value === status)?.label : undefined) ?? status;
}

/** The label of a horizon ("Next 90 days"). */
export function actionHorizonLabel(horizon: ActionHorizon): string {
  const field = kinds.action.field('horizon');
  return (field?.type === 'select' ? field.options.find((option) => option.value === horizon)?.label : undefined) ?? horizon;
}

/** What the tracker says when a filter leaves nothing to show. */
export function emptyFilterMessage(filter: TrackerFilter, hasReview: boolean): string {
  if (filter.show === 'done-since-review' && !hasReview) return 'No review yet: take a review to see what gets done after it.';
  const whose = filter.owner === null ? '' : filter.owner === '' ? ' without an owner' : ` owned by ${filter.owner}`;
  if (filter.show === 'overdue') return `No overdue actions${whose}.`;
  if (filter.show === 'due-soon') return `No open actions${whose} due in the next ${DUE_SOON_DAYS} days.`;
  if (filter.show === 'done-since-review') return `No actions${whose} done since the last review.`;
  return `No actions${whose}.`;
}
