import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { LibraryStatus } from '../../shared/api.ts';
import type { PresenceRole } from '../../shared/workshop.ts';
import { useWorkshop } from '../live/workshopStore.ts';
import { useApi } from './ApiContext.tsx';

const EDITABLE: LibraryStatus = { readOnly: false, reason: null };

const LibraryStatusContext = createContext<LibraryStatus>(EDITABLE);

/** Whether editing is on: the library's own status, and in a workshop the role the host gives this window. */
export interface EditingStatus extends LibraryStatus {
  /** True when editing is off because this participant's role is to view the plan (or its customer view). */
  workshopViewer: boolean;
}

/** The sentence a participant who may only view sees. */
export const WORKSHOP_VIEWER_SENTENCE = 'You joined this workshop to view the plan; the host can let you edit it.';

/** The reason editing is off for a participant who may only view (the notice when they try an edit). */
export const WORKSHOP_VIEWER_REASON = 'you joined this workshop to view the plan';

/**
 * Editing status from the library's and the workshop role. A participant's role decides (the room answers
 * libraryStatus by the role the participant had when asking, which the host may have changed since); for the host
 * and outside a workshop the library's own status does.
 */
export function editingStatus(library: LibraryStatus, role: PresenceRole | null): EditingStatus {
  if (role === 'view' || role === 'customer') return { readOnly: true, reason: WORKSHOP_VIEWER_REASON, workshopViewer: true };
  if (role === 'edit') return EDITABLE_IN_WORKSHOP;
  return { ...library, workshopViewer: false };
}

const EDITABLE_IN_WORKSHOP: EditingStatus = { readOnly: false, reason: null, workshopViewer: false };

/** Asks the backend once whether the library can be edited, and tells every screen. */
export function LibraryStatusProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState<LibraryStatus>(EDITABLE);
  useEffect(() => {
    let cancelled = false;
    // If the question fails, editing stays on: the backend still refuses any write it cannot make, in words.
    api.libraryStatus({}).then(
      (answer) => {
        if (!cancelled) setStatus(answer);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  return <LibraryStatusContext.Provider value={status}>{children}</LibraryStatusContext.Provider>;
}

/**
 * Whether this window may edit, and if not, why: the library's status, and the workshop role, which follows the
 * host's changes live (the live channel's 'you' message updates the workshop store).
 */
export function useLibraryStatus(): EditingStatus {
  const library = useContext(LibraryStatusContext);
  const role = useWorkshop((state) => state.you?.role ?? null);
  return useMemo(() => editingStatus(library, role), [library, role]);
}

/** The sentence that says editing is off, or null when it is on. */
export function readOnlySentence(status: EditingStatus): string | null {
  if (!status.readOnly) return null;
  if (status.workshopViewer) return WORKSHOP_VIEWER_SENTENCE;
  return `This library is read-only (${status.reason ?? 'it cannot be written'}), so editing is off: you can open, read and export plans.`;
}

/** The refusal of an edit while editing is off. */
export function editRefusalSentence(status: EditingStatus): string | null {
  if (!status.readOnly) return null;
  if (status.workshopViewer) return `Editing is off: ${WORKSHOP_VIEWER_REASON}; the host can let you edit it.`;
  return null;
}
