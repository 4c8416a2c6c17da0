import type { Viewport } from '../../shared/plan.ts';

/** How much larger projector mode draws the whole interface (a CSS zoom on the page; see projector.css). */
export const PROJECTOR_ZOOM = 1.5;

/** The class on <html> that turns projector mode on. */
export const PROJECTOR_CLASS = 'atlas-projector';

/**
 * The map's viewport zoomed by `factor` about the pane's centre (kept within the map's zoom limits). Projector mode
 * leaves the canvas itself at zoom 1, so React Flow's pointer maths stay right, and makes the map larger this way.
 */
export function scaledViewport(viewport: Viewport, factor: number, pane: { width: number; height: number }, limits: { min: number; max: number }): Viewport {
  const zoom = Math.min(limits.max, Math.max(limits.min, viewport.zoom * factor));
  const ratio = zoom / viewport.zoom;
  const centreX = pane.width / 2;
  const centreY = pane.height / 2;
  return { x: centreX - (centreX - viewport.x) * ratio, y: centreY - (centreY - viewport.y) * ratio, zoom };
}

/** Shows the window full screen or leaves it: the desktop app's window, else the page (a refusal is ignored). */
export async function setFullScreen(on: boolean): Promise<void> {
  const desktop = window.atlasDesktop;
  if (desktop) {
    await desktop.setFullScreen(on).catch(() => undefined);
    return;
  }
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen();
    if (!on && document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Browsers refuse full screen without a user gesture (and headless Chromium may always): the larger interface still applies.
  }
}
