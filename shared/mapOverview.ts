/**
 * Whether a node stands for a branch in the zoomed-out overview of the map: the account, its direct children
 * and every node with children draw large labels; the other nodes (leaves) draw as compact chips.
 */
export function isOverviewBranch(node: { parentId: string | null }, rootId: string | null, childCount: number): boolean {
  return node.parentId === null || node.parentId === rootId || childCount > 0;
}

/** The smallest label on screen, in pixels, that the overview keeps for branch roots whatever the zoom. */
export const OVERVIEW_LABEL_SCREEN_PX = 12;
