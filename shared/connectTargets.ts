import { allowedEdgeKinds } from './edges.ts';
import type { EdgeKind } from './edges.ts';
import { kindOf } from './kinds/index.ts';
import type { PlanNode } from './model.ts';

/** One relation that can be made between the node being connected and another item. */
export interface ConnectOption {
  kind: EdgeKind;
  source: string;
  target: string;
}

/** An item the node can be connected to, with every relation the kinds allow between them. */
export interface ConnectTarget {
  node: PlanNode;
  /** Relations from the node to this item first, then from this item to the node; "related" once, last. */
  options: ConnectOption[];
}

/** The relations the kinds allow between `from` and `other`, in either direction ("related" only once, from `from`). */
export function connectOptions(from: PlanNode, other: PlanNode): ConnectOption[] {
  if (from.id === other.id) return [];
  const outgoing = allowedEdgeKinds(from.kind, other.kind).filter((kind) => kind !== 'related');
  const incoming = allowedEdgeKinds(other.kind, from.kind).filter((kind) => kind !== 'related');
  const options: ConnectOption[] = [
    ...outgoing.map((kind) => ({ kind, source: from.id, target: other.id })),
    ...incoming.map((kind) => ({ kind, source: other.id, target: from.id })),
  ];
  if (allowedEdgeKinds(from.kind, other.kind).includes('related')) options.push({ kind: 'related', source: from.id, target: other.id });
  return options;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when every word typed appears in the item's label or kind name. */
export function matchesConnectQuery(node: PlanNode, query: string): boolean {
  const haystack = `${node.label} ${kindOf(node.kind).label}`.toLowerCase();
  return words(query).every((word) => haystack.includes(word));
}

/**
 * The plan's items `fromId` can be connected to, matching `query`: items a specific relation fits first, then those
 * only "related" fits, each group in label order.
 */
export function connectTargets(nodes: Readonly<Record<string, PlanNode>>, fromId: string, query = ''): ConnectTarget[] {
  const from = nodes[fromId];
  if (!from) return [];
  const targets: ConnectTarget[] = [];
  for (const node of Object.values(nodes)) {
    if (node.id === fromId || !matchesConnectQuery(node, query)) continue;
    const options = connectOptions(from, node);
    if (options.length > 0) targets.push({ node, options });
  }
  const specific = (target: ConnectTarget) => (target.options.some((option) => option.kind !== 'related') ? 0 : 1);
  return targets.sort((a, b) => specific(a) - specific(b) || a.node.label.localeCompare(b.node.label));
}
