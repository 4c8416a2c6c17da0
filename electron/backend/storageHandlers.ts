import type { AtlasHandlers } from '../../shared/api.ts';
import type { Library } from './library.ts';

/** The contract's methods about the library itself (its status; later its trash and backups). */
export type StorageMethod = 'libraryStatus';

/** Handlers of the storage methods over one open library. */
export function createStorageHandlers(library: Library): Pick<AtlasHandlers, StorageMethod> {
  return {
    libraryStatus() {
      return { readOnly: library.readOnlyReason !== null, reason: library.readOnlyReason };
    },
  };
}
