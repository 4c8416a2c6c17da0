import { useEffect, useState } from 'react';
import type { WorkshopParticipant, WorkshopRole, WorkshopStatus } from '../../shared/workshop.ts';
import { ROLE_LABELS } from '../../shared/workshop.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { copyText } from './copyText.ts';
import { endWorkshop, hostPanels, refreshWorkshopStatus, useHostPanels } from './hostPanels.ts';
import { ParticipantList } from './ParticipantList.tsx';

/** The status is asked again at most this often while the panel is open (presence changes ask at once). */
const STATUS_REFRESH_MS = 5000;

/** The Join panel for the projector, a pane beside the map: join address, QR code and join code, and the host's controls of the participants. */
export function JoinPanel({ onClose }: { onClose(): void }) {
  const api = useApi();
  const status = useHostPanels((state) => state.status);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);

  useEffect(() => {
    void refreshWorkshopStatus(api);
    const timer = window.setInterval(() => void refreshWorkshopStatus(api), STATUS_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [api]);

  const control = async (call: () => Promise<WorkshopStatus>) => {
    setError(null);
    try {
      hostPanels.getState().setStatus(await call());
    } catch (caught) {
      setError(errorSentence(caught));
      await refreshWorkshopStatus(api);
    }
  };
  const setRole = (participant: WorkshopParticipant, role: WorkshopRole) => control(() => api.setParticipantRole({ participantId: participant.id, role }));
  // The confirmation shows a failure itself and stays open, so this one throws rather than catching.
  const remove = async (participant: WorkshopParticipant) => {
    hostPanels.getState().setStatus(await api.removeParticipant({ participantId: participant.id }));
  };
  const end = async () => {
    await endWorkshop(api);
    onClose();
  };

  return (
    // Not modal: the host keeps working on the map while the projector shows how to join.
    <section className="atlas-workshop-pane" role="dialog" aria-label="Join the workshop">
      <div className="atlas-workshop-pane__head">
        <h2>Join the workshop</h2>
        <button type="button" className="atlas-icon-button" aria-label="Close the Join panel" onClick={onClose}>
          ×
        </button>
      </div>
      {!status.running ? (
        <p role="status">No workshop is running.</p>
      ) : (
        <div className="atlas-workshop__join">
          <div className="atlas-workshop__how">
            <p className="atlas-workshop__lead">On the room’s network, open this address in a browser:</p>
            <p className="atlas-workshop__address" aria-label="Join address">
              {status.joinUrl}
            </p>
            <p>
              <button
                type="button"
                className="atlas-button"
                onClick={() => void copyText(status.joinUrl).then((done) => setCopied(done ? 'The join address is copied.' : 'Select the address and copy it.'))}
              >
                Copy join address
              </button>{' '}
              <span role="status">{copied}</span>
            </p>
            <p className="atlas-workshop__lead">
              Or type the join code on the join page: <strong className="atlas-workshop__code" aria-label="Join code">{status.joinCode}</strong>
            </p>
            <p className="atlas-workshop__meta">
              {status.planTitle} · hosted by {status.hostName} · people who join start with “{ROLE_LABELS[status.joinRole]}”
            </p>
          </div>
          <img className="atlas-workshop__qr" src={status.joinQrSvg} alt="QR code for the join address" />
          <section className="atlas-workshop__people" aria-labelledby="atlas-workshop-people">
            <h3 id="atlas-workshop-people">Participants ({status.participants.length})</h3>
            <ParticipantList participants={status.participants} onRole={setRole} onRemove={remove} />
            {error ? (
              <p className="atlas-error" role="alert">
                {error}
              </p>
            ) : null}
          </section>
          <p className="atlas-workshop__end">
            <button type="button" className="atlas-button atlas-button--danger" onClick={() => setEnding(true)}>
              End workshop
            </button>
          </p>
        </div>
      )}
      {ending ? <EndWorkshopDialog onClose={() => setEnding(false)} onConfirm={end} /> : null}
    </section>
  );
}

/** Asks before ending the workshop for everyone. */
export function EndWorkshopDialog({ onConfirm, onClose }: { onConfirm(): Promise<void>; onClose(): void }) {
  return (
    <ConfirmDialog title="End the workshop?" confirmLabel="End workshop" danger onClose={onClose} onConfirm={onConfirm}>
      <p>Everyone who joined leaves at once, their access ends, and this computer stops listening on the room’s network.</p>
    </ConfirmDialog>
  );
}
