/**
 * Gives keyboard focus to the node card around `field` (a name field that is closing), so Tab and Enter keep
 * working on that node. It happens at once and only while `field` still has focus: focus that has moved on
 * since (to the next node's name field, a palette button, the inspector) is never taken back.
 */
export function focusNodeAround(field: HTMLElement | null): void {
  if (!field || document.activeElement !== field) return;
  field.closest<HTMLElement>('.react-flow__node')?.focus({ preventScroll: true });
}

/** True when keyboard input goes to a text field, where map shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Gives focus to the card of node `nodeId` on the map around `from`; without such a card, `from` just lets focus go. */
export function focusNodeCard(from: HTMLElement | null, nodeId: string | undefined): void {
  if (!from) return;
  const card = nodeId === undefined ? null : from.closest('.react-flow')?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
  if (card) card.focus({ preventScroll: true });
  else from.blur();
}
