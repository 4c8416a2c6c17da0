import { mergeEdge, mergeNode } from '../../shared/changes.ts';
import type { EdgeUpdate, NodeUpdate } from '../../shared/changes.ts';
import { canConnect, edgeKindOf } from '../../shared/edges.ts';
import { AtlasError } from '../../shared/errors.ts';
import { aKind } from '../../shared/kinds/wording.ts';
import { edgeRecordSchema, nodeRecordSchema } from '../../shared/model.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import type { PlanPatch } from '../../shared/patch.ts';
import { MAX_TREE_DEPTH, planSizeProblem } from '../../shared/limits.ts';
import { issuePath } from '../../shared/validation.ts';
import type { NodeFacts } from './repos/nodes.ts';
import type { Store } from './store.ts';


/** How messages name the node and relation lists (a plan file calls them `nodes` and `edges`). */
export interface PatchListNames {
  nodes: string;
  edges: string;
}

const PATCH_LIST_NAMES: PatchListNames = { nodes: 'upsertNodes', edges: 'upsertEdges' };

/** What applying a patch did beyond the map itself. */
export interface PatchOutcome {
  /** The account's new name when the patch renamed the account node at the centre of the map. */
  accountName?: string;
}

/** A node to save with the place in the patch that it came from. */
interface PlacedNode {
  node: PlanNode;
  where: string;
}

/**
 * Applies a validated patch to one plan inside the caller's transaction: relation deletes, node deletes,
 * node upserts, relation upserts, positions, viewport. Throws an `invalid-input` AtlasError naming the
 * offending item when the result would not be a valid map; the caller's transaction then rolls back.
 */
export function applyPlanPatch(store: Store, patch: PlanPatch, names: PatchListNames = PATCH_LIST_NAMES): PatchOutcome {
  const { planId } = patch;
  const known = new Map<string, NodeFacts | null>();
  const factsOf = (id: string): NodeFacts | undefined => {
    if (!known.has(id)) known.set(id, store.nodes.facts(planId, id) ?? null);
    return known.get(id) ?? undefined;
  };

  for (const id of patch.deleteEdges) store.edges.delete(planId, id);
  deleteNodes(store, planId, patch.deleteNodes, factsOf, known);
  const placed: PlacedNode[] = patch.upsertNodes.map((node, index) => ({ node, where: `${names.nodes}[${index}]` }));
  const upserted = new Map(patch.upsertNodes.map((node) => [node.id, node] as const));
  patch.updateNodes.forEach((update, index) => {
    const where = `updateNodes[${index}]`;
    const stored = upserted.get(update.id) ?? store.nodes.get(planId, update.id);
    if (!stored) throw new AtlasError('invalid-input', `${where}: node "${update.id}" does not exist in this plan; it may have been deleted.`);
    const merged = mergeNode(stored, update as NodeUpdate);
    const node = parseMerged(nodeRecordSchema, merged, where) as PlanNode;
    upserted.set(node.id, node);
    placed.push({ node, where });
  });
  const outcome = upsertNodes(store, planId, placed, factsOf, known);

  const savedEdges = new Map<string, PlanEdge>();
  patch.upsertEdges.forEach((edge, index) => {
    checkEdge(edge, `${names.edges}[${index}]`, factsOf);
    store.edges.save(planId, edge);
    savedEdges.set(edge.id, edge);
  });
  patch.updateEdges.forEach((update, index) => {
    const where = `updateEdges[${index}]`;
    const stored = savedEdges.get(update.id) ?? store.edges.get(planId, update.id);
    if (!stored) throw new AtlasError('invalid-input', `${where}: relation "${update.id}" does not exist in this plan; it may have been deleted.`);
    const edge = parseMerged(edgeRecordSchema, mergeEdge(stored, update as EdgeUpdate), where) as PlanEdge;
    checkEdge(edge, where, factsOf);
    store.edges.save(planId, edge);
    savedEdges.set(edge.id, edge);
  });
  patch.positions.forEach((position, index) => {
    if (!store.nodes.move(planId, position.id, position.x, position.y)) {
      throw new AtlasError('invalid-input', `positions[${index}]: node "${position.id}" does not exist in this plan.`);
    }
  });
  if (patch.viewport) store.plans.setViewport(planId, patch.viewport);
  // What a plan holds, every format exports: a change that grows it past the limits is refused whole.
  const grows = patch.upsertNodes.length > 0 || patch.upsertEdges.length > 0 || patch.updateNodes.some((update) => update.parentId !== undefined);
  if (grows) {
    const problem = planSizeProblem(store.nodes.links(planId), store.edges.count(planId));
    if (problem) throw new AtlasError('invalid-input', `This change was not made: ${problem}`);
  }
  return outcome;
}

/** Validates a record after an update was merged into it, naming the update's place in the patch. */
function parseMerged(schema: typeof nodeRecordSchema | typeof edgeRecordSchema, merged: unknown, where: string): unknown {
  const parsed = schema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue ? issuePath(issue.path) : '';
  const detail = issue?.message.replace(/^Invalid input: /, '') ?? 'invalid';
  throw new AtlasError('invalid-input', `Invalid input: ${where}${path ? `.${path}` : ''}: ${detail}.`);
}

function deleteNodes(
  store: Store,
  planId: string,
  ids: readonly string[],
  factsOf: (id: string) => NodeFacts | undefined,
  known: Map<string, NodeFacts | null>,
): void {
  const deleting = new Set(ids);
  for (const id of ids) {
    const facts = factsOf(id);
    if (!facts) continue;
    if (facts.kind === 'account') {
      throw new AtlasError('invalid-input', `deleteNodes: "${id}" is the account at the centre of the plan and cannot be deleted.`);
    }
    const orphan = store.nodes.childIds(planId, id).find((child) => !deleting.has(child));
    if (orphan !== undefined) {
      throw new AtlasError(
        'invalid-input',
        `deleteNodes: node "${id}" still has child "${orphan}"; delete its whole branch in the same change.`,
      );
    }
  }
  for (const id of ids) {
    store.nodes.delete(planId, id);
    known.set(id, null);
  }
}

function upsertNodes(
  store: Store,
  planId: string,
  nodes: readonly PlacedNode[],
  factsOf: (id: string) => NodeFacts | undefined,
  known: Map<string, NodeFacts | null>,
): PatchOutcome {
  const roots = store.nodes.rootIds(planId);
  const kindChanged: string[] = [];
  const outcome: PatchOutcome = {};
  nodes.forEach(({ node, where }) => {
    if (node.kind === 'account') {
      if (node.parentId !== null) throw new AtlasError('invalid-input', `${where}.parentId: the account node is the root and has no parent.`);
      if (roots.some((root) => root !== node.id)) {
        throw new AtlasError('invalid-input', `${where}: a plan has exactly one account node.`);
      }
      if (!roots.includes(node.id)) roots.push(node.id);
      const name = node.label.trim();
      if (name !== '') outcome.accountName = name;
    } else if (node.parentId === null) {
      throw new AtlasError('invalid-input', `${where}.parentId: every node except the account needs a parent.`);
    }
    if (node.parentId === node.id) throw new AtlasError('invalid-input', `${where}.parentId: a node cannot be its own parent.`);
    const before = factsOf(node.id);
    if (before && before.kind !== node.kind) kindChanged.push(node.id);
    if (before?.kind === 'account' && node.kind !== 'account') {
      throw new AtlasError('invalid-input', `${where}.kind: the account node cannot become ${aKind(node.kind)}.`);
    }
    store.nodes.save(planId, node);
    known.set(node.id, { id: node.id, kind: node.kind, parentId: node.parentId });
  });

  nodes.forEach(({ node, where }) => checkAncestry(node, where, factsOf));
  for (const id of kindChanged) {
    for (const edge of store.edges.touching(planId, id)) checkEdge(edge, `relation "${edge.id}"`, factsOf);
  }
  return outcome;
}

/** The parent chain must exist and reach the root without a cycle. */
function checkAncestry(node: PlanNode, where: string, factsOf: (id: string) => NodeFacts | undefined): void {
  let parentId = node.parentId;
  for (let depth = 0; parentId !== null; depth += 1) {
    const parent = factsOf(parentId);
    if (!parent) throw new AtlasError('invalid-input', `${where}.parentId: parent node "${parentId}" does not exist in this plan.`);
    if (parent.id === node.id) {
      throw new AtlasError('invalid-input', `${where}.parentId: this parent would put node "${node.id}" inside its own branch.`);
    }
    if (depth > MAX_TREE_DEPTH) {
      throw new AtlasError('invalid-input', `${where}.parentId: this would put node "${node.id}" more than ${MAX_TREE_DEPTH.toLocaleString('en-US')} levels below the account.`);
    }
    parentId = parent.parentId;
  }
}

function checkEdge(edge: PlanEdge, where: string, factsOf: (id: string) => NodeFacts | undefined): void {
  const source = factsOf(edge.source);
  const target = factsOf(edge.target);
  if (!source) throw new AtlasError('invalid-input', `${where}.source: node "${edge.source}" does not exist in this plan.`);
  if (!target) throw new AtlasError('invalid-input', `${where}.target: node "${edge.target}" does not exist in this plan.`);
  if (edge.source === edge.target) throw new AtlasError('invalid-input', `${where}: a relation cannot connect a node to itself.`);
  if (!canConnect(edge.kind, source.kind, target.kind)) {
    throw new AtlasError(
      'invalid-input',
      `${where}: the "${edgeKindOf(edge.kind).label}" relation cannot go from ${aKind(source.kind)} to ${aKind(target.kind)}.`,
    );
  }
}
