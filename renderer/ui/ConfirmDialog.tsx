import { useState } from 'react';
import type { ReactNode } from 'react';
import { Dialog, DialogActions, DialogError } from './Dialog.tsx';
import { errorSentence } from './ErrorMessage.tsx';

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
          setError(errorSentence(caught));
          setBusy(false);
        }
      }}
      footer={<DialogActions submitLabel={confirmLabel} busy={busy} danger={danger} onCancel={onClose} />}
    >
      {children}
      <DialogError message={error} />
    </Dialog>
  );
}
