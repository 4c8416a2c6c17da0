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
