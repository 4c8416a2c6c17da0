import type { MinimapCorner } from '../store/types.ts';

// Saved UI state, like the last view (renderer/views/savedView.ts): one person's way of looking at every plan,
// kept in this browser profile rather than in the plan.
const KEY = 'atlas.minimap';

/** The corners the minimap can sit in, in the order "Move minimap" goes round them. */
export const MINIMAP_CORNERS: readonly MinimapCorner[] = ['top-right', 'bottom-right', 'bottom-left', 'top-left'];

/** Each corner's name in menus. */
export const MINIMAP_CORNER_LABELS: Readonly<Record<MinimapCorner, string>> = {
  'top-right': 'Top right',
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
  'top-left': 'Top left',
};

/** Below this window width or height the minimap starts hidden: it would cover too much of a small map. */
export const SMALL_WINDOW = { width: 1100, height: 700 } as const;

/** Whether the minimap shows and where. */
export interface MinimapPrefs {
  showMinimap: boolean;
  minimapCorner: MinimapCorner;
}

function isCorner(value: unknown): value is MinimapCorner {
  return typeof value === 'string' && (MINIMAP_CORNERS as readonly string[]).includes(value);
}

/** The person's last choice, else shown in windows of at least SMALL_WINDOW and hidden in smaller ones, top right. */
export function loadMinimapPrefs(window: { width: number; height: number }, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): MinimapPrefs {
  const fits = window.width >= SMALL_WINDOW.width && window.height >= SMALL_WINDOW.height;
  let saved: { shown?: unknown; corner?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (parsed !== null && typeof parsed === 'object') saved = parsed;
  } catch {
    // Unreadable or unavailable storage means the defaults.
  }
  return {
    showMinimap: typeof saved.shown === 'boolean' ? saved.shown : fits,
    minimapCorner: isCorner(saved.corner) ? saved.corner : 'top-right',
  };
}

/** Remembers whether the minimap shows and where, for every plan opened next. */
export function saveMinimapPrefs(prefs: MinimapPrefs, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ shown: prefs.showMinimap, corner: prefs.minimapCorner }));
  } catch {
    // A full or disabled storage only means the next opening uses the defaults.
  }
}
