import type { EditingLocks, PresentPerson } from './workshop.ts';

/**
 * The node `holder` edits after asking for `wanted`, first come first served: the node when no one else holds it
 * (or `holder` already does), otherwise none; the holder's earlier lock goes either way.
 */
export function grantedEditing(locks: EditingLocks, holder: string, wanted: string | null): string | null {
  if (wanted === null) return null;
  const lock = locks.get(wanted);
  return lock && lock.holder !== holder ? null : wanted;
}

/**
 * Presence as a receiver who may see only the nodes in `visible` gets it (a customer-view participant): the ids of
 * every other node are left out of selections and editing, so they are never sent.
 */
export function presenceSeenBy(people: readonly PresentPerson[], visible: ReadonlySet<string>): PresentPerson[] {
  return people.map((person) => ({
    ...person,
    selection: person.selection.filter((id) => visible.has(id)),
    editing: person.editing !== null && visible.has(person.editing) ? person.editing : null,
  }));
}
