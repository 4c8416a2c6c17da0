import { TIER_CRITERIA, TIER_OPTIONS } from './account.ts';
import { EDGE_KINDS, edgeKindOf } from './edges.ts';
import type { FieldSpec, NodeKind } from './kinds/index.ts';
import { kindOf, optionLabel } from './kinds/index.ts';
import type { PlanDocument, PlanNode } from './model.ts';
import { PLAN_STATUS_OPTIONS } from './plan.ts';
import { isOutsideHorizon, isOverdue } from './rules/actions.ts';
import { STALE_CONTACT_DAYS, isStaleContact } from './rules/contacts.ts';
import { gapStatus, goalBuild } from './rules/goalBuild.ts';
import type { GoalBuildResult } from './rules/goalBuild.ts';
import { MILESTONE_STATUS_LABELS, milestoneStatus } from './rules/milestoneStatus.ts';
import { planTree } from './rules/tree.ts';
import { todayIso } from './values.ts';

/** A fact shown after a node's label: a field key, and the word put before its value (none for self-describing values). */
type Fact = readonly [key: string, prefix?: string];

/** Which fields of each kind are its key facts in the outline, in the order shown. */
const KEY_FACTS: { readonly [K in NodeKind]: readonly Fact[] } = {
  account: [],
  stakeholder: [['title'], ['buyingRole'], ['influence', 'influence'], ['support', 'support'], ['lastContact', 'last contact']],
  need: [['priority', 'priority'], ['category'], ['roiMeasure', 'ROI'], ['confirmed']],
  goal: [['target', 'target'], ['achieved', 'achieved'], ['metric'], ['dueDate', 'due']],
  opportunity: [['type'], ['value', 'value'], ['stage', 'stage'], ['probability', 'probability'], ['closeDate', 'close']],
  action: [['owner', 'owner'], ['dueDate', 'due'], ['status'], ['horizon']],
  competitor: [['position'], ['threat', 'threat']],
  swot: [['quadrant']],
  teamMember: [['function'], ['role']],
  dependency: [['scope'], ['area'], ['owner', 'owner'], ['status', 'status'], ['dueDate', 'needed by']],
  milestone: [['metric'], ['target', 'target'], ['actual', 'actual'], ['dueDate', 'due']],
  topic: [],
};

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A field value in words, or null when it is empty. */
function fieldText(field: FieldSpec, value: unknown, currency: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'select':
      return optionLabel(field, value);
    case 'number': {
      const amount = numberFormat.format(Number(value));
      if (field.unit === 'currency') return `${amount} ${currency}`;
      return field.unit === 'percent' ? `${amount}%` : amount;
    }
    case 'boolean':
      return value === true ? field.label.toLowerCase() : `not ${field.label.toLowerCase()}`;
    case 'text':
    case 'date':
      return String(value).replace(/\s+/g, ' ').trim() || null;
  }
}

const money = (value: number, currency: string) => `${numberFormat.format(value)} ${currency}`;

/** "100,000 USD short", "5,000 USD over" or "on target", for a goal-build gap. */
function gapText(gap: number, currency: string): string {
  const status = gapStatus(gap);
  return status === 'short' ? `${money(gap, currency)} short` : status === 'over' ? `${money(-gap, currency)} over` : 'on target';
}

/** What the plan's rules say about a node on `today`: goal build, milestone status, overdue, horizon, stale contact. */
function ruleFacts(node: PlanNode, build: GoalBuildResult, today: string, currency: string): string[] {
  switch (node.kind) {
    case 'goal': {
      const figure = build.goals.get(node.id);
      if (!figure || figure.build === null) return [];
      return [`build ${money(figure.build, currency)}${figure.gap === null ? '' : `, ${gapText(figure.gap, currency)}`}`];
    }
    case 'milestone':
      return [MILESTONE_STATUS_LABELS[milestoneStatus(node.data, today)].toLowerCase()];
    case 'action':
      return [isOverdue(node.data, today) ? 'OVERDUE' : '', isOutsideHorizon(node.data, today) ? 'OUTSIDE ITS HORIZON' : ''].filter(Boolean);
    case 'stakeholder':
      return isStaleContact(node.data.lastContact, today) ? [`not contacted in ${STALE_CONTACT_DAYS} days`] : [];
    default:
      return [];
  }
}

/** One outline line for a node: `Kind: label (facts)`, plus a topic's text and an internal marker. */
export function nodeLine(node: PlanNode, currency: string, rules: readonly string[]): string {
  const definition = kindOf(node.kind);
  const data = node.data as Record<string, unknown>;
  const facts: string[] = [];
  for (const [key, prefix] of KEY_FACTS[node.kind]) {
    const field = definition.field(key);
    const text = field ? fieldText(field, data[key], currency) : null;
    if (text !== null) facts.push(prefix ? `${prefix} ${text}` : text);
  }
  facts.push(...rules);
  const note = node.kind === 'topic' ? fieldText(definition.field('text')!, data.text, currency) : null;
  let line = `${definition.label}: ${node.label || '(untitled)'}`;
  if (facts.length > 0) line += ` (${facts.join(', ')})`;
  if (note) line += ` — ${note}`;
  if (node.internal) line += ' [internal]';
  return line;
}

/** Nodes in outline order with their depth: the plan's one tree index (shared/rules/tree.ts), as documents and the plan file walk it. */
export function outlineOrder(nodes: readonly PlanNode[]): { node: PlanNode; depth: number }[] {
  const tree = planTree(nodes);
  return tree.ordered.map((node) => ({ node, depth: tree.depth(node.id) }));
}

/** The whole plan as plain text on `today`: a header with the goal build, the map as an indented outline, then every relation. */
export function planTreeText(document: PlanDocument, today: string = todayIso()): string {
  const { account, plan, nodes, edges } = document;
  const currency = plan.currency;
  const tier = TIER_OPTIONS.find((option) => option.value === account.tier)?.label ?? account.tier;
  const criteria = account.tierCriteria.map((value) => TIER_CRITERIA.find((option) => option.value === value)?.label ?? value);
  const status = PLAN_STATUS_OPTIONS.find((option) => option.value === plan.status)?.label ?? plan.status;
  const lines = [
    `Account: ${account.name} (${tier}${criteria.length > 0 ? `: ${criteria.join('; ')}` : ''})`,
    `Plan: ${plan.title} (${status})`,
    `Period: ${plan.periodStart ?? 'not set'} to ${plan.periodEnd ?? 'not set'}`,
    `Growth target: ${plan.growthTarget === null ? 'not set' : money(plan.growthTarget, currency)}`,
  ];
  const tree = planTree(nodes);
  const build = goalBuild(tree, plan.growthTarget);
  if (build.plan.build !== null) {
    const gap = build.plan.gap === null ? '' : `, ${gapText(build.plan.gap, currency)} (growth target)`;
    lines.push(`Goal build: ${money(build.plan.build, currency)}${gap}`);
  }
  lines.push('', `Map (${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'})`);
  for (const node of tree.ordered) {
    lines.push(`${'  '.repeat(tree.depth(node.id) + 1)}${nodeLine(node, currency, ruleFacts(node, build, today, currency))}`);
  }

  const labels = new Map(nodes.map((node) => [node.id, node.label || '(untitled)'] as const));
  const sorted = [...edges].sort((a, b) => EDGE_KINDS.indexOf(a.kind) - EDGE_KINDS.indexOf(b.kind));
  lines.push('', `Relations (${edges.length})`);
  for (const edge of sorted) {
    const definition = edgeKindOf(edge.kind);
    const facts = definition.fields
      .map((field) => {
        const text = fieldText(field, edge.data[field.key], currency);
        return text === null ? null : `${field.label.toLowerCase()} ${text}`;
      })
      .filter((text) => text !== null);
    const source = labels.get(edge.source) ?? `(missing ${edge.source})`;
    const target = labels.get(edge.target) ?? `(missing ${edge.target})`;
    lines.push(`  ${source} —${definition.label}→ ${target}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
