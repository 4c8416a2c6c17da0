import { NODE_HEIGHT, NODE_WIDTH, VERTICAL_GAP } from '../layout.ts';
import type { PlanNode, Position } from '../model.ts';

/** Gap between a box and the column of its children (the link's spine runs in the middle). */
const COLUMN_GAP = 22;
/** Room above a node's children when they take several columns: the line joining the columns runs in it. */
const BUS_STRIP = 16;

/** The room a tidy layout may take, in picture pixels. */
export interface TidyLimits {
  width: number;
  height: number;
}

/** A map piece laid out compactly: the nodes at their new places and the branch links as straight segments. */
export interface TidyLayout {
  nodes: PlanNode[];
  links: [Position, Position][];
  width: number;
  height: number;
}

interface Block {
  width: number;
  height: number;
  place: (x: number, y: number, out: TidyLayout) => void;
}

const TOO_TALL: Block = { width: Infinity, height: Infinity, place: () => undefined };

/** The most boxes side by side and one above the other within the limits: a quick bound before any layout. */
export function tidyCapacity(limits: TidyLimits): { columns: number; rows: number } {
  return {
    columns: Math.max(1, Math.floor((limits.width + COLUMN_GAP) / (NODE_WIDTH + COLUMN_GAP))),
    rows: Math.max(1, Math.floor((limits.height + VERTICAL_GAP) / (NODE_HEIGHT + VERTICAL_GAP))),
  };
}

/** Blocks stacked into as few columns of at most `height` as they need: each column's blocks and width. */
function columnsOf(blocks: readonly Block[], height: number): { blocks: Block[]; width: number; height: number }[] | null {
  const columns: { blocks: Block[]; width: number; height: number }[] = [];
  for (const block of blocks) {
    if (block.height > height) return null;
    const last = columns.at(-1);
    if (last && last.height + VERTICAL_GAP + block.height <= height) {
      last.blocks.push(block);
      last.height += VERTICAL_GAP + block.height;
      last.width = Math.max(last.width, block.width);
    } else columns.push({ blocks: [block], width: block.width, height: block.height });
  }
  return columns;
}

/** The columns at the least height that keeps their number, so a short last column does not sit beside full ones. */
function balancedColumns(blocks: readonly Block[], height: number) {
  const most = columnsOf(blocks, height);
  if (!most) return null;
  let low = Math.max(...blocks.map((block) => block.height));
  let high = height;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = columnsOf(blocks, middle);
    if (tried && tried.length <= most.length) high = middle;
    else low = middle;
  }
  const lowest = columnsOf(blocks, low);
  return lowest && lowest.length <= most.length ? lowest : (columnsOf(blocks, high) ?? most);
}

/**
 * A node's block: its box at the top left and its children's blocks in columns to its right, at most `height`
 * tall. Leaf siblings thus wrap into several columns, like an org chart's grid; the columns hang from one line.
 */
function nodeBlock(node: PlanNode, children: (node: PlanNode) => readonly PlanNode[], height: number): Block {
  const kids = children(node);
  if (height < NODE_HEIGHT) return TOO_TALL;
  if (kids.length === 0) {
    return {
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      place: (x, y, out) => {
        out.nodes.push({ ...node, position: { x, y } });
      },
    };
  }
  let strip = 0;
  let columns = columnsOf(
    kids.map((kid) => nodeBlock(kid, children, height)),
    height,
  );
  if (!columns) return TOO_TALL;
  if (columns.length > 1) {
    strip = BUS_STRIP;
    columns = balancedColumns(
      kids.map((kid) => nodeBlock(kid, children, height - strip)),
      height - strip,
    );
    if (!columns) return TOO_TALL;
  }
  const shown = columns;
  const width = NODE_WIDTH + COLUMN_GAP + shown.reduce((sum, column) => sum + column.width, 0) + COLUMN_GAP * (shown.length - 1);
  const blockHeight = Math.max(NODE_HEIGHT, strip + Math.max(...shown.map((column) => column.height)));
  return {
    width,
    height: blockHeight,
    place: (x, y, out) => {
      out.nodes.push({ ...node, position: { x, y } });
      const middle = NODE_HEIGHT / 2;
      const bus = y + strip / 2;
      let columnX = x + NODE_WIDTH + COLUMN_GAP;
      const spines: number[] = [];
      for (const column of shown) {
        const spine = columnX - COLUMN_GAP / 2;
        spines.push(spine);
        let childY = y + strip;
        let lastMiddle = childY + middle;
        for (const block of column.blocks) {
          block.place(columnX, childY, out);
          lastMiddle = childY + middle;
          out.links.push([{ x: spine, y: lastMiddle }, { x: columnX, y: lastMiddle }]);
          childY += block.height + VERTICAL_GAP;
        }
        const top = strip > 0 ? bus : y + middle;
        if (lastMiddle > top) out.links.push([{ x: spine, y: top }, { x: spine, y: lastMiddle }]);
        columnX += column.width + COLUMN_GAP;
      }
      out.links.push([{ x: x + NODE_WIDTH, y: y + middle }, { x: spines[0]!, y: y + middle }]);
      if (spines.length > 1) out.links.push([{ x: spines[0]!, y: bus }, { x: spines.at(-1)!, y: bus }]);
    },
  };
}

/** Blocks of the trees of a piece (its nodes whose parent it does not show) packed into columns of at most `height`. */
function forestLayout(roots: readonly Block[], height: number): TidyLayout | null {
  const columns = balancedColumns(roots, height);
  if (!columns) return null;
  const out: TidyLayout = { nodes: [], links: [], width: 0, height: 0 };
  let x = 0;
  for (const column of columns) {
    let y = 0;
    for (const block of column.blocks) {
      block.place(x, y, out);
      y += block.height + VERTICAL_GAP;
    }
    x += column.width + COLUMN_GAP;
  }
  out.width = x - COLUMN_GAP;
  out.height = Math.max(...columns.map((column) => column.height));
  return out;
}

/** The least height at which a tree's block is no wider than `width` (its flattest legible shape), or null. */
function flattest(root: PlanNode, children: (node: PlanNode) => readonly PlanNode[], limits: TidyLimits): Block | null {
  const tallest = nodeBlock(root, children, limits.height);
  if (tallest.width > limits.width) return null;
  let low = NODE_HEIGHT;
  let high = limits.height;
  let best = tallest;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = nodeBlock(root, children, middle);
    if (tried.width <= limits.width) {
      high = middle;
      best = tried;
    } else low = middle;
  }
  const lowest = nodeBlock(root, children, low);
  return lowest.width <= limits.width ? lowest : best;
}

/**
 * A compact layout of some map nodes for a slide: each tree top-left aligned, children in columns beside their
 * parent and wrapped into more columns when they would run taller than the limits, the trees side by side or,
 * flattened, one above the other. Null when the nodes cannot fit the limits.
 */
export function tidyLayout(nodes: readonly PlanNode[], limits: TidyLimits): TidyLayout | null {
  const { columns, rows } = tidyCapacity(limits);
  if (nodes.length > columns * rows) return null;
  const ids = new Set(nodes.map((node) => node.id));
  const kids = new Map<string, PlanNode[]>();
  const roots: PlanNode[] = [];
  for (const node of nodes) {
    if (node.parentId !== null && ids.has(node.parentId)) {
      const list = kids.get(node.parentId);
      if (list) list.push(node);
      else kids.set(node.parentId, [node]);
    } else roots.push(node);
  }
  const children = (node: PlanNode) => kids.get(node.id) ?? [];
  // A path deeper than the columns that fit cannot be drawn beside itself: no layout, and no deep recursion.
  const depth = new Map<string, number>();
  for (const node of nodes) {
    const own = node.parentId !== null && ids.has(node.parentId) ? (depth.get(node.parentId) ?? 0) + 1 : 1;
    if (own > columns) return null;
    depth.set(node.id, own);
  }
  const within = (layout: TidyLayout | null) => (layout && layout.width <= limits.width && layout.height <= limits.height ? layout : null);
  const tall = within(forestLayout(roots.map((root) => nodeBlock(root, children, limits.height)), limits.height));
  if (tall || roots.length === 1) return tall;
  const flat = roots.map((root) => flattest(root, children, limits));
  if (flat.some((block) => block === null)) return null;
  return within(forestLayout(flat as Block[], limits.height));
}
