import type { Account } from '../account.ts';
import { ACCOUNT_FIELD_VISIBILITY, accountFieldsSchema } from '../account.ts';
import type { Edition } from '../api.ts';
import { edgeKindOf } from '../edges.ts';
import { fieldDefault } from '../kinds/fields.ts';
import type { FieldSpec } from '../kinds/fields.ts';
import type { NodeKind } from '../kinds/index.ts';
import { NODE_KINDS, kindOf } from '../kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../model.ts';
import type { Plan } from '../plan.ts';
import { PLAN_FIELD_VISIBILITY, planFieldsSchema } from '../plan.ts';

/** Kinds never shown to the customer, whatever their flag: our competitive analysis and our SWOT. */
export const CUSTOMER_HIDDEN_KINDS: readonly NodeKind[] = NODE_KINDS.filter((kind) => kindOf(kind).alwaysInternal === true);

/** Account fields the customer edition leaves out. */
export const INTERNAL_ACCOUNT_FIELDS = internalKeys(ACCOUNT_FIELD_VISIBILITY);
/** Plan fields the customer edition leaves out. */
export const INTERNAL_PLAN_FIELDS = internalKeys(PLAN_FIELD_VISIBILITY);

function internalKeys<K extends string>(visibility: Record<K, 'shared' | 'internal'>): readonly K[] {
  return (Object.keys(visibility) as K[]).filter((key) => visibility[key] === 'internal');
}

/**
 * The plan as the customer may see it, and the one filter every customer-facing output goes through (the
 * customer edition of every document format, the document preview, the customer view of a workshop). It drops
 * internal nodes with their whole subtree, kinds that are always internal (competitors, SWOT), relations of
 * internal kinds or touching a dropped node, and replaces every internal field of the nodes, relations, account
 * and plan with its empty value (null, "" or the schema default), so no renderer can print it.
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
  // An explicit stack: a deep branch must not overflow the call stack.
  const stack = document.nodes.filter((node) => node.kind !== 'account' && (node.internal || CUSTOMER_HIDDEN_KINDS.includes(node.kind)));
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    if (dropped.has(node.id)) continue;
    dropped.add(node.id);
    stack.push(...(childrenOf.get(node.id) ?? []));
  }
  const nodes = document.nodes.filter((node) => !dropped.has(node.id)).map(withoutInternalFields);
  const edges = document.edges
    .filter((edge) => !dropped.has(edge.source) && !dropped.has(edge.target) && !edgeKindOf(edge.kind).internal)
    .map(edgeWithoutInternalFields);
  return { ...document, account: customerAccount(document.account), plan: customerPlan(document.plan), nodes, edges };
}

/** The document for an edition: itself for internal, the customer view for customer. */
export function editionView(document: PlanDocument, edition: Edition): PlanDocument {
  return edition === 'customer' ? customerView(document) : document;
}

function customerAccount(account: Account): Account {
  const out = { ...account } as Record<string, unknown>;
  for (const key of INTERNAL_ACCOUNT_FIELDS) out[key] = accountFieldsSchema.shape[key].parse(undefined);
  return out as Account;
}

function customerPlan(plan: Plan): Plan {
  const out = { ...plan } as Record<string, unknown>;
  for (const key of INTERNAL_PLAN_FIELDS) out[key] = planFieldsSchema.shape[key].parse(undefined);
  return out as Plan;
}

function withoutInternalFields(node: PlanNode): PlanNode {
  const definition = kindOf(node.kind);
  if (definition.internalFields.length === 0) return node;
  const data: Record<string, unknown> = { ...node.data };
  for (const key of definition.internalFields) data[key] = fieldDefault(definition.field(key) as FieldSpec);
  return { ...node, data } as PlanNode;
}

function edgeWithoutInternalFields(edge: PlanEdge): PlanEdge {
  const internal = edgeKindOf(edge.kind).fields.filter((field) => field.internal);
  if (internal.length === 0) return edge;
  const data = { ...edge.data };
  for (const field of internal) data[field.key] = fieldDefault(field);
  return { ...edge, data };
}

/** True when a field of a kind is shown in this edition. */
export function showsField(kind: NodeKind, key: string, edition: Edition): boolean {
  return edition === 'internal' || !kindOf(kind).field(key)?.internal;
}

/** True when a field of the account record is shown in this edition. */
export function showsAccountField(key: keyof typeof ACCOUNT_FIELD_VISIBILITY, edition: Edition): boolean {
  return edition === 'internal' || ACCOUNT_FIELD_VISIBILITY[key] !== 'internal';
}

/** True when a field of the plan record is shown in this edition. */
export function showsPlanField(key: keyof typeof PLAN_FIELD_VISIBILITY, edition: Edition): boolean {
  return edition === 'internal' || PLAN_FIELD_VISIBILITY[key] !== 'internal';
}

/** The label a field carries in this edition (the customer edition speaks to the customer). */
export function fieldLabel(field: FieldSpec, edition: Edition): string {
  return edition === 'customer' ? (field.customerLabel ?? field.label) : field.label;
}

/** The words for an edition: the team's, or the ones that speak to the customer. */
export function inEdition(edition: Edition, words: { internal: string; customer: string }): string {
  return edition === 'customer' ? words.customer : words.internal;
}
