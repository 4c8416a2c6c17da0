import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { LibraryStatus } from '../../shared/api.ts';
import { useApi } from './ApiContext.tsx';

const EDITABLE: LibraryStatus = { readOnly: false, reason: null };

const LibraryStatusContext = createContext<LibraryStatus>(EDITABLE);

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

/** Whether the library can be edited, and if not, why. */
export function useLibraryStatus(): LibraryStatus {
  return useContext(LibraryStatusContext);
}

/** The sentence that says editing is off, or null when it is on. */
export function readOnlySentence(status: LibraryStatus): string | null {
  if (!status.readOnly) return null;
  return `This library is read-only (${status.reason ?? 'it cannot be written'}), so editing is off: you can open, read and export plans.`;
}
