import type { PlanFile } from '../../shared/planFile.ts';

/** A CSS transform "translate(Xpx, Ypx) scale(S)" as numbers; null when it is not one. */
export function parseViewportTransform(transform: string | null): { x: number; y: number; zoom: number } | null {
  const match = /translate\((-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\((-?[\d.e+-]+)\)/.exec(transform ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : null;
}

/**
 * How many nodes of the plan overlap the pane (by a positive area) at the given viewport: the nodes React Flow
 * draws when it only renders visible elements. An independent check of the count the page shows.
 */
export function visibleCount(
  plan: Pick<PlanFile, 'nodes'>,
  view: { transform: string | null; pane: { width: number; height: number } },
  box: { width: number; height: number },
): number {
  const viewport = parseViewportTransform(view.transform);
  if (!viewport) return Number.NaN;
  const { x, y, zoom } = viewport;
  return plan.nodes.filter((node) => {
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const width = Math.min(left + box.width * zoom, view.pane.width) - Math.max(left, 0);
    const height = Math.min(top + box.height * zoom, view.pane.height) - Math.max(top, 0);
    return width > 0 && height > 0;
  }).length;
}
