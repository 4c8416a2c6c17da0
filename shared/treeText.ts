import { TIER_CRITERIA, TIER_OPTIONS } from './account.ts';
import { EDGE_KINDS, edgeKindOf } from './edges.ts';
import type { FieldSpec, NodeKind } from './kinds/index.ts';
import { kindOf, optionLabel } from './kinds/index.ts';
import type { PlanDocument, PlanNode } from './model.ts';
import { PLAN_STATUS_OPTIONS } from './plan.ts';

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

/** One outline line for a node: `Kind: label (facts)`, plus a topic's text and an internal marker. */
function nodeLine(node: PlanNode, currency: string): string {
  const definition = kindOf(node.kind);
  const data = node.data as Record<string, unknown>;
  const facts: string[] = [];
  for (const [key, prefix] of KEY_FACTS[node.kind]) {
    const field = definition.field(key);
    const text = field ? fieldText(field, data[key], currency) : null;
    if (text !== null) facts.push(prefix ? `${prefix} ${text}` : text);
  }
  const note = node.kind === 'topic' ? fieldText(definition.field('text')!, data.text, currency) : null;
  let line = `${definition.label}: ${node.label || '(untitled)'}`;
  if (facts.length > 0) line += ` (${facts.join(', ')})`;
  if (note) line += ` — ${note}`;
  if (node.internal) line += ' [internal]';
  return line;
}

/** Nodes in outline order: depth-first from the root(s), siblings by `order`; nodes cut off from the tree come last. */
export function outlineOrder(nodes: readonly PlanNode[]): { node: PlanNode; depth: number }[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, PlanNode[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) && node.parentId !== node.id ? node.parentId : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  // Ties broken by id, so the same plan always gives the same order whatever order the nodes were loaded in.
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: { node: PlanNode; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (start: PlanNode) => {
    const stack: [PlanNode, number][] = [[start, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push({ node, depth });
      const list = children.get(node.id) ?? [];
      for (let i = list.length - 1; i >= 0; i -= 1) stack.push([list[i]!, depth + 1]);
    }
  };
  for (const root of children.get(null) ?? []) walk(root);
  for (const node of nodes) if (!seen.has(node.id)) walk(node);
  return out;
}

/** The whole plan as plain text: a header, the map as an indented outline, then every relation. */
export function planTreeText(document: PlanDocument): string {
  const { account, plan, nodes, edges } = document;
  const currency = plan.currency;
  const tier = TIER_OPTIONS.find((option) => option.value === account.tier)?.label ?? account.tier;
  const criteria = account.tierCriteria.map((value) => TIER_CRITERIA.find((option) => option.value === value)?.label ?? value);
  const status = PLAN_STATUS_OPTIONS.find((option) => option.value === plan.status)?.label ?? plan.status;
  const lines = [
    `Account: ${account.name} (${tier}${criteria.length > 0 ? `: ${criteria.join('; ')}` : ''})`,
    `Plan: ${plan.title} (${status})`,
    `Period: ${plan.periodStart ?? 'not set'} to ${plan.periodEnd ?? 'not set'}`,
    `Growth target: ${plan.growthTarget === null ? 'not set' : `${numberFormat.format(plan.growthTarget)} ${currency}`}`,
    '',
    `Map (${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'})`,
  ];
  for (const { node, depth } of outlineOrder(nodes)) lines.push(`${'  '.repeat(depth + 1)}${nodeLine(node, currency)}`);

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
