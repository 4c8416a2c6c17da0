import { ROLE_LABELS } from '../../shared/workshop.ts';
import type { PresentPerson, WorkshopSelf } from '../../shared/workshop.ts';

/** The accessible name of a person's chip: "Dana (Can edit)", with "(you)" for this window's own. */
export function personChipLabel(person: Pick<PresentPerson, 'id' | 'name' | 'role'>, you: Pick<WorkshopSelf, 'id'> | null): string {
  const label = `${person.name} (${ROLE_LABELS[person.role]})`;
  return you && person.id === you.id ? `${label} (you)` : label;
}

/** The line telling a participant who they are in the workshop. */
export function youSentence(you: WorkshopSelf, hostName: string | null): string {
  const host = hostName ? ` hosted by ${hostName}` : '';
  return `You are ${you.name} in this workshop${host}: ${ROLE_LABELS[you.role].toLowerCase()}.`;
}

/** The notice when a participant's own panning or zooming stops following the host. */
export const STOPPED_FOLLOWING = 'You moved the map, so it no longer follows the host; tick “Follow the host” to follow again.';
