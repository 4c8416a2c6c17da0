import { useEffect, useId, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';

/** Props of a modal dialog. */
export interface DialogProps {
  title: string;
  children: ReactNode;
  onClose(): void;
  /** When given, the dialog is a form and this runs on submit. */
  onSubmit?(event: FormEvent<HTMLFormElement>): void;
  footer?: ReactNode;
  wide?: boolean;
  /** An extra class on the <dialog>, for a dialog that needs its own size. */
  className?: string;
}

/** A modal dialog on the native <dialog> element: focus stays inside, Escape closes, the title names it. */
export function Dialog({ title, children, onClose, onSubmit, footer, wide, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  const body = (
    <>
      <header className="atlas-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="atlas-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="atlas-dialog__body">{children}</div>
      {footer ? <footer className="atlas-dialog__foot">{footer}</footer> : null}
    </>
  );

  return (
    <dialog ref={ref} className={`atlas-dialog ${wide ? 'atlas-dialog--wide' : ''} ${className ?? ''}`} aria-labelledby={titleId}>
      {onSubmit ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(event);
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}

/** The footer of a form dialog: Cancel, and the submit button (disabled while the dialog is busy). */
export function DialogActions({
  submitLabel,
  cancelLabel = 'Cancel',
  busy,
  danger,
  onCancel,
}: {
  submitLabel: string;
  cancelLabel?: string;
  busy: boolean;
  danger?: boolean;
  onCancel(): void;
}) {
  return (
    <>
      <button type="button" className="atlas-button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className={`atlas-button ${danger ? 'atlas-button--danger-solid' : 'atlas-button--primary'}`} disabled={busy}>
        {submitLabel}
      </button>
    </>
  );
}

/** A dialog's error sentence, announced as an alert; nothing when there is none. */
export function DialogError({ message }: { message: string | null }) {
  return message ? (
    <p className="atlas-error" role="alert">
      {message}
    </p>
  ) : null;
}
