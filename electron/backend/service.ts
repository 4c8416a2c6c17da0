import { dirname } from 'node:path';
import { z } from 'zod';
import { apiContract, isApiMethod } from '../../shared/api.ts';
import type { ApiMethod, ApiOutput, AtlasApi, AtlasHandlers, WorkshopMethod } from '../../shared/api.ts';
import { documentFileName } from '../../shared/document/fileName.ts';
import { AtlasError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { PlanDocument, Snapshot } from '../../shared/model.ts';
import type { ChangeFeed, ChangeListener } from '../../shared/live.ts';
import type { LoggedChange, PlanPatch } from '../../shared/patch.ts';
import { accountFieldsSchema } from '../../shared/account.ts';
import type { Account } from '../../shared/account.ts';
import { planSchema } from '../../shared/plan.ts';
import type { Plan } from '../../shared/plan.ts';
import { archivedPlanAllows, archivedPlanRefusal, isArchived } from '../../shared/rules/archivedPlan.ts';
import { findSamplePlan, freeSamplePlanId } from '../../shared/sample/find.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { planStartNodes } from '../../shared/templates/planTemplates.ts';
import { parseOrThrow } from '../../shared/validation.ts';
import { todayIso } from '../../shared/values.ts';
import { reviewDefaultLabel } from '../../shared/review/reviews.ts';
import { snapshotEdge, snapshotNode } from './snapshotContent.ts';
import { applyPlanPatch } from './applyPatch.ts';
import type { PdfPrinter } from './export/index.ts';
import type { Library } from './library.ts';
import { importPlanFile, toPlanFile } from './planFile.ts';
import { createPortfolio } from './portfolio.ts';
import { rollForward } from './rollForward.ts';
import { parseStoredJson } from './repos/json.ts';
import { storageError } from './storageErrors.ts';
import { createDailyBackup, createStorageHandlers } from './storageHandlers.ts';
import type { StorageMethod } from './storageHandlers.ts';
import { createStore } from './store.ts';
import type { Store } from './store.ts';

/** What the service needs from its surroundings. */
export interface ServiceOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Prints HTML to PDF; the desktop app passes printToPDF, elsewhere Chromium is used. */
  printPdf?: PdfPrinter;
  /** Who the change log names as the author of this service's changes. */
  author?: string;
}

/** Most changes one listChanges call returns; a client asks again from the last revision it got. */
const CHANGE_PAGE = 1000;

/** What a transport knows about a call that its input must not be able to say (a workshop participant's name). */
export interface CallContext {
  /** Who the change log names as the author of this call's changes, instead of the service's author. */
  author?: string;
}

/** The plan service: the contract's one implementation, used by IPC, HTTP, the CLI and tests alike. */
export interface PlanService extends AtlasApi, ChangeFeed {
  /** Calls a method by name with untrusted input (validated here); used by the transports. */
  call(method: string, input: unknown, context?: CallContext): Promise<unknown>;
  /** The plan as stored now, read synchronously: a change listener sees the plan exactly as of the change it is told. */
  readPlan(planId: string): PlanDocument;
  /**
   * Lets a workshop host answer the contract's workshop methods (the desktop app and browser mode attach one; without
   * one they are refused in words). Returns the function that detaches it.
   */
  attachWorkshop(handlers: WorkshopHandlers): () => void;
}

/** What answers the contract's workshop methods. */
export type WorkshopHandlers = Pick<AtlasHandlers, WorkshopMethod>;

const NO_WORKSHOPS = (): never => {
  throw new AtlasError('unavailable', 'Workshops run from the Account Atlas app or from atlas serve; this program cannot start one.');
};
const noWorkshops: WorkshopHandlers = {
  workshopAddresses: NO_WORKSHOPS,
  startWorkshop: NO_WORKSHOPS,
  workshopStatus: () => ({ running: false }),
  setParticipantRole: NO_WORKSHOPS,
  removeParticipant: NO_WORKSHOPS,
  endWorkshop: () => ({ running: false }),
};

const snapshotContentSchema = z.object({
  plan: planSchema,
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

/** Creates the plan service over an open library. */
export function createPlanService(library: Library, options: ServiceOptions = {}): PlanService {
  const store = createStore(library);
  const now = options.now ?? (() => new Date());
  const accepted: { planId: string; change: LoggedChange }[] = [];
  const listeners = new Set<ChangeListener>();
  // Handlers run synchronously (their changes are logged inside synchronous transactions), so the author of the
  // call under way is read while it runs and cannot leak into another call.
  let callAuthor: string | undefined;
  const author = () => callAuthor ?? options.author ?? '';
  const handlers: AtlasHandlers = {
    ...createHandlers(store, now, options.printPdf, author, (planId, change) => accepted.push({ planId, change })),
    ...createStorageHandlers(library, store, now),
    ...noWorkshops,
  };
  const attachWorkshop = (workshop: WorkshopHandlers) => {
    Object.assign(handlers, workshop);
    return () => void Object.assign(handlers, noWorkshops);
  };

  const where = { folder: dirname(library.path), readOnlyReason: library.readOnlyReason };
  const dailyBackup = createDailyBackup(library, now);
  const call = async (method: string, input: unknown, context: CallContext = {}): Promise<unknown> => {
    if (!isApiMethod(method)) throw new AtlasError('not-found', `There is no API method called "${method}".`);
    const parsed = parseOrThrow(apiContract[method].input, input ?? {}, 'Invalid input');
    try {
      await dailyBackup(method);
      // Changes are logged inside synchronous transactions: once the handler returns (or throws), they have been
      // committed (or rolled back), so they are told to listeners only now, and only when committed.
      let result: unknown;
      try {
        callAuthor = context.author;
        result = (handlers[method] as (value: unknown) => unknown)(parsed);
      } catch (error) {
        accepted.length = 0;
        throw error;
      } finally {
        callAuthor = undefined;
      }
      tell(accepted.splice(0));
      return await result;
    } catch (error) {
      // A lock held too long, a full disk or a read-only file is said in one sentence, never as a crash.
      throw storageError(error, where);
    }
  };

  /** Tells listeners committed changes; a listener that fails (a closed socket) must not fail the call. */
  const tell = (changes: readonly { planId: string; change: LoggedChange }[]) => {
    for (const { planId, change } of changes) {
      for (const listener of listeners) {
        try {
          listener(planId, change);
        } catch {
          // The listener's own transport reports its failures.
        }
      }
    }
  };

  const subscribeChanges = (listener: ChangeListener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const readPlan = (planId: string) => loadDocument(store, planId);
  const service = { call, subscribeChanges, readPlan, attachWorkshop } as PlanService;
  for (const method of Object.keys(apiContract) as ApiMethod[]) {
    (service as unknown as Record<string, unknown>)[method] = (input: unknown) => call(method, input);
  }
  return service;
}

/** The library's accounts, each with its plans (what is in the trash left out). */
function accountsWithPlans(store: Store) {
  const plans = store.plans.listWithCounts();
  return store.accounts.list().map((account) => ({
    ...account,
    plans: plans.filter((plan) => plan.accountId === account.id),
  }));
}

function requirePlan(store: Store, planId: string) {
  const plan = store.plans.get(planId);
  if (!plan) throw new AtlasError('not-found', `There is no plan with id "${planId}".`);
  return plan;
}

function requireAccount(store: Store, accountId: string) {
  const account = store.accounts.get(accountId);
  if (!account) throw new AtlasError('not-found', `There is no account with id "${accountId}".`);
  return account;
}

function loadDocument(store: Store, planId: string): PlanDocument {
  const plan = requirePlan(store, planId);
  const account = requireAccount(store, plan.accountId);
  return {
    account,
    plan,
    // The account node at the centre shows the account's name, stored once on the account.
    nodes: store.nodes.list(planId).map((node) => (node.kind === 'account' ? { ...node, label: account.name } : node)),
    edges: store.edges.list(planId),
    viewport: store.plans.viewport(planId),
    revision: store.plans.revision(planId),
  };
}

/** The part of a patch that the change log keeps: what it changed in the plan, without empty lists or the viewport. */
function loggedChange(patch: PlanPatch): LoggedChange['change'] {
  const { planId: _planId, viewport: _viewport, changeId: _changeId, ...rest } = patch;
  return Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined && (!Array.isArray(value) || value.length > 0)),
  ) as LoggedChange['change'];
}

/** True when a patch may be applied to an archived plan: it changes nothing but the viewport and the plan's status. */
function archivedPatchAllowed(stored: Plan, patch: PlanPatch): boolean {
  const { plan, ...rest } = loggedChange(patch);
  return Object.keys(rest).length === 0 && archivedPlanAllows(stored, plan);
}

/** True when a patch changes what the plan holds (anything but the viewport). */
function changesPlan(patch: PlanPatch): boolean {
  return Object.keys(loggedChange(patch)).length > 0;
}

function loadSnapshot(store: Store, id: string): Snapshot {
  const stored = store.snapshots.get(id);
  if (!stored) throw new AtlasError('not-found', `There is no snapshot with id "${id}".`);
  const content = snapshotContentSchema.parse(parseStoredJson(stored.contentJson, null));
  const { contentJson: _raw, ...summary } = stored;
  return {
    ...summary,
    content: {
      plan: content.plan,
      nodes: content.nodes.map(snapshotNode).filter((node) => node !== null),
      edges: content.edges.map(snapshotEdge).filter((edge) => edge !== null),
    },
  };
}

function createHandlers(
  store: Store,
  now: () => Date,
  printPdf: PdfPrinter | undefined,
  author: () => string,
  accept: (planId: string, change: LoggedChange) => void,
): Omit<AtlasHandlers, StorageMethod | WorkshopMethod> {
  const stamp = () => now().toISOString();
  const portfolio = createPortfolio(store, { loadDocument: (planId) => loadDocument(store, planId) });

  /** Gives a plan its next revision and logs the change under it. */
  const logChange = (planId: string, change: LoggedChange['change'], changedAt: string, changeId?: string): number => {
    const revision = store.plans.nextRevision(planId, changedAt);
    const logged: LoggedChange = { revision, changedAt, author: author(), ...(changeId === undefined ? {} : { changeId }), change };
    store.changes.insert(planId, logged);
    accept(planId, logged);
    return revision;
  };

  /** Saves account changes that differ from the stored account; every plan of the account logs them. */
  const changeAccount = (before: Account, changes: Partial<Account>, changedAt: string, except?: string): Account => {
    const differing = Object.fromEntries(
      Object.entries(stripUndefined(changes)).filter(([key, value]) => JSON.stringify(before[key as keyof Account]) !== JSON.stringify(value)),
    ) as Partial<Account>;
    if (Object.keys(differing).length === 0) return before;
    const account = { ...before, ...differing, updatedAt: changedAt };
    store.accounts.save(account);
    for (const planId of store.plans.idsOfAccount(account.id)) {
      if (planId !== except) logChange(planId, { account: differing as never }, changedAt);
    }
    return account;
  };

  const handlers: Omit<AtlasHandlers, StorageMethod | WorkshopMethod> = {
    listAccounts() {
      return accountsWithPlans(store);
    },

    createAccount(input) {
      const time = stamp();
      const account = { ...input, id: newId(), createdAt: time, updatedAt: time };
      store.transaction(() => store.accounts.save(account));
      return account;
    },

    updateAccount({ id, changes }) {
      return store.transaction(() => changeAccount(requireAccount(store, id), changes, stamp()));
    },

    deleteAccount({ id }) {
      // To the trash, with its plans: restored from there, or emptied after TRASH_DAYS.
      if (!store.transaction(() => store.trash.trashAccount(id, stamp()))) {
        throw new AtlasError('not-found', `There is no account with id "${id}".`);
      }
      return { deleted: true };
    },

    createPlan({ accountId, template, ...fields }) {
      return store.transaction(() => {
        const account = requireAccount(store, accountId);
        const time = stamp();
        const plan = { ...fields, id: newId(), accountId, createdAt: time, updatedAt: time };
        store.plans.save(plan);
        // The account node first: every other node of the template hangs from it.
        for (const node of planStartNodes(template, account.name, newId)) store.nodes.save(plan.id, node);
        return plan;
      });
    },

    updatePlan({ id, changes }) {
      return store.transaction(() => {
        const changedAt = stamp();
        const before = requirePlan(store, id);
        if (isArchived(before) && !archivedPlanAllows(before, changes)) throw new AtlasError('read-only', archivedPlanRefusal(before));
        const plan = { ...before, ...stripUndefined(changes), updatedAt: changedAt };
        store.plans.save(plan);
        logChange(id, { plan: stripUndefined(changes) }, changedAt);
        return plan;
      });
    },

    deletePlan({ id }) {
      if (!store.transaction(() => store.trash.trashPlan(id, stamp()))) {
        throw new AtlasError('not-found', `There is no plan with id "${id}".`);
      }
      return { deleted: true };
    },

    loadPlan({ planId }) {
      return loadDocument(store, planId);
    },

    applyPatch(patch) {
      return store.transaction(() => {
        const { planId } = patch;
        const plan = requirePlan(store, planId);
        if (isArchived(plan) && !archivedPatchAllowed(plan, patch)) throw new AtlasError('read-only', archivedPlanRefusal(plan));
        const outcome = applyPlanPatch(store, patch);
        const updatedAt = stamp();
        if (patch.plan) store.plans.save({ ...plan, ...stripUndefined(patch.plan), updatedAt });
        const accountChanges: Partial<Account> = { ...stripUndefined(patch.account ?? {}) };
        if (outcome.accountName !== undefined && accountChanges.name === undefined) {
          accountChanges.name = parseOrThrow(accountFieldsSchema.shape.name, outcome.accountName, 'Invalid input: the account node\'s name');
        }
        changeAccount(requireAccount(store, plan.accountId), accountChanges, updatedAt, planId);
        const revision = changesPlan(patch) ? logChange(planId, loggedChange(patch), updatedAt, patch.changeId) : store.plans.revision(planId);
        return { planId, updatedAt, revision };
      });
    },

    listChanges({ planId, afterRevision }) {
      requirePlan(store, planId);
      return { revision: store.plans.revision(planId), changes: store.changes.after(planId, afterRevision, CHANGE_PAGE) };
    },

    takeSnapshot({ planId, label }) {
      return store.transaction(() => {
        const document = loadDocument(store, planId);
        const takenAt = stamp();
        const snapshot: Snapshot = {
          id: newId(),
          planId,
          label: label.trim() || reviewDefaultLabel(takenAt),
          takenAt,
          nodeCount: document.nodes.length,
          content: { plan: document.plan, nodes: document.nodes, edges: document.edges },
        };
        store.snapshots.insert(snapshot);
        const { content: _content, ...summary } = snapshot;
        return summary;
      });
    },

    listSnapshots({ planId }) {
      requirePlan(store, planId);
      return store.snapshots.list(planId);
    },

    loadSnapshot({ id }) {
      return loadSnapshot(store, id);
    },

    createSamplePlan({ openExisting }) {
      const existing = openExisting ? findSamplePlan(accountsWithPlans(store)) : null;
      if (existing) return existing;
      const file = buildSamplePlan(todayIso(now()));
      // Stored under a sample id, the one mark that finds it again (a renamed sample is still the sample).
      const id = freeSamplePlanId((planId) => store.plans.exists(planId));
      return importPlanFile(store, { ...file, plan: { ...file.plan, id } });
    },

    exportPlanFile({ planId }) {
      return store.transaction(() => {
        const document = loadDocument(store, planId);
        const snapshots = store.snapshots.list(planId).map((summary) => loadSnapshot(store, summary.id));
        return toPlanFile(document, snapshots);
      });
    },

    importPlanFile({ file }) {
      return importPlanFile(store, file as Parameters<typeof importPlanFile>[1]);
    },

    portfolio() {
      return portfolio.rows(todayIso(now()));
    },

    rollForwardPlan({ planId, ...choices }) {
      return store.transaction(() => {
        const time = stamp();
        const outcome = rollForward(store, loadDocument(store, planId), choices, { newId, today: todayIso(now()), time });
        // The old plan's windows hear that it is archived (and so read-only) like any other change of its status.
        logChange(planId, { plan: { status: 'archived' } }, time);
        return outcome;
      });
    },

    async exportDocument(options) {
      if (options.format === 'json') {
        const file = handlers.exportPlanFile({ planId: options.planId }) as ApiOutput<'exportPlanFile'>;
        const text = `${JSON.stringify(file, null, 2)}\n`;
        return {
          fileName: documentFileName(file.account.name, file.plan.title, null, 'json'),
          mimeType: 'application/json',
          base64: Buffer.from(text, 'utf8').toString('base64'),
        };
      }
      const document = loadDocument(store, options.planId);
      // The document libraries (docx, pptxgenjs, ...) are heavy; load them only when a document is asked for.
      const { exportDocument } = await import('./export/index.ts');
      const reviews = store.snapshots.list(options.planId).map((summary) => loadSnapshot(store, summary.id));
      return exportDocument(document, options, { printPdf, today: todayIso(now()), reviews });
    },
  };
  return handlers;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
