import type { Shortcut } from './command.ts';

/** The key facts of a keyboard event that shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True on macOS, where "mod" is Cmd. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** True when a key press matches a shortcut (letters compare case-insensitively; Ctrl+Y counts as mod on every system). */
export function matchesShortcut(press: KeyPress, shortcut: Shortcut, isMac = IS_MAC): boolean {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const wanted = shortcut.key.length === 1 ? shortcut.key.toLowerCase() : shortcut.key;
  if (key !== wanted) return false;
  const modOk = shortcut.key === 'y' && shortcut.mod ? press.ctrlKey || press.metaKey : mod === Boolean(shortcut.mod);
  // Shift is part of some printed keys ('+', '!'), so only letters and named keys check it strictly.
  const shiftOk = shortcut.shift === undefined && wanted.length === 1 && !/[a-z]/.test(wanted) ? true : press.shiftKey === Boolean(shortcut.shift);
  return modOk && shiftOk && press.altKey === Boolean(shortcut.alt);
}

/** A shortcut as shown in tooltips and menus, e.g. "Ctrl+Shift+Z". */
export function describeShortcut(shortcut: Shortcut, isMac = IS_MAC): string {
  const names: Record<string, string> = { ' ': 'Space', Delete: 'Del', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.shift) parts.push('Shift');
  if (shortcut.alt) parts.push(isMac ? '⌥' : 'Alt');
  parts.push(names[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key));
  return parts.join('+');
}
