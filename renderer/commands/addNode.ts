import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import { placeNewChild, placeNewSibling } from '../../shared/layout.ts';
import type { PlanNode } from '../../shared/model.ts';
import { newNodePlace } from '../../shared/rules/newNodePlace.ts';
import type { PlanState } from '../store/types.ts';
import { childrenOf, nextChildOrder, orderAfter, rootNode } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import type { CommandOutcome } from './command.ts';
import { makeEdit, newNode, singleSelectedNode } from './edits.ts';

const DEFAULT_CHILD_KIND: Partial<Record<NodeKind, NodeKind>> = {
  stakeholder: 'need',
  goal: 'action',
  opportunity: 'action',
  need: 'topic',
};

/** The kind Tab adds under a node: what its last child is, else the natural next step (stakeholder → need …), else topic. */
export function defaultChildKind(state: Pick<PlanState, 'nodes'>, parent: PlanNode): NodeKind {
  if (parent.kind === 'account') return 'topic';
  const last = childrenOf(state.nodes, parent.id).at(-1);
  if (last && (parent.kind !== 'goal' || last.kind === 'goal' || last.kind === 'action')) return last.kind;
  return DEFAULT_CHILD_KIND[parent.kind] ?? 'topic';
}

/** Adds a new node of `kind` as the last child of `parent`, expanding the parent if it was collapsed. */
export function addChildEdit(state: PlanState, parent: PlanNode, kind: NodeKind, label: string): CommandOutcome {
  const nodes = Object.values(state.nodes);
  // Place against the expanded parent so the new child does not land on top of hidden siblings.
  const placed = parent.collapsed ? nodes.map((node) => (node.id === parent.id ? { ...node, collapsed: false } : node)) : nodes;
  const position = placeNewChild(placed, parent.id);
  const node = newNode(kind, parent.id, position, nextChildOrder(state.nodes, parent.id));
  const upsertNodes = parent.collapsed ? [{ ...parent, collapsed: false }, node] : [node];
  const edit = makeEdit(label, { upsertNodes }, { selectAfter: { nodeIds: [node.id], edgeId: null }, renameAfter: node.id });
  return { type: 'edit', edit };
}

/** Where the palette puts a node of `kind`: beside a selected node of that kind, else under the selection or the account. */
function paletteTarget(state: PlanState, kind: NodeKind) {
  const place = newNodePlace(kind, singleSelectedNode(state), rootNode(state.nodes));
  const parent = place ? state.nodes[place.parentId] : undefined;
  return place && parent ? { parent, after: place.afterId === null ? undefined : state.nodes[place.afterId] } : undefined;
}

/** Adds a node of `kind` right after `node`, under the same parent, and starts renaming it. */
function siblingEdit(state: PlanState, node: PlanNode, parentId: string, kind: NodeKind): CommandOutcome {
  const position = placeNewSibling(Object.values(state.nodes), node.id);
  const sibling = newNode(kind, parentId, position, orderAfter(state.nodes, node));
  const edit = makeEdit(
    `Add ${kindOf(kind).label.toLowerCase()}`,
    { upsertNodes: [sibling] },
    { selectAfter: { nodeIds: [sibling.id], edgeId: null }, renameAfter: sibling.id },
  );
  return { type: 'edit', edit };
}

/**
 * Palette: adds a node of the chosen kind (shared/rules/newNodePlace.ts says where: a sibling of a selected node of
 * the same kind, else a child of the selected node or the account) and starts renaming it.
 */
export const addNodeOfKind = defineCommand<{ kind: NodeKind }>({
  id: 'node.add',
  label: 'Add node',
  undo: 'record',
  enabledWhen: (state, { kind }) => paletteTarget(state, kind) !== undefined,
  perform(state, { kind }) {
    const { parent, after } = paletteTarget(state, kind)!;
    if (after) return siblingEdit(state, after, parent.id, kind);
    return addChildEdit(state, parent, kind, `Add ${kindOf(kind).label.toLowerCase()}`);
  },
});

/** Tab: adds a child of a sensible kind under the selected node and starts renaming it. */
export const addChild = defineCommand({
  id: 'node.addChild',
  label: 'Add child',
  shortcuts: [{ key: 'Tab' }, { key: 'Insert' }],
  undo: 'record',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform(state) {
    const parent = singleSelectedNode(state)!;
    const kind = defaultChildKind(state, parent);
    return addChildEdit(state, parent, kind, `Add ${kindOf(kind).label.toLowerCase()}`);
  },
});

/** Enter: adds a sibling of the same kind right after the selected node (a child of the root when the root is selected). */
export const addSibling = defineCommand({
  id: 'node.addSibling',
  label: 'Add sibling',
  shortcuts: [{ key: 'Enter' }],
  undo: 'record',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform(state) {
    const node = singleSelectedNode(state)!;
    const parent = node.parentId === null ? undefined : state.nodes[node.parentId];
    if (!parent) return addChildEdit(state, node, 'topic', 'Add topic');
    return siblingEdit(state, node, parent.id, node.kind);
  },
});
