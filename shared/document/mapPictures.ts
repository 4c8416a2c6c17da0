import { NODE_HEIGHT, NODE_WIDTH } from '../layout.ts';
import type { PlanEdge, PlanNode } from '../model.ts';
import type { MapPicture } from './blockTypes.ts';
import { mapOverview } from './mapOverview.ts';
import { mapSvg } from './mapSvg.ts';

/** The printable area a picture must fit, in CSS pixels (A4 and Letter portrait, less margins and a caption). */
export const MAP_PAGE = { width: 660, height: 860 } as const;
/** Below this scale the node labels print smaller than about 6 pt and stop being readable. */
export const MIN_MAP_SCALE = 0.5;

/** Scale a map of this size would be shown at on the page. */
export function pageScale(width: number, height: number): number {
  return Math.min(1, MAP_PAGE.width / width, MAP_PAGE.height / height);
}

function extent(nodes: readonly PlanNode[]): { width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + NODE_WIDTH);
    maxY = Math.max(maxY, node.position.y + NODE_HEIGHT);
  }
  // Room for margins and a two-row legend.
  return nodes.length === 0 ? { width: NODE_WIDTH, height: NODE_HEIGHT } : { width: maxX - minX + 48, height: maxY - minY + 140 };
}

function fits(nodes: readonly PlanNode[]): boolean {
  const size = extent(nodes);
  return pageScale(size.width, size.height) >= MIN_MAP_SCALE;
}

/**
 * Pictures of the account map for a document. A map that fits the page legibly is one picture. A larger map
 * gets an overview (the account and its main branches, each saying what it holds) followed by one legible
 * picture per branch, splitting a branch again by its sub-branches while it is still too large: shrinking the whole
 * map onto one page would print labels too small to read, and cutting it into rectangular tiles would cut
 * boxes and branches apart, while a branch is a unit a reader recognises.
 */
export function mapPictures(map: { nodes: readonly PlanNode[]; edges: readonly PlanEdge[] }): MapPicture[] {
  const { nodes, edges } = map;
  const size = extent(nodes);
  if (fits(nodes)) return [mapSvg(nodes, edges, { title: 'Account map', expectedScale: pageScale(size.width, size.height) })];

  const byId = new Map(nodes.map((node) => [node.id, node] as const));
  const children = new Map<string, PlanNode[]>();
  for (const node of nodes) {
    if (node.parentId === null || !byId.has(node.parentId)) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const subtree = (root: PlanNode): PlanNode[] => {
    const out: PlanNode[] = [];
    const seen = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop() as PlanNode;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push(node);
      stack.push(...(children.get(node.id) ?? []));
    }
    return out;
  };

  const pictures: MapPicture[] = [];
  const picture = (members: PlanNode[], title: string) => {
    const own = extent(members);
    pictures.push(mapSvg(members, edges, { title, expectedScale: pageScale(own.width, own.height) }));
  };
  // A branch that fits is one picture; otherwise its children's branches are packed into as few legible
  // pictures as possible (the branch's own box goes with the first), and oversized ones are split again.
  const piece = (root: PlanNode, trail: string[]): void => {
    const path = [...trail, root.label];
    const members = subtree(root);
    if (fits(members)) return picture(members, `Account map — ${path.join(' › ')}`);
    const groups: PlanNode[][] = [];
    const oversized: PlanNode[] = [];
    let current: PlanNode[] = [root];
    for (const kid of children.get(root.id) ?? []) {
      const branch = subtree(kid);
      if (!fits(branch)) {
        oversized.push(kid);
        continue;
      }
      if (fits([...current, ...branch])) current.push(...branch);
      else {
        if (current.length > 0) groups.push(current);
        current = branch;
      }
    }
    if (current.length > 0) groups.push(current);
    if (groups.length > 1 || oversized.length > 0) {
      if (groups[0]?.length === 1) groups.shift();
    }
    groups.forEach((group, at) =>
      picture(group, `Account map — ${path.join(' › ')}${groups.length > 1 ? ` (part ${at + 1} of ${groups.length})` : ''}`),
    );
    for (const kid of oversized) piece(kid, path);
  };
  const roots = nodes.filter((node) => node.parentId === null || !byId.has(node.parentId));
  const [main, ...orphans] = [...roots].sort((a, b) => (a.kind === 'account' ? -1 : 0) - (b.kind === 'account' ? -1 : 0));
  if (!main) return pictures;
  // Trees cut off from the account (orphans) count as branches of their own.
  const branches = [...(children.get(main.id) ?? []), ...orphans];
  pictures.push(mapOverview(main, branches.map((node) => ({ node, members: subtree(node).slice(1) }))));
  for (const branch of branches) piece(branch, []);
  return pictures;
}
