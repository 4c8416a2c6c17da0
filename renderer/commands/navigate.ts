import type { PlanNode } from '../../shared/model.ts';
import type { PlanState } from '../store/types.ts';
import { childrenOf, rootNode } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import type { Command } from './command.ts';
import { singleSelectedNode } from './edits.ts';

type Direction = 'left' | 'right' | 'up' | 'down';

/** Which side of the root a node sits on: branches right of the root grow right, the others grow left. */
function sideOf(state: PlanState, node: PlanNode): 1 | -1 {
  const root = rootNode(state.nodes);
  return !root || node.position.x >= root.position.x ? 1 : -1;
}

/** The node an arrow key moves the selection to: towards the root, into the branch, or to a neighbouring sibling. */
export function neighbour(state: PlanState, direction: Direction): PlanNode | undefined {
  const node = singleSelectedNode(state);
  if (!node) return rootNode(state.nodes);
  const parent = node.parentId === null ? undefined : state.nodes[node.parentId];
  if (direction === 'up' || direction === 'down') {
    if (!parent) return undefined;
    const siblings = childrenOf(state.nodes, parent.id).filter((sibling) => Math.sign(sibling.position.x - parent.position.x) === Math.sign(node.position.x - parent.position.x));
    siblings.sort((a, b) => a.position.y - b.position.y);
    const index = siblings.findIndex((sibling) => sibling.id === node.id);
    return siblings[index + (direction === 'up' ? -1 : 1)];
  }
  const outward = direction === 'right' ? 1 : -1;
  if (node.parentId === null) {
    const children = childrenOf(state.nodes, node.id).filter((child) => Math.sign(child.position.x - node.position.x) === outward);
    return children.sort((a, b) => Math.abs(a.position.y - node.position.y) - Math.abs(b.position.y - node.position.y))[0];
  }
  if (sideOf(state, node) === outward) {
    if (node.collapsed) return undefined;
    return childrenOf(state.nodes, node.id)[0];
  }
  return parent;
}

function arrow(direction: Direction, key: string): Command {
  return defineCommand({
    id: `select.${direction}`,
    label: `Select ${direction === 'left' || direction === 'right' ? 'along the branch' : 'sibling'} (${direction})`,
    shortcuts: [{ key }],
    undo: 'skip',
    enabledWhen: (state) => Object.keys(state.nodes).length > 0,
    perform(state) {
      const next = neighbour(state, direction);
      return next ? { type: 'select', selection: { nodeIds: [next.id], edgeId: null } } : { type: 'done' };
    },
  });
}

/** Arrow keys move the selection along the mind map. */
export const selectLeft = arrow('left', 'ArrowLeft');
/** Arrow right. */
export const selectRight = arrow('right', 'ArrowRight');
/** Arrow up. */
export const selectUp = arrow('up', 'ArrowUp');
/** Arrow down. */
export const selectDown = arrow('down', 'ArrowDown');
