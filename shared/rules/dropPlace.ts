import { NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from '../layout.ts';
import type { Position } from '../model.ts';

/** A node's box on the map, by its top-left corner (NODE_WIDTH × NODE_HEIGHT). */
export interface PlacedItem {
  id: string;
  position: Position;
}

/** The topmost-drawn node whose box holds `point` (a map point), skipping those `skip` names; null over empty map. */
export function nodeAtPoint(nodes: Iterable<PlacedItem>, point: Position, skip: (id: string) => boolean): string | null {
  let found: string | null = null;
  for (const node of nodes) {
    const { x, y } = node.position;
    if (point.x >= x && point.x <= x + NODE_WIDTH && point.y >= y && point.y <= y + NODE_HEIGHT && !skip(node.id)) found = node.id;
  }
  return found;
}

/**
 * Where a node dropped at `dropped` (its new top-left corner) goes among its siblings, as an index into the
 * siblings without it (in sibling order), or null when the drop is not in their column or leaves it in its place.
 * Only the siblings on the dropped node's side of the parent count (a root's branches grow both ways).
 */
export function siblingDropIndex(parent: PlacedItem, siblings: readonly PlacedItem[], movedId: string, dropped: Position): number | null {
  const side = (item: Position) => Math.sign(item.x - parent.position.x) || 1;
  const others = siblings.filter((sibling) => sibling.id !== movedId);
  const column = others.filter((sibling) => side(sibling.position) === side(dropped));
  if (column.length === 0) return null;
  const xs = column.map((sibling) => sibling.position.x);
  const ys = column.map((sibling) => sibling.position.y);
  const inColumn = dropped.x >= Math.min(...xs) - NODE_WIDTH / 2 && dropped.x <= Math.max(...xs) + NODE_WIDTH / 2;
  const inRange = dropped.y >= Math.min(...ys) - NODE_HEIGHT - VERTICAL_GAP && dropped.y <= Math.max(...ys) + NODE_HEIGHT + VERTICAL_GAP;
  if (!inColumn || !inRange) return null;
  const above = [...column].sort((a, b) => a.position.y - b.position.y).filter((sibling) => sibling.position.y < dropped.y);
  const index = above.length === 0 ? others.indexOf(column.reduce((top, sibling) => (sibling.position.y < top.position.y ? sibling : top))) : others.indexOf(above.at(-1)!) + 1;
  return index === siblings.findIndex((sibling) => sibling.id === movedId) ? null : index;
}

/** A rectangle on the map, in map units. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The nodes whose whole box lies inside `box` (as a selection box selects them), in the order given. */
export function nodesInsideBox<T extends PlacedItem>(nodes: Iterable<T>, box: MapBox): T[] {
  const inside: T[] = [];
  for (const node of nodes) {
    const { x, y } = node.position;
    if (x >= box.x && y >= box.y && x + NODE_WIDTH <= box.x + box.width && y + NODE_HEIGHT <= box.y + box.height) inside.push(node);
  }
  return inside;
}
