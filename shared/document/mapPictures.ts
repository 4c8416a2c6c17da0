import { NODE_HEIGHT, NODE_WIDTH } from '../layout.ts';
import type { PlanEdge, PlanNode } from '../model.ts';
import { planTree } from '../rules/tree.ts';
import type { MapPicture } from './blockTypes.ts';
import { mapOverview } from './mapOverview.ts';
import { mapSvg } from './mapSvg.ts';

/** The area a map picture is shown in, in CSS pixels. */
export interface MapPage {
  width: number;
  height: number;
}

/** The printable area a picture must fit, in CSS pixels (A4 and Letter portrait, less margins and a caption). */
export const MAP_PAGE: MapPage = { width: 660, height: 860 };
/** Below this scale the node labels print smaller than about 6 pt and stop being readable. */
export const MIN_MAP_SCALE = 0.5;

/** Scale a map of this size would be shown at on the page. */
export function pageScale(width: number, height: number, page: MapPage = MAP_PAGE): number {
  return Math.min(1, page.width / width, page.height / height);
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

function fits(nodes: readonly PlanNode[], page: MapPage): boolean {
  const size = extent(nodes);
  return pageScale(size.width, size.height, page) >= MIN_MAP_SCALE;
}

/** A map picture before it is drawn: its title and the nodes it shows. */
export interface MapPiece {
  title: string;
  nodes: PlanNode[];
}

/** The map as trees: the account, the trees cut off from it (orphans) and each node's children in order. */
interface MapTree {
  main: PlanNode | undefined;
  orphans: PlanNode[];
  children: (id: string) => readonly PlanNode[];
  subtree: (root: PlanNode) => PlanNode[];
}

function mapTree(nodes: readonly PlanNode[]): MapTree {
  // The plan's one tree index, so pictures list branches in the same sibling order as the document and the map.
  const tree = planTree(nodes);
  const [main, ...orphans] = tree.roots;
  return { main, orphans, children: (id) => tree.children(id), subtree: (root) => tree.subtree(root.id) };
}

/**
 * The branch pictures of a map too large for one: every item of the account's tree and of the trees cut off from
 * it, but the account itself, is in exactly one. Neighbouring branches on the same side of the account share a
 * picture while it still fits the page legibly; a branch too large for a picture of its own is split by its
 * sub-branches, packed the same way, and split again while still too large.
 */
export function mapPieces(nodes: readonly PlanNode[], page: MapPage = MAP_PAGE): MapPiece[] {
  return branchPieces(mapTree(nodes), page);
}

function branchPieces(tree: MapTree, page: MapPage): MapPiece[] {
  const { main, orphans, children, subtree } = tree;
  const pieces: MapPiece[] = [];
  // A branch that fits is one piece; otherwise its children's branches are packed into as few legible
  // pieces as possible (the branch's own box goes with the first), and oversized ones are split again.
  const piece = (root: PlanNode, trail: string[]): void => {
    const path = [...trail, root.label];
    const members = subtree(root);
    if (fits(members, page)) {
      pieces.push({ title: `Account map — ${path.join(' › ')}`, nodes: members });
      return;
    }
    const groups: PlanNode[][] = [];
    const oversized: PlanNode[] = [];
    let current: PlanNode[] = [root];
    for (const kid of children(root.id)) {
      const branch = subtree(kid);
      if (!fits(branch, page)) {
        oversized.push(kid);
        continue;
      }
      if (fits([...current, ...branch], page)) current.push(...branch);
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
      pieces.push({ title: `Account map — ${path.join(' › ')}${groups.length > 1 ? ` (part ${at + 1} of ${groups.length})` : ''}`, nodes: group }),
    );
    for (const kid of oversized) piece(kid, path);
  };
  // Packs neighbouring branches (in reading order) into as few legible pieces as possible; a branch too
  // large for a piece of its own breaks the run, so no piece spans the gap it leaves.
  const pack = (run: readonly PlanNode[]): void => {
    let group: PlanNode[] = [];
    let members: PlanNode[] = [];
    const flush = () => {
      if (group.length > 0) pieces.push({ title: `Account map — ${branchNames(group.map((node) => node.label))}`, nodes: members });
      group = [];
      members = [];
    };
    for (const branch of run) {
      const own = subtree(branch);
      if (!fits(own, page)) {
        flush();
        piece(branch, []);
        continue;
      }
      if (!fits([...members, ...own], page)) flush();
      group.push(branch);
      members.push(...own);
    }
    flush();
  };
  if (!main) return pieces;
  const branches = children(main.id);
  // The layout puts the first branches right of the account and the rest left, each side stacked top to
  // bottom: neighbours in a piece are neighbours on the same side, or the piece would span the account.
  const byY = (a: PlanNode, b: PlanNode) => a.position.y - b.position.y || a.order - b.order;
  pack(branches.filter((node) => node.position.x >= main.position.x).sort(byY));
  pack(branches.filter((node) => node.position.x < main.position.x).sort(byY));
  pack([...orphans].sort(byY));
  return pieces;
}

const MAX_NAMES_LENGTH = 60;

/** The branch names in a picture's title, e.g. "Buying centre, Customer needs" or "Buying centre, SWOT (+3 more)". */
function branchNames(labels: readonly string[]): string {
  const names = labels.map((label) => label.trim() || 'Untitled');
  const more = (count: number) => (count > 0 ? ` (+${count} more)` : '');
  let shown = 1;
  while (shown < names.length && `${names.slice(0, shown + 1).join(', ')}${more(names.length - shown - 1)}`.length <= MAX_NAMES_LENGTH) shown += 1;
  return `${names.slice(0, shown).join(', ')}${more(names.length - shown)}`;
}

/**
 * Pictures of the account map for a document. A map that fits the page legibly is one picture. A larger map
 * gets an overview (the account and its main branches, each saying what it holds) followed by the legible branch
 * pictures of mapPieces. Shrinking the whole map onto one page would print labels too small to read, and cutting
 * it into rectangular tiles would cut boxes and branches apart, while a branch is a unit a reader recognises.
 */
export function mapPictures(map: { nodes: readonly PlanNode[]; edges: readonly PlanEdge[] }, page: MapPage = MAP_PAGE): MapPicture[] {
  const { nodes, edges } = map;
  const size = extent(nodes);
  if (fits(nodes, page)) return [mapSvg(nodes, edges, { title: 'Account map', expectedScale: pageScale(size.width, size.height, page) })];
  const tree = mapTree(nodes);
  if (!tree.main) return [];
  // Trees cut off from the account (orphans) count as branches of their own.
  const branches = [...tree.children(tree.main.id), ...tree.orphans];
  const overview = mapOverview(tree.main, branches.map((node) => ({ node, members: tree.subtree(node).slice(1) })));
  const pictures = branchPieces(tree, page).map((piece) => {
    const own = extent(piece.nodes);
    return mapSvg(piece.nodes, edges, { title: piece.title, expectedScale: pageScale(own.width, own.height, page) });
  });
  return [overview, ...pictures];
}
