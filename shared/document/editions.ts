import type { Edition } from '../api.ts';
import { edgeKindOf } from '../edges.ts';
import type { NodeKind } from '../kinds/index.ts';
import { kindOf } from '../kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../model.ts';

/** Kinds never shown to the customer, whatever their flag: our competitive analysis and our SWOT. */
export const CUSTOMER_HIDDEN_KINDS: readonly NodeKind[] = ['competitor', 'swot'];

/** Internal account fields left out of the customer edition (the account record has no field specs). */
const INTERNAL_ACCOUNT_FIELDS = { notes: '' } as const;

/**
 * The plan as the customer may see it: drops internal nodes with their whole subtree, competitors and SWOT,
 * relations of internal kinds or touching a dropped node, and resets every internal field to its default
 * (so a document cannot print it, whatever the renderer does).
 */
export function customerView(document: PlanDocument): PlanDocument {
  const childrenOf = new Map<string, PlanNode[]>();
  for (const node of document.nodes) {
    if (node.parentId === null) continue;
    const siblings = childrenOf.get(node.parentId) ?? [];
    siblings.push(node);
    childrenOf.set(node.parentId, siblings);
  }
  const dropped = new Set<string>();
  const drop = (node: PlanNode): void => {
    if (dropped.has(node.id)) return;
    dropped.add(node.id);
    for (const child of childrenOf.get(node.id) ?? []) drop(child);
  };
  for (const node of document.nodes) {
    if (node.kind !== 'account' && (node.internal || CUSTOMER_HIDDEN_KINDS.includes(node.kind))) drop(node);
  }
  const nodes = document.nodes.filter((node) => !dropped.has(node.id)).map(withoutInternalFields);
  const edges = document.edges
    .filter((edge) => !dropped.has(edge.source) && !dropped.has(edge.target) && !edgeKindOf(edge.kind).internal)
    .map(edgeWithoutInternalFields);
  return { ...document, account: { ...document.account, ...INTERNAL_ACCOUNT_FIELDS }, nodes, edges };
}

/** The document for an edition: itself for internal, the customer view for customer. */
export function editionView(document: PlanDocument, edition: Edition): PlanDocument {
  return edition === 'customer' ? customerView(document) : document;
}

function withoutInternalFields(node: PlanNode): PlanNode {
  const definition = kindOf(node.kind);
  if (definition.internalFields.length === 0) return node;
  const defaults = definition.defaults();
  const data: Record<string, unknown> = { ...node.data };
  for (const key of definition.internalFields) data[key] = defaults[key];
  return { ...node, data } as PlanNode;
}

function edgeWithoutInternalFields(edge: PlanEdge): PlanEdge {
  const internal = edgeKindOf(edge.kind).fields.filter((field) => field.internal);
  if (internal.length === 0) return edge;
  const data = { ...edge.data };
  for (const field of internal) delete data[field.key];
  return { ...edge, data };
}

/** True when a field of a kind is shown in this edition. */
export function showsField(kind: NodeKind, key: string, edition: Edition): boolean {
  return edition === 'internal' || !kindOf(kind).field(key)?.internal;
}
