import type { NodeKind } from '../kinds/index.ts';
import type { TreeItem } from './tree.ts';

/** Where a node added from the palette goes: under a parent, at the end or right after a sibling. */
export interface NewNodePlace {
  /** The new node's parent. */
  parentId: string;
  /** The sibling the new node follows directly, or null to add it as the parent's last child. */
  afterId: string | null;
}

/** The parts of a node the rule reads. */
export type PlacedItem = TreeItem & { kind: string };

/**
 * Where a new node of `kind` goes when it is added with `selected` selected (none, or several, is `undefined`):
 * next to a selected node of the same kind (same parent, right after it: Stakeholder clicked twice gives two
 * stakeholders side by side), else under the selected node, else under the account. The plan's one tree rule holds:
 * the account is the root, every other node has a parent, so a node of the account's kind never gets a sibling.
 */
export function newNodePlace(kind: NodeKind, selected: PlacedItem | undefined, root: PlacedItem | undefined): NewNodePlace | undefined {
  if (selected && selected.kind === kind && selected.parentId !== null && selected.parentId !== selected.id) {
    return { parentId: selected.parentId, afterId: selected.id };
  }
  const parent = selected ?? root;
  return parent ? { parentId: parent.id, afterId: null } : undefined;
}

