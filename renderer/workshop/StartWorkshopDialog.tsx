import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { ROLE_LABELS, WORKSHOP_ROLES } from '../../shared/workshop.ts';
import type { NetworkAddress, WorkshopRole, WorkshopStatus } from '../../shared/workshop.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Dialog, DialogActions, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { initialStartForm, JOIN_ROLE_HINTS, OTHER_ADDRESS, startInput } from './startForm.ts';
import type { StartForm } from './startForm.ts';

function Field({ label, children, hint }: { label: string; hint?: ReactNode; children: (id: string, hintId: string | undefined) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="atlas-field">
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint ? (
        <p id={hintId} className="atlas-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The host's "Start a workshop" dialog: address of the room's network, port, what joiners may do, the host's name. */
export function StartWorkshopDialog({ planId, onStarted, onClose }: { planId: string; onStarted(status: WorkshopStatus): void; onClose(): void }) {
  const api = useApi();
  const [addresses, setAddresses] = useState<NetworkAddress[] | null>(null);
  const [form, setForm] = useState<StartForm | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.workshopAddresses({}).then(
      (found) => {
        if (cancelled) return;
        setAddresses(found);
        setForm(initialStartForm(found));
      },
      (caught: unknown) => {
        if (cancelled) return;
        setAddresses([]);
        setForm(initialStartForm([]));
        setError(errorSentence(caught));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const change = (patch: Partial<StartForm>) => setForm((current) => (current ? { ...current, ...patch } : current));

  const submit = async () => {
    if (!form) return;
    const built = startInput(form, planId);
    if ('error' in built) {
      setError(built.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onStarted(await api.startWorkshop(built.input));
    } catch (caught) {
      setError(errorSentence(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Start a workshop"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<DialogActions submitLabel="Start workshop" busy={busy || !form} onCancel={onClose} />}
    >
      {!form || !addresses ? (
        <p role="status">Looking for this computer’s network addresses…</p>
      ) : (
        <>
          <p className="atlas-dialog__lead">Colleagues on the room’s network join this plan from their browsers; nothing goes over the internet.</p>
          {addresses.length === 0 ? (
            <p className="atlas-workshop__note" role="note">
              This computer has no network address to offer: connect it to the room’s network, or type the address below.
            </p>
          ) : (
            <Field label="Network address">
              {(id) => (
                <select id={id} value={form.address} onChange={(event) => change({ address: event.target.value })}>
                  {addresses.map((address) => (
                    <option key={address.address} value={address.address}>
                      {address.address} ({address.interfaceName})
                    </option>
                  ))}
                  <option value={OTHER_ADDRESS}>Other address…</option>
                </select>
              )}
            </Field>
          )}
          {form.address === OTHER_ADDRESS ? (
            <Field label="Other address">
              {(id) => (
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  placeholder="192.168.1.20"
                  value={form.otherAddress}
                  autoFocus
                  onChange={(event) => change({ otherAddress: event.target.value })}
                />
              )}
            </Field>
          ) : null}
          <Field label="Port" hint="0 picks any free port.">
            {(id, hintId) => (
              <input id={id} type="number" min={0} max={65535} step={1} aria-describedby={hintId} value={form.port} onChange={(event) => change({ port: event.target.value })} />
            )}
          </Field>
          <Field label="People who join" hint={JOIN_ROLE_HINTS[form.joinRole]}>
            {(id, hintId) => (
              <select id={id} aria-describedby={hintId} value={form.joinRole} onChange={(event) => change({ joinRole: event.target.value as WorkshopRole })}>
                {WORKSHOP_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Your name">
            {(id) => <input id={id} type="text" maxLength={40} value={form.hostName} onChange={(event) => change({ hostName: event.target.value })} />}
          </Field>
        </>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
