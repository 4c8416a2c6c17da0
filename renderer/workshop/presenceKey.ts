import type { PresentPerson } from '../../shared/workshop.ts';

/** Who is here and with which role, as one string: it changes when someone joins, leaves or changes role, not when a selection moves. */
export function presenceKey(people: readonly PresentPerson[]): string {
  return people.map((person) => `${person.id}:${person.role}`).join(',');
}

/** True when this window is a participant (not the host) of a workshop. */
export function isParticipant(you: { role: string } | null): boolean {
  return you !== null && you.role !== 'host';
}
