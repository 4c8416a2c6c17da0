/** A box in map units. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the minimap shows: the map point at its top-left corner and how many map units one minimap pixel spans. */
export interface MinimapView {
  x: number;
  y: number;
  unitsPerPx: number;
}

/** Room (minimap pixels) kept around the items and the viewport inside the minimap. */
const MARGIN_PX = 6;

/** The part of the map the pane shows under React Flow's transform [x, y, zoom]. */
export function viewportBox(transform: readonly [number, number, number], pane: { width: number; height: number }): MapBox {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/** The smallest box holding both. */
export function unionBox(a: MapBox, b: MapBox | null): MapBox {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Whether `inner` lies wholly inside `outer`. */
export function containsBox(outer: MapBox, inner: MapBox): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The view that fits `content` into a minimap of `size`, centred, with a margin on every side. */
export function fittedMinimapView(content: MapBox, size: { width: number; height: number }): MinimapView {
  const room = { width: Math.max(1, size.width - 2 * MARGIN_PX), height: Math.max(1, size.height - 2 * MARGIN_PX) };
  const unitsPerPx = Math.max(content.width / room.width, content.height / room.height, Number.EPSILON);
  return {
    x: content.x + content.width / 2 - (size.width / 2) * unitsPerPx,
    y: content.y + content.height / 2 - (size.height / 2) * unitsPerPx,
    unitsPerPx,
  };
}

/** The map box a minimap view covers. */
export function coveredBox(view: MinimapView, size: { width: number; height: number }): MapBox {
  return { x: view.x, y: view.y, width: size.width * view.unitsPerPx, height: size.height * view.unitsPerPx };
}

/** Whether two views are the same. */
export function sameView(a: MinimapView | null, b: MinimapView): boolean {
  return a !== null && a.x === b.x && a.y === b.y && a.unitsPerPx === b.unitsPerPx;
}
