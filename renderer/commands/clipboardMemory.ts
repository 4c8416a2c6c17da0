import type { ClipboardText } from './clipboardFormat.ts';

// One per window, shared by every plan opened in it (like the system clipboard), so copy in one plan and paste in another works.
let held: ClipboardText | null = null;

/** Keeps the last copied items in memory, for when the system clipboard cannot be read. */
export function holdClipboard(content: ClipboardText): void {
  held = content;
}

/** The last copied items, if any. */
export function heldClipboard(): ClipboardText | null {
  return held;
}

/** Forgets the copied items (tests start from an empty clipboard). */
export function clearHeldClipboard(): void {
  held = null;
}
