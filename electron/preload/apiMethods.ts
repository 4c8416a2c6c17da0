import type { ApiMethod } from '../../shared/api.ts';

// shared/api.ts builds every zod schema when loaded; bundling it into the preload would add ~470 kB and
// ~50 ms to every page load. The names are listed here instead: the compiler checks none is missing
// and tests/electron/preload.test.ts checks the list and channels against the contract.

/** The contract's method names, for the preload. */
export const PRELOAD_API_METHODS = [
  'listAccounts',
  'createAccount',
  'updateAccount',
  'deleteAccount',
  'createPlan',
  'updatePlan',
  'deletePlan',
  'loadPlan',
  'applyPatch',
  'listChanges',
  'takeSnapshot',
  'listSnapshots',
  'loadSnapshot',
  'createSamplePlan',
  'exportPlanFile',
  'importPlanFile',
  'exportDocument',
  'libraryStatus',
  'listTrash',
  'restoreFromTrash',
  'deleteForever',
  'listBackups',
  'restoreBackup',
  'portfolio',
  'rollForwardPlan',
  'workshopAddresses',
  'startWorkshop',
  'workshopStatus',
  'setParticipantRole',
  'removeParticipant',
  'endWorkshop',
] as const satisfies readonly ApiMethod[];

type Unlisted = Exclude<ApiMethod, (typeof PRELOAD_API_METHODS)[number]>;

/** Does not compile when the contract gains a method missing from the list above. */
export const EVERY_METHOD_LISTED: [Unlisted] extends [never] ? true : { missing: Unlisted } = true;

/** IPC channel of a method; the same as ipcChannel() in shared/api.ts. */
export function preloadChannel(method: ApiMethod): string {
  return `atlas:${method}`;
}
