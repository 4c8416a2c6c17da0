import type { ViewId } from './viewIds.ts';
import { isViewId } from './viewIds.ts';

// Saved UI state: the last view per plan is kept in this browser profile (localStorage), not in the plan.
// It is one person's way of looking at the plan, like a window size: writing it into the plan would give every
// switch a revision and a change-log row, and send it to everyone else who has the plan open.
const KEY_PREFIX = 'atlas.view.';

/** The view this plan was last shown in here, or the map. */
export function loadSavedView(planId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ViewId {
  try {
    const value = storage?.getItem(KEY_PREFIX + planId);
    return isViewId(value) ? value : 'map';
  } catch {
    return 'map';
  }
}

/** Remembers the view this plan is shown in. */
export function saveView(planId: string, view: ViewId, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY_PREFIX + planId, view);
  } catch {
    // A full or disabled storage only means the next opening starts on the map.
  }
}
