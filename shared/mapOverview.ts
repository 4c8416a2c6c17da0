/**
 * Whether a node stands for a branch in the zoomed-out overview of the map: the account, its direct children
 * and every node with children draw large labels; the other nodes (leaves) draw as compact chips.
 */
export function isOverviewBranch(node: { parentId: string | null }, rootId: string | null, childCount: number): boolean {
  return node.parentId === null || node.parentId === rootId || childCount > 0;
}

/** The smallest label on screen, in pixels, that the overview keeps for branch roots. */
export const OVERVIEW_LABEL_SCREEN_PX = 12;
/** A branch label's size on the card, in map pixels, when it is not enlarged. */
export const CARD_LABEL_MAP_PX = 25;
/** The largest a branch label grows, in map pixels: further out there is no room to label every branch. */
export const OVERVIEW_LABEL_MAX_MAP_PX = 100;

/**
 * The font size of a branch label in map pixels at a zoom: large enough to read OVERVIEW_LABEL_SCREEN_PX on
 * screen, never below the card's own size; beyond OVERVIEW_LABEL_MAX_MAP_PX (a zoom under about 0.12, a very
 * large plan fitted to the window) labels go back to the card's size and the map shows its shape.
 */
export function overviewLabelMapPx(zoom: number): number {
  const readable = OVERVIEW_LABEL_SCREEN_PX / zoom;
  if (!Number.isFinite(readable) || readable > OVERVIEW_LABEL_MAX_MAP_PX) return CARD_LABEL_MAP_PX;
  return Math.max(CARD_LABEL_MAP_PX, readable);
}

/**
 * Below this zoom no label fits any more (branch labels would pass OVERVIEW_LABEL_MAX_MAP_PX) and the map shows
 * its shape: every item a mark in its kind's colour and the tree as lines, drawn as one picture; only the account
 * and the selection stay cards. A very large plan fitted to the window is drawn that way.
 */
export const MAP_SHAPE_ZOOM = OVERVIEW_LABEL_SCREEN_PX / OVERVIEW_LABEL_MAX_MAP_PX;

/** Whether the map shows its shape at a zoom (see MAP_SHAPE_ZOOM). */
export function showsShape(zoom: number): boolean {
  return zoom < MAP_SHAPE_ZOOM;
}

/** A branch whose label the overview may draw: its card's top-left corner, its label, and how much it matters. */
export interface OverviewLabelItem {
  id: string;
  position: { x: number; y: number };
  label: string;
  /** Lower is more important: the account 0, its children 1, and so on (ties: the larger branch first). */
  depth: number;
  descendants: number;
}

/** A label's box estimate: bold sans-serif glyphs average about 0.6 em; padding 0.4 em each side, 1.32 em line box. */
const GLYPH_EM = 0.6;
const LABEL_MAX_EM = 32;
const LABEL_LINE_EM = 1.32;

/** The box (map units) a branch label of `fontPx` covers, centred on its card of `cardWidth` × `cardHeight`. */
export function overviewLabelBox(item: OverviewLabelItem, fontPx: number, cardWidth: number, cardHeight: number) {
  const textEm = item.label.length * GLYPH_EM;
  const lines = Math.max(1, Math.ceil(textEm / LABEL_MAX_EM));
  const width = (Math.min(textEm, LABEL_MAX_EM) + 0.8) * fontPx;
  const height = lines * LABEL_LINE_EM * fontPx;
  const centreX = item.position.x + cardWidth / 2;
  const centreY = item.position.y + cardHeight / 2;
  return { x: centreX - width / 2, y: centreY - height / 2, width, height };
}

/**
 * The branches whose enlarged labels the overview leaves out at a zoom because they would cover the label of a
 * more important branch (the account first, then by depth, larger branches first): those are drawn as chips, their
 * name still in the card's title and accessible name, so the labels shown never overlap one another.
 */
export function coveredOverviewLabels(items: readonly OverviewLabelItem[], zoom: number, cardWidth: number, cardHeight: number): Set<string> {
  const fontPx = overviewLabelMapPx(zoom);
  const ordered = [...items].sort((a, b) => a.depth - b.depth || b.descendants - a.descendants || a.id.localeCompare(b.id));
  const kept: { x: number; y: number; width: number; height: number }[] = [];
  const covered = new Set<string>();
  for (const item of ordered) {
    const box = overviewLabelBox(item, fontPx, cardWidth, cardHeight);
    const overlaps = kept.some((other) => box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height);
    if (overlaps) covered.add(item.id);
    else kept.push(box);
  }
  return covered;
}

/**
 * The zoom the overview's label layout is worked out at: the zoom rounded down to a quarter octave, so a zoom
 * gesture re-plans the labels a few times rather than on every frame, and never with labels smaller than drawn.
 */
export function labelLayoutZoom(zoom: number): number {
  return 2 ** (Math.floor(Math.log2(zoom) * 4) / 4);
}
