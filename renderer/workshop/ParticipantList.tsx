import { useState } from 'react';
import { ROLE_LABELS, WORKSHOP_ROLES } from '../../shared/workshop.ts';
import type { WorkshopParticipant, WorkshopRole } from '../../shared/workshop.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/** The host's list of participants: colour, name, connected or not, their role, and removing them. */
export function ParticipantList({
  participants,
  onRole,
  onRemove,
}: {
  participants: readonly WorkshopParticipant[];
  onRole(participant: WorkshopParticipant, role: WorkshopRole): Promise<void>;
  onRemove(participant: WorkshopParticipant): Promise<void>;
}) {
  const [removing, setRemoving] = useState<WorkshopParticipant | null>(null);
  if (participants.length === 0) {
    return <p className="atlas-workshop__empty">No one has joined yet.</p>;
  }
  return (
    <>
      <ul className="atlas-workshop__participants" aria-label="Participants">
        {participants.map((participant) => (
          <li key={participant.id} className="atlas-workshop__participant" aria-label={`Participant: ${participant.name}`}>
            <span className="atlas-workshop__swatch" style={{ background: participant.colour }} aria-hidden="true" />
            <span className="atlas-workshop__name">{participant.name}</span>
            <span className={participant.connected ? 'atlas-workshop__state is-connected' : 'atlas-workshop__state'}>
              {participant.connected ? 'Connected' : 'Not connected'}
            </span>
            <select
              aria-label={`Role of ${participant.name}`}
              value={participant.role}
              onChange={(event) => void onRole(participant, event.target.value as WorkshopRole)}
            >
              {WORKSHOP_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            <button type="button" className="atlas-button atlas-button--small" aria-label={`Remove ${participant.name}`} onClick={() => setRemoving(participant)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {removing ? (
        <ConfirmDialog title={`Remove ${removing.name}?`} confirmLabel="Remove" danger onClose={() => setRemoving(null)} onConfirm={() => onRemove(removing)}>
          <p>{removing.name} leaves the workshop at once: their access ends and their windows stop showing the plan.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
