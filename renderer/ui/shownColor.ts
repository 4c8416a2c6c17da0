/**
 * A kind's or relation's colour as the app draws it: the colour itself in the light theme, lightened towards the
 * dark theme's ink there (base.css `--accent-lift`), so a navy or red mark still stands out on a dark surface.
 * Documents and exports use the colour itself.
 */
export function shownColor(color: string): string {
  return `color-mix(in srgb, ${color}, var(--accent-lift-to) var(--accent-lift))`;
}
