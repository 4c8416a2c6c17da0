import { z } from 'zod';
import { accountChangesSchema, accountFieldsSchema } from './account.ts';
import type { Account } from './account.ts';
import type { PlanDocument, Snapshot, SnapshotSummary } from './model.ts';
import { planPatchSchema } from './patch.ts';
import type { LoggedChange, PatchResult } from './patch.ts';
import { planChangesSchema, planFieldsSchema } from './plan.ts';
import type { PortfolioRow } from './portfolio.ts';
import type { RollForwardOutcome } from './rollForward.ts';
import type { Plan } from './plan.ts';
import { planFileSchema } from './planFile.ts';
import type { PlanFile } from './planFile.ts';
import type { BackupInfo } from './backups.ts';
import { planTemplateSchema } from './templates/planTemplates.ts';
import type { TrashItem } from './trash.ts';
import { entityId, isoDate, shortText } from './values.ts';
import { participantIdSchema, participantRoleSchema, startWorkshopSchema } from './workshop.ts';
import type { NetworkAddress, WorkshopStatus } from './workshop.ts';

/** A plan as listed on the home screen. */
export interface PlanSummary extends Plan {
  nodeCount: number;
}

/** An account with its plans, as listed on the home screen. */
export interface AccountWithPlans extends Account {
  plans: PlanSummary[];
}

/** Whether the library can be edited; when it cannot, the sentence says why. */
export interface LibraryStatus {
  readOnly: boolean;
  /** Why editing is off ("its folder cannot be written"), or null. */
  reason: string | null;
}

/** Document formats a plan exports to. */
export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'pptx', 'json'] as const;
/** A document format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Internal (everything) or customer (leaves internal material out). */
export const EDITIONS = ['internal', 'customer'] as const;
/** A document edition. */
export type Edition = (typeof EDITIONS)[number];
/** Paper sizes for PDF. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
/** A paper size. */
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Options of a document export. */
export const exportOptionsSchema = z.strictObject({
  planId: entityId,
  format: z.enum(EXPORT_FORMATS, { error: `expected one of ${EXPORT_FORMATS.join(', ')}` }),
  edition: z.enum(EDITIONS, { error: 'expected internal or customer' }).default('internal'),
  paper: z.enum(PAPER_SIZES, { error: 'expected a4 or letter' }).default('a4'),
  includeMap: z.boolean().default(true),
});

/** Options of a document export as a client sends them. */
export type ExportOptions = z.input<typeof exportOptionsSchema>;

/** An exported document, ready to save or download. */
export interface ExportedDocument {
  fileName: string;
  mimeType: string;
  /** File content, base64-encoded. */
  base64: string;
}

const idInput = z.strictObject({ id: entityId });
const backupNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,200}\.db$/, { error: 'expected the file name of a backup, as listed' });
const planIdInput = z.strictObject({ planId: entityId });

function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

/** The one API contract: method name → input schema and output type. Both transports and the service follow it. */
export const apiContract = {
  listAccounts: method(z.strictObject({})).returns<AccountWithPlans[]>(),
  createAccount: method(accountFieldsSchema).returns<Account>(),
  updateAccount: method(z.strictObject({ id: entityId, changes: accountChangesSchema })).returns<Account>(),
  deleteAccount: method(idInput).returns<{ deleted: true }>(),
  createPlan: method(planFieldsSchema.extend({ accountId: entityId, template: planTemplateSchema.default('empty') })).returns<Plan>(),
  updatePlan: method(z.strictObject({ id: entityId, changes: planChangesSchema })).returns<Plan>(),
  deletePlan: method(idInput).returns<{ deleted: true }>(),
  loadPlan: method(planIdInput).returns<PlanDocument>(),
  applyPatch: method(planPatchSchema).returns<PatchResult>(),
  listChanges: method(z.strictObject({ planId: entityId, afterRevision: z.number().int().min(0).default(0) })).returns<{
    revision: number;
    changes: LoggedChange[];
  }>(),
  takeSnapshot: method(z.strictObject({ planId: entityId, label: shortText.default('') })).returns<SnapshotSummary>(),
  listSnapshots: method(planIdInput).returns<SnapshotSummary[]>(),
  loadSnapshot: method(idInput).returns<Snapshot>(),
  /** Adds the sample plan; with `openExisting`, returns the sample already in the library instead (no write). */
  createSamplePlan: method(z.strictObject({ openExisting: z.boolean().default(false) })).returns<{ accountId: string; planId: string }>(),
  exportPlanFile: method(planIdInput).returns<PlanFile>(),
  importPlanFile: method(z.strictObject({ file: planFileSchema })).returns<{ accountId: string; planId: string }>(),
  exportDocument: method(exportOptionsSchema).returns<ExportedDocument>(),
  libraryStatus: method(z.strictObject({})).returns<LibraryStatus>(),
  listTrash: method(z.strictObject({})).returns<TrashItem[]>(),
  restoreFromTrash: method(idInput).returns<{ restored: TrashItem['type'] }>(),
  deleteForever: method(idInput).returns<{ deleted: true }>(),
  listBackups: method(z.strictObject({})).returns<BackupInfo[]>(),
  restoreBackup: method(z.strictObject({ name: backupNameSchema })).returns<{ restoredFrom: string; keptAs: string }>(),
  // Issue 15, points 6 and 7: the portfolio across accounts, and rolling a plan forward into the next period.
  /** Every account with its tier and criteria, current plan, health score and trend, overdue actions, last review, renewal and flags. */
  portfolio: method(z.strictObject({})).returns<PortfolioRow[]>(),
  /**
   * Copies a plan into a new one for the next period (title and dates from the rule unless given) and archives the
   * old one, read-only in the account's history.
   */
  rollForwardPlan: method(
    z.strictObject({
      planId: entityId,
      title: planFieldsSchema.shape.title.optional(),
      periodStart: isoDate.optional(),
      periodEnd: isoDate.optional(),
    }),
  ).returns<RollForwardOutcome>(),
  // Workshops (the host only; a participant's calls to these are refused).
  /** This machine's IPv4 addresses on its networks, for the host to pick the room's. */
  workshopAddresses: method(z.strictObject({})).returns<NetworkAddress[]>(),
  /** Starts listening on the chosen address for one plan; refused while another workshop runs. */
  startWorkshop: method(startWorkshopSchema).returns<WorkshopStatus>(),
  workshopStatus: method(z.strictObject({})).returns<WorkshopStatus>(),
  setParticipantRole: method(participantRoleSchema).returns<WorkshopStatus>(),
  /** Revokes one participant's token and closes their connections at once. */
  removeParticipant: method(participantIdSchema).returns<WorkshopStatus>(),
  /** Revokes every participant's token, closes their connections and the listener beyond 127.0.0.1. */
  endWorkshop: method(z.strictObject({})).returns<WorkshopStatus>(),
} as const;

/** The contract's workshop methods (answered by the workshop host, not the plan service). */
export const WORKSHOP_METHODS = ['workshopAddresses', 'startWorkshop', 'workshopStatus', 'setParticipantRole', 'removeParticipant', 'endWorkshop'] as const;
/** A workshop method. */
export type WorkshopMethod = (typeof WORKSHOP_METHODS)[number];

/** A method name of the contract. */
export type ApiMethod = keyof typeof apiContract;
/** What a client passes to a method. */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiContract)[M]['input']>;
/** What the service receives after validation. */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiContract)[M]['input']>;
/** What a method returns. */
export type ApiOutput<M extends ApiMethod> = (typeof apiContract)[M]['output'];

/** The typed client the renderer talks to (window.atlas in Electron, HTTP in browser mode). */
export type AtlasApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** The service side: receives validated input. */
export type AtlasHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M> };

/** Every method name, for binding transports. */
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

/** True when `name` is a method of the contract. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

/** IPC channel of a method in the desktop app. */
export function ipcChannel(method: ApiMethod): string {
  return `atlas:${method}`;
}
