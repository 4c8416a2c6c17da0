import type { NodeKind } from '../../shared/kinds/index.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import { shownColor } from './shownColor.ts';

/** The icon of a node kind (its 24×24 even-odd path), decorative unless given a title. */
export function KindIcon({ kind, size = 16, color, title }: { kind: NodeKind; size?: number; color?: string; title?: string }) {
  const definition = kindOf(kind);
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      aria-label={title}
      focusable="false"
      style={{ flex: 'none' }}
    >
      <path d={definition.icon} style={{ fill: color ?? shownColor(definition.color) }} fillRule="evenodd" />
    </svg>
  );
}

/** Small inline glyphs used across the app (decorative). */
export const GLYPHS = {
  lock: 'M7 10V7a5 5 0 0 1 10 0v3h2v12H5V10zm2 0h6V7a3 3 0 0 0-6 0zm3 4a2 2 0 0 0-1 3.7V20h2v-2.3a2 2 0 0 0-1-3.7z',
  undo: 'M9 5L3 11l6 6v-4h6a4 4 0 0 1 0 8h-2v2h2a6 6 0 0 0 0-12H9z',
  redo: 'M15 5l6 6-6 6v-4H9a4 4 0 0 0 0 8h2v2H9A6 6 0 0 1 9 11h6z',
  tidy: 'M3 4h7v5H3zm11 0h7v5h-7zm0 11h7v5h-7zM6 9h1v8h7v1H6z',
  fit: 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z',
  minimap: 'M3 5h18v14H3zm2 2v10h14V7zm8 5h5v4h-5z',
  corners: 'M3 5h18v14H3zm2 2v10h14V7zm1 1h3v2H6zm9 0h3v2h-3zM6 14h3v2H6zm9 0h3v2h-3z',
  back: 'M10 5l-7 7 7 7 1.4-1.4L6.8 13H21v-2H6.8l4.6-4.6z',
  check: 'M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  warning: 'M12 2L1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
  spinner: 'M12 3a9 9 0 1 0 9 9h-2a7 7 0 1 1-7-7z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  more: 'M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
  trash: 'M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7z',
  pencil: 'M4 17.3V20h2.7L17.8 8.9l-2.7-2.7zM20.7 6a1 1 0 0 0 0-1.4l-1.3-1.3a1 1 0 0 0-1.4 0l-1.2 1.2 2.7 2.7z',
  legend: 'M4 5h3v3H4zm5 0h11v3H9zm-5 6h3v3H4zm5 0h11v3H9zm-5 6h3v3H4zm5 0h11v3H9z',
  panel: 'M3 4h18v16H3zm2 2v12h9V6zm11 0v12h3V6z',
  export: 'M12 3l5 5h-3v7h-4V8H7zM5 17h14v3H5z',
  import: 'M12 15l-5-5h3V3h4v7h3zM5 17h14v3H5z',
  health: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5zm-1 13.4l5.7-5.7-1.4-1.4-4.3 4.3-2.3-2.3-1.4 1.4z',
  document: 'M6 2h8l5 5v15H6zm7 1.5V8h4.5zM8 11v2h8v-2zm0 4v2h8v-2z',
  close: 'M6.4 5L12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z',
} as const;

/** One of the app's glyphs, decorative. */
export function Glyph({ name, size = 16 }: { name: keyof typeof GLYPHS; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <path d={GLYPHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
