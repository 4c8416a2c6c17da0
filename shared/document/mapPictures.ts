import { NODE_HEIGHT, NODE_WIDTH } from '../layout.ts';
import type { PlanEdge, PlanNode } from '../model.ts';
import { planTree } from '../rules/tree.ts';
import type { MapPicture } from './blockTypes.ts';
import { mapOverview } from './mapOverview.ts';
import { MAP_SMALLEST_TEXT, mapSvg } from './mapSvg.ts';
import type { TidyLimits } from './mapTidy.ts';
import { tidyCapacity, tidyLayout } from './mapTidy.ts';

/** The area a map picture is shown in, in CSS pixels. */
export interface MapPage {
  width: number;
  height: number;
  /** The smallest scale a picture may be shown at (MIN_MAP_SCALE when not given): larger maps are cut by branch. */
  minScale?: number;
  /** The largest scale a small picture is enlarged to (1 when not given: pages print pictures at their size). */
  maxScale?: number;
  /** Each picture is laid out afresh to fill the area (slides), rather than drawn at the map's positions (pages). */
  tidy?: boolean;
}

/** The printable area a picture must fit, in CSS pixels (A4 and Letter portrait, less margins and a caption). */
export const MAP_PAGE: MapPage = { width: 660, height: 860 };
/** Below this scale the node labels print smaller than about 6 pt and stop being readable. */
export const MIN_MAP_SCALE = 0.5;

/** The smallest text on a slide's map, in points: slides are read from across a room. */
export const SLIDE_MIN_TEXT_PT = 10;

/** The scale at which a map picture's smallest text prints at `points` (a CSS pixel is 0.75 pt). */
export function scaleForText(points: number): number {
  return points / (MAP_SMALLEST_TEXT * 0.75);
}

function minScaleOf(page: MapPage): number {
  return page.minScale ?? MIN_MAP_SCALE;
}

/** Scale a map of this size would be shown at on the page. */
export function pageScale(width: number, height: number, page: MapPage = MAP_PAGE): number {
  return Math.min(page.maxScale ?? 1, page.width / width, page.height / height);
}

/** The bounding box of some node boxes, or null for none. */
interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundsOf(node: PlanNode): Bounds {
  return { minX: node.position.x, minY: node.position.y, maxX: node.position.x + NODE_WIDTH, maxY: node.position.y + NODE_HEIGHT };
}

function union(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a) return b;
  if (!b) return a;
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

function sizeOf(bounds: Bounds | null): { width: number; height: number } {
  // Room for margins and a two-row legend.
  return bounds ? { width: bounds.maxX - bounds.minX + 48, height: bounds.maxY - bounds.minY + 140 } : { width: NODE_WIDTH, height: NODE_HEIGHT };
}

function extent(nodes: readonly PlanNode[]): { width: number; height: number } {
  let bounds: Bounds | null = null;
  for (const node of nodes) bounds = union(bounds, boundsOf(node));
  return sizeOf(bounds);
}

function boundsFit(bounds: Bounds | null, page: MapPage): boolean {
  const size = sizeOf(bounds);
  return pageScale(size.width, size.height, page) >= minScaleOf(page);
}

function fits(nodes: readonly PlanNode[], page: MapPage): boolean {
  const size = extent(nodes);
  return pageScale(size.width, size.height, page) >= minScaleOf(page);
}

/** How the cutting sizes up pieces: by the map's positions (pages) or by a tidy layout of their own (slides). */
interface PieceMeasure<M> {
  box: (node: PlanNode) => M;
  branch: (root: PlanNode) => M;
  join: (a: M | null, b: M | null) => M | null;
  fits: (measure: M | null) => boolean;
  tidy: boolean;
}

function boundsMeasure(tree: MapTree, page: MapPage): PieceMeasure<Bounds> {
  return { box: boundsOf, branch: tree.branchBounds, join: union, fits: (bounds) => boundsFit(bounds, page), tidy: false };
}

/** Space around a slide picture's content, in picture pixels: the slide has margins of its own. */
const TIDY_MARGIN = 8;
/** Room for a legend of up to three rows (13 px text, 26 px apart) under a slide picture's content. */
const TIDY_LEGEND = 73;

/** The room a slide picture's content has at the page's smallest scale, legend and margins aside. */
function tidyLimits(page: MapPage): TidyLimits {
  const scale = minScaleOf(page);
  return { width: page.width / scale - TIDY_MARGIN * 2, height: page.height / scale - TIDY_MARGIN * 3 - TIDY_LEGEND };
}

const TOO_MANY = Symbol('more boxes than a slide holds');
type TidyMeasure = readonly PlanNode[] | typeof TOO_MANY;

function tidyMeasure(tree: MapTree, page: MapPage): PieceMeasure<TidyMeasure> {
  const limits = tidyLimits(page);
  const { columns, rows } = tidyCapacity(limits);
  const most = columns * rows;
  const join = (a: TidyMeasure | null, b: TidyMeasure | null): TidyMeasure | null => {
    if (a === TOO_MANY || b === TOO_MANY) return TOO_MANY;
    if (!a || !b) return a ?? b;
    return a.length + b.length > most ? TOO_MANY : [...a, ...b];
  };
  return {
    box: (node) => [node],
    branch: (root) => {
      const nodes = tree.subtree(root);
      return nodes.length > most ? TOO_MANY : nodes;
    },
    join,
    fits: (measure) => measure !== TOO_MANY && (measure === null || tidyLayout(measure, limits) !== null),
    tidy: true,
  };
}

function measureAll<M>(nodes: readonly PlanNode[], measure: PieceMeasure<M>): M | null {
  let out: M | null = null;
  for (const node of nodes) out = measure.join(out, measure.box(node));
  return out;
}

/** Copies of `boxes` moved up or down together so that `anchor` is level with the top of `group`. */
function levelWith(boxes: readonly PlanNode[], anchor: PlanNode, group: readonly PlanNode[]): PlanNode[] {
  const top = group.reduce((least, node) => Math.min(least, node.position.y), Infinity);
  const shift = top - anchor.position.y;
  return boxes.map((node) => ({ ...node, position: { x: node.position.x, y: node.position.y + shift } }));
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
  /** The bounding box of a node's whole branch (worked out once per node). */
  branchBounds: (root: PlanNode) => Bounds;
}

function mapTree(nodes: readonly PlanNode[]): MapTree {
  // The plan's one tree index, so pictures list branches in the same sibling order as the document and the map.
  const tree = planTree(nodes);
  const [main, ...orphans] = tree.roots;
  const bounds = new Map<string, Bounds>();
  const branchBounds = (root: PlanNode): Bounds => {
    // Post-order with a stack: each branch's box is the union of its node's and its children's branches'.
    const stack: [PlanNode, boolean][] = [[root, false]];
    while (stack.length > 0) {
      const [node, childrenDone] = stack.pop()!;
      if (bounds.has(node.id)) continue;
      const kids = tree.children(node.id);
      if (!childrenDone) {
        stack.push([node, true]);
        for (const kid of kids) if (!bounds.has(kid.id)) stack.push([kid, false]);
        continue;
      }
      let box = boundsOf(node);
      for (const kid of kids) box = union(box, bounds.get(kid.id) ?? null)!;
      bounds.set(node.id, box);
    }
    return bounds.get(root.id)!;
  };
  return { main, orphans: [...orphans], children: (id) => tree.children(id), subtree: (root) => tree.subtree(root.id), branchBounds };
}

/**
 * The branch pictures of a map too large for one: every item of the account's tree and of the trees cut off from
 * it, but the account itself, is in exactly one. Neighbouring branches on the same side of the account share a
 * picture while it still fits the page legibly; a branch too large for a picture of its own is split by its
 * sub-branches, packed the same way, and split again while still too large.
 */
export function mapPieces(nodes: readonly PlanNode[], page: MapPage = MAP_PAGE): MapPiece[] {
  return piecesOf(mapTree(nodes), page);
}

function piecesOf(tree: MapTree, page: MapPage): MapPiece[] {
  return page.tidy ? branchPieces(tree, tidyMeasure(tree, page)) : branchPieces(tree, boundsMeasure(tree, page));
}

/** Where a branch picture sits in the map: the labels from the top branch down, linked so deep paths cost nothing. */
interface BranchPath {
  label: string;
  parent: BranchPath | null;
  top: string;
  length: number;
}

function extendPath(parent: BranchPath | null, label: string): BranchPath {
  return { label, parent, top: parent?.top ?? label, length: (parent?.length ?? 0) + 1 };
}

const MAX_PATH_NAMES = 4;

/** "A › B › C", or for a deep branch "A › … › Y › Z": the top branch and the last levels. */
function pathText(path: BranchPath): string {
  if (path.length > MAX_PATH_NAMES) return [path.top, '…', path.parent?.label ?? '', path.label].join(' › ');
  const names: string[] = [];
  for (let at: BranchPath | null = path; at; at = at.parent) names.push(at.label);
  return names.reverse().join(' › ');
}

/** A branch still to cut into pictures, with the boxes of its ancestors that wait for a picture (`carry`). */
interface PieceWork<M> {
  root: PlanNode;
  path: BranchPath | null;
  carry: PlanNode[];
  carryBounds: M | null;
}

function branchPieces<M>(tree: MapTree, measure: PieceMeasure<M>): MapPiece[] {
  const { main, orphans, children, subtree } = tree;
  const { box, branch: branchBounds, join: union, fits: boundsFit } = measure;
  const fits = (nodes: readonly PlanNode[]) => boundsFit(measureAll(nodes, measure));
  const pieces: MapPiece[] = [];
  // A branch that fits is one piece; otherwise its children's branches are packed into as few legible
  // pieces as possible (the branch's own box goes with the first), and oversized ones are split again. A box
  // whose children are all oversized (a long chain) goes down with the first of them rather than alone.
  // A work list rather than recursion, so a branch of any depth is fine.
  const piece = (start: PlanNode, trail: BranchPath | null): void => {
    const work: PieceWork<M>[] = [{ root: start, path: trail, carry: [], carryBounds: null }];
    while (work.length > 0) {
      const { root, path: above, carry, carryBounds } = work.pop()!;
      const path = extendPath(above, root.label);
      const rootBounds = box(root);
      if (boundsFit(union(carryBounds, branchBounds(root)))) {
        pieces.push({ title: `Account map — ${pathText(path)}`, nodes: [...carry, ...subtree(root)] });
        continue;
      }
      const groups: PlanNode[][] = [];
      const oversized: PlanNode[] = [];
      let current: PlanNode[] = [...carry, root];
      let currentBounds = union(carryBounds, rootBounds);
      if (carry.length > 0 && !boundsFit(currentBounds)) {
        pieces.push({ title: `Account map — ${above ? pathText(above) : root.label}`, nodes: carry });
        current = [root];
        currentBounds = rootBounds;
      }
      const own = current.length;
      for (const kid of children(root.id)) {
        const branch = branchBounds(kid);
        if (!boundsFit(branch)) {
          oversized.push(kid);
          continue;
        }
        if (boundsFit(union(currentBounds, branch))) {
          for (const node of subtree(kid)) current.push(node);
          currentBounds = union(currentBounds, branch);
        } else {
          if (current.length > 0) groups.push(current);
          current = subtree(kid);
          currentBounds = branch;
        }
      }
      if (current.length > 0) groups.push(current);
      let passDown: PlanNode[] = [];
      const alone = groups[0]?.length === own;
      if (alone && groups.length === 1 && oversized.length > 0) passDown = groups.shift()!;
      else if (alone && groups.length > 1) {
        const [first, second] = groups as [PlanNode[], PlanNode[]];
        if (fits([...first, ...second])) groups.splice(0, 2, [...first, ...second]);
        else if (measure.tidy) {
          // A tidy picture draws the box beside its children wherever they sit: it joins the first part it fits
          // in, and that part comes first.
          const host = groups.findIndex((group, at) => at > 0 && fits([...first, ...group]));
          if (host > 0) groups.splice(0, 1, [...first, ...groups.splice(host, 1)[0]!]);
        } else {
          // Too far from its first children to share their picture where it sits: drawn level with them instead,
          // rather than alone in a picture of its own.
          const level = levelWith(first, root, second);
          if (fits([...level, ...second])) groups.splice(0, 2, [...level, ...second]);
        }
      }
      groups.forEach((group, at) =>
        pieces.push({ title: `Account map — ${pathText(path)}${groups.length > 1 ? ` (part ${at + 1} of ${groups.length})` : ''}`, nodes: group }),
      );
      for (let at = oversized.length - 1; at >= 0; at -= 1) {
        const down = at === 0 ? passDown : [];
        let downBounds: M | null = null;
        for (const node of down) downBounds = union(downBounds, box(node));
        work.push({ root: oversized[at]!, path, carry: down, carryBounds: downBounds });
      }
    }
  };
  // Packs neighbouring branches (in reading order) into as few legible pieces as possible; a branch too
  // large for a piece of its own breaks the run, so no piece spans the gap it leaves.
  const pack = (run: readonly PlanNode[]): void => {
    let group: PlanNode[] = [];
    let members: PlanNode[] = [];
    let membersBounds: M | null = null;
    const flush = () => {
      if (group.length > 0) pieces.push({ title: `Account map — ${branchNames(group.map((node) => node.label))}`, nodes: members });
      group = [];
      members = [];
      membersBounds = null;
    };
    for (const branch of run) {
      const own = branchBounds(branch);
      if (!boundsFit(own)) {
        flush();
        piece(branch, null);
        continue;
      }
      if (!boundsFit(union(membersBounds, own))) flush();
      group.push(branch);
      for (const node of subtree(branch)) members.push(node);
      membersBounds = union(membersBounds, own);
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

/** The relations leaving some nodes, in their order in `edges`: each picture looks up its own, not every relation. */
function edgesFrom(edges: readonly PlanEdge[]): (nodes: readonly PlanNode[]) => PlanEdge[] {
  const bySource = new Map<string, number[]>();
  edges.forEach((edge, at) => {
    const list = bySource.get(edge.source);
    if (list) list.push(at);
    else bySource.set(edge.source, [at]);
  });
  return (nodes) => {
    const found: number[] = [];
    for (const node of nodes) for (const at of bySource.get(node.id) ?? []) found.push(at);
    return found.sort((a, b) => a - b).map((at) => edges[at]!);
  };
}

/**
 * Pictures of the account map for a document. A map that fits the page legibly is one picture. A larger map
 * gets an overview (the account and its main branches, each saying what it holds) followed by the legible branch
 * pictures of mapPieces. Shrinking the whole map onto one page would print labels too small to read, and cutting
 * it into rectangular tiles would cut boxes and branches apart, while a branch is a unit a reader recognises.
 */
export function mapPictures(map: { nodes: readonly PlanNode[]; edges: readonly PlanEdge[] }, page: MapPage = MAP_PAGE): MapPicture[] {
  const { nodes } = map;
  // Reporting lines have a picture of their own, the org chart: between the stacked stakeholder cards of the map
  // they read as a hierarchy of neighbours.
  const edges = map.edges.filter((edge) => edge.kind !== 'reportsTo');
  const whole = page.tidy ? tidyPicture(nodes, edges, 'Account map', page) : null;
  if (whole) return [whole];
  // A map that fits where it sits needs no cutting, laid out afresh or not.
  if (fits(nodes, page)) {
    const size = extent(nodes);
    return [mapSvg(nodes, edges, { title: 'Account map', expectedScale: pageScale(size.width, size.height, page) })];
  }
  const tree = mapTree(nodes);
  if (!tree.main) return [];
  // Trees cut off from the account (orphans) count as branches of their own.
  const branches = [...tree.children(tree.main.id), ...tree.orphans];
  const overviews = overviewPictures(tree.main, branches.map((node) => ({ node, members: tree.subtree(node).slice(1) })), page);
  const edgesOf = edgesFrom(edges);
  const pictures = piecesOf(tree, page).map((piece) => {
    const tidy = page.tidy ? tidyPicture(piece.nodes, edgesOf(piece.nodes), piece.title, page) : null;
    if (tidy) return tidy;
    const own = extent(piece.nodes);
    return mapSvg(piece.nodes, edgesOf(piece.nodes), { title: piece.title, expectedScale: pageScale(own.width, own.height, page) });
  });
  return [...overviews, ...pictures];
}

/** Some nodes laid out afresh to fill a slide (see tidyLayout), or null when they cannot fit it legibly. */
function tidyPicture(nodes: readonly PlanNode[], edges: readonly PlanEdge[], title: string, page: MapPage): MapPicture | null {
  const limits = tidyLimits(page);
  const layout = tidyLayout(nodes, limits);
  if (!layout) return null;
  return mapSvg(layout.nodes, edges, { title, expectedScale: minScaleOf(page), treeLinks: layout.links, margin: TIDY_MARGIN, legendWidth: limits.width });
}

const OVERVIEW_TITLE = 'Account map — overview (each branch follows on its own)';

/**
 * The overview of a large map: one picture, or, when its branches would print smaller than the page allows, as
 * few pictures as hold them legibly (each the account with some of its branches, in reading order).
 */
function overviewPictures(root: PlanNode, branches: readonly { node: PlanNode; members: readonly PlanNode[] }[], page: MapPage): MapPicture[] {
  const legible = (picture: MapPicture) => pageScale(picture.width, picture.height, page) >= minScaleOf(page);
  const tidy = page.tidy ? { limits: tidyLimits(page), margin: TIDY_MARGIN } : undefined;
  const whole = mapOverview(root, branches, OVERVIEW_TITLE, tidy);
  if (legible(whole) || branches.length <= 1) return [whole];
  // Each part takes as many of the next branches as stay legible: found by doubling, then halving, so a map with
  // hundreds of branches draws a few overviews per part rather than one per branch added.
  const legibleCount = (from: number, count: number) => legible(mapOverview(root, branches.slice(from, from + count), OVERVIEW_TITLE, tidy));
  const parts: (typeof branches)[number][][] = [];
  for (let from = 0; from < branches.length; ) {
    let good = 1;
    let bad = 2;
    while (from + good < branches.length && legibleCount(from, bad)) {
      good = bad;
      bad *= 2;
    }
    bad = Math.min(bad, branches.length - from + 1);
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (legibleCount(from, middle)) good = middle;
      else bad = middle;
    }
    parts.push(branches.slice(from, from + good));
    from += good;
  }
  // The same number of parts with the branches shared out evenly, when that is legible too: no part of one branch.
  const even = Math.ceil(branches.length / parts.length);
  const shared = Array.from({ length: parts.length }, (_, at) => branches.slice(at * even, (at + 1) * even)).filter((part) => part.length > 0);
  if (shared.length === parts.length && shared.every((part, at) => legibleCount(at * even, part.length))) parts.splice(0, parts.length, ...shared);
  return parts.map((members, at) => mapOverview(root, members, `Account map — overview, part ${at + 1} of ${parts.length} (each branch follows on its own)`, tidy));
}
