import { useState } from 'react';
import type { ReactNode } from 'react';
import { isAtlasError } from '../../shared/errors.ts';
import { Dialog } from './Dialog.tsx';

/** Props of a confirmation. */
export interface ConfirmDialogProps {
  title: string;
  /** What will happen, naming what is affected. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): Promise<void> | void;
  onClose(): void;
}

/** Asks before something that cannot be undone; shows the error if it fails. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={async () => {
        setBusy(true);
        setError(null);
        try {
          await onConfirm();
          onClose();
        } catch (caught) {
          setError(isAtlasError(caught) ? caught.message : 'Something went wrong; please try again.');
          setBusy(false);
        }
      }}
      footer={
        <>
          <button type="button" className="atlas-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={`atlas-button ${danger ? 'atlas-button--danger-solid' : 'atlas-button--primary'}`} disabled={busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {error ? (
        <p className="atlas-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
