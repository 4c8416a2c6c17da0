/** Moves keyboard focus to a node on the map (after renaming, so Tab and Enter keep working). */
export function focusNode(nodeId: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    element?.focus({ preventScroll: true });
  });
}

/** True when keyboard input goes to a text field, where map shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
