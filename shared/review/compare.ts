import { edgeKinds } from '../edges.ts';
import type { FieldSpec } from '../kinds/fields.ts';
import { kindOf } from '../kinds/index.ts';
import { SUPPORT_SCORE } from '../kinds/stakeholder.ts';
import type { PlanEdge, PlanNode } from '../model.ts';
import { fieldText, formatNumber } from '../document/format.ts';
import { isOverdue } from '../rules/actions.ts';
import { compareSiblings } from '../rules/tree.ts';
import type { ChangeCategory, PlanChangeItem, PlanComparison, PlanState } from './types.ts';
import { CHANGE_CATEGORIES } from './types.ts';

const INFLUENCE_RANK: Record<string, number | null> = { unknown: null, low: 0, medium: 1, high: 2 };

// Fields whose change has its own category; every other data field, the label, the parent and the internal flag
// count as "changed". Positions, sibling order and folding are layout, not content.
const OWN_CATEGORY: Partial<Record<PlanNode['kind'], readonly string[]>> = {
  stakeholder: ['support', 'influence'],
  action: ['status', 'dueDate'],
  milestone: ['actual', 'target'],
  goal: ['target', 'achieved'],
};

/** A select option's words without the scale's score ("+1 Supporter" → "Supporter"). */
function words(text: string): string {
  return text.replace(/^[−+-]?\d+\s+/, '');
}

function direction(before: number | null | undefined, after: number | null | undefined): 'up' | 'down' | undefined {
  if (before === null || before === undefined || after === null || after === undefined || before === after) return undefined;
  return after > before ? 'up' : 'down';
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function fieldOf(node: PlanNode, key: string): FieldSpec | undefined {
  return kindOf(node.kind).field(key);
}

function edgeKey(edge: PlanEdge): string {
  return edge.id;
}

/**
 * What changed from `before` (a review's content) to `after` (the plan now), item by item: added and removed items;
 * stakeholders whose support or influence moved, with the direction; actions completed, slipped (due date moved
 * later) or newly overdue (not overdue on the review's day, overdue on `today`); milestones' actual or target;
 * goals' target or achieved (the goal build); any other field, the name, the place in the tree or a relation as
 * "changed". Layout (positions, order, folding) is not a change. One pass over each side: O(n + e).
 */
export function comparePlans(
  before: PlanState,
  after: PlanState,
  since: PlanComparison['since'],
  today: string,
): PlanComparison {
  const reviewDay = since.takenAt.slice(0, 10);
  const currency = after.plan.currency;
  const beforeById = new Map(before.nodes.map((node) => [node.id, node]));
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  const items: PlanChangeItem[] = [];
  const push = (node: PlanNode, category: ChangeCategory, message: string, extra: Partial<PlanChangeItem> = {}) => {
    items.push({ nodeId: node.id, kind: node.kind, label: node.label, category, message, ...extra });
  };
  const text = (node: PlanNode, key: string, value: unknown) => fieldText(fieldOf(node, key), value, currency);
  const changedBits = new Map<string, string[]>();
  const noteChange = (id: string, bit: string) => {
    const list = changedBits.get(id);
    if (list) list.push(bit);
    else changedBits.set(id, [bit]);
  };

  for (const node of after.nodes) {
    const old = beforeById.get(node.id);
    if (!old) {
      push(node, 'added', `${node.label}: ${kindOf(node.kind).label.toLowerCase()} added`);
      continue;
    }
    const own = OWN_CATEGORY[node.kind] ?? [];
    const was = old.data as Record<string, unknown>;
    const now = node.data as Record<string, unknown>;
    if (old.kind !== node.kind) noteChange(node.id, `kind ${kindOf(old.kind).label} → ${kindOf(node.kind).label}`);
    else {
      if (node.kind === 'stakeholder') {
        for (const key of ['support', 'influence'] as const) {
          if (was[key] === now[key]) continue;
          const scale = key === 'support' ? (SUPPORT_SCORE as Record<string, number | null>) : INFLUENCE_RANK;
          const from = words(text(node, key, was[key]));
          const to = words(text(node, key, now[key]));
          push(node, key, `${node.label}: ${key} ${from} → ${to}`, {
            direction: direction(scale[String(was[key])], scale[String(now[key])]),
            before: from,
            after: to,
          });
        }
      } else if (node.kind === 'action') {
        const oldDue = was.dueDate as string | null;
        const newDue = now.dueDate as string | null;
        const doneNow = now.status === 'done' && was.status !== 'done';
        if (doneNow) push(node, 'action-done', `${node.label}: completed`, { before: text(node, 'status', was.status), after: 'Done' });
        else if (was.status !== now.status)
          noteChange(node.id, `status ${text(node, 'status', was.status)} → ${text(node, 'status', now.status)}`);
        if (oldDue !== newDue) {
          const from = text(node, 'dueDate', oldDue);
          const to = text(node, 'dueDate', newDue);
          if (oldDue !== null && (newDue === null || newDue > oldDue))
            push(node, 'action-slipped', `${node.label}: due date moved ${from} → ${to}`, { direction: 'down', before: from, after: to });
          else noteChange(node.id, `due date ${from} → ${to}`);
        }
        const wasOverdue = isOverdue({ dueDate: oldDue, status: was.status as 'done' }, reviewDay);
        const isOverdueNow = isOverdue({ dueDate: newDue, status: now.status as 'done' }, today);
        if (!wasOverdue && isOverdueNow)
          push(node, 'action-overdue', `${node.label}: overdue since ${text(node, 'dueDate', newDue)}`, { direction: 'down' });
      } else if (node.kind === 'milestone' || node.kind === 'goal') {
        const keys = node.kind === 'milestone' ? (['actual', 'target'] as const) : (['achieved', 'target'] as const);
        const moved = keys.filter((key) => !sameValue(was[key], now[key]));
        if (moved.length > 0) {
          const [progress] = keys;
          const figure = (value: unknown, key: string) =>
            node.kind === 'goal' ? text(node, key, value) : typeof value === 'number' ? formatNumber(value) : '—';
          const parts = moved.map((key) => `${fieldOf(node, key)?.label.toLowerCase() ?? key} ${figure(was[key], key)} → ${figure(now[key], key)}`);
          push(node, node.kind === 'milestone' ? 'milestone' : 'goal-build', `${node.label}: ${parts.join(', ')}`, {
            direction: moved.includes(progress) ? direction(was[progress] as number | null, now[progress] as number | null) : undefined,
            before: figure(was[progress], progress),
            after: figure(now[progress], progress),
          });
        }
      }
      for (const key of Object.keys(now)) {
        if (own.includes(key) || sameValue(was[key], now[key])) continue;
        noteChange(node.id, fieldOf(node, key)?.label.toLowerCase() ?? key);
      }
    }
    if (old.label !== node.label) noteChange(node.id, `renamed from “${old.label}”`);
    if (old.parentId !== node.parentId) {
      const parent = node.parentId ? afterById.get(node.parentId) : undefined;
      noteChange(node.id, parent ? `moved under ${parent.label}` : 'moved');
    }
    if (old.internal !== node.internal) noteChange(node.id, node.internal ? 'made internal' : 'made customer-visible');
  }

  const beforeEdges = new Map(before.edges.map((edge) => [edgeKey(edge), edge]));
  const afterEdges = new Map(after.edges.map((edge) => [edgeKey(edge), edge]));
  const relation = (edge: PlanEdge, state: ReadonlyMap<string, PlanNode>) =>
    `${edgeKinds[edge.kind]?.label ?? edge.kind} ${state.get(edge.target)?.label ?? 'an item'}`;
  for (const edge of after.edges) {
    const old = beforeEdges.get(edge.id);
    if (!beforeById.has(edge.source) || !afterById.has(edge.source)) continue;
    if (!old) noteChange(edge.source, `now ${relation(edge, afterById)}`);
    else if (old.kind !== edge.kind || old.target !== edge.target || !sameValue(old.data, edge.data))
      noteChange(edge.source, `relation ${relation(edge, afterById)} changed`);
  }
  for (const edge of before.edges) {
    if (afterEdges.has(edge.id) || !afterById.has(edge.source) || !beforeById.has(edge.source)) continue;
    if (!afterById.has(edge.target)) continue;
    noteChange(edge.source, `no longer ${relation(edge, beforeById)}`);
  }
  for (const [id, bits] of changedBits) {
    const node = afterById.get(id)!;
    push(node, 'changed', `${node.label}: ${bits.join('; ')}`);
  }

  for (const node of before.nodes) {
    if (afterById.has(node.id)) continue;
    push(node, 'removed', `${node.label}: ${kindOf(node.kind).label.toLowerCase()} removed`);
  }

  const rank = new Map<string, number>();
  [...after.nodes, ...before.nodes.filter((node) => !afterById.has(node.id))]
    .sort(compareSiblings)
    .forEach((node, at) => rank.set(node.id, at));
  const categoryRank = new Map(CHANGE_CATEGORIES.map((category, at) => [category, at]));
  items.sort(
    (a, b) =>
      categoryRank.get(a.category)! - categoryRank.get(b.category)! ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
      rank.get(a.nodeId)! - rank.get(b.nodeId)!,
  );

  const counts = Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, 0])) as Record<ChangeCategory, number>;
  const byNode: Record<string, ChangeCategory[]> = {};
  for (const item of items) {
    counts[item.category] += 1;
    (byNode[item.nodeId] ??= []).push(item.category);
  }
  return { since, items, byNode, counts };
}
