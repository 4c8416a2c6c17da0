import { composeChanges, isEmptyChange } from '../../shared/changes.ts';
import { newId } from '../../shared/ids.ts';
import type { PlanChange } from '../../shared/changes.ts';
import { isAtlasError, isRefusal } from '../../shared/errors.ts';

/** One write waiting to reach the backend: a change, and the undo steps it came from. */
export interface SaveOperation {
  change: PlanChange;
  /** The id the change is sent under; the live channel echoes it, so the window knows its own changes. */
  changeId: string;
  /** Ids of the history entries this write carries (so a refused write can take them off the undo stack). */
  entryIds: readonly number[];
}

/** What the save indicator shows. */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'failed';
  /** The last failure's sentence while failed. */
  message: string | null;
}

/** What the queue needs: how to send one change, where to report, and a timer (injected for tests). */
export interface SaveQueueOptions {
  /** Sends a change under its id; resolves with the plan's revision after it. */
  send(change: PlanChange, changeId: string): Promise<number | void>;
  onStatus(status: SaveStatus): void;
  /** The backend accepted a write. */
  onSaved?(operation: SaveOperation, revision: number | void): void;
  /** The backend refused a write as invalid; it is dropped, never sent again. */
  onRefused?(operation: SaveOperation, message: string): void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** The write queue of one open plan. */
export interface SaveQueue {
  enqueue(operation: SaveOperation): void;
  /** Retries a failed write now (the Retry button). */
  retry(): void;
  /** True while anything is waiting or in flight. */
  hasUnsaved(): boolean;
  /** The writes not yet accepted, oldest first (the one in flight included). */
  pending(): readonly SaveOperation[];
  /** The change ids of those writes, merged ones and their parts alike. */
  pendingIds(): ReadonlySet<string>;
  /** Resolves once everything queued so far has been saved or refused (or a write is waiting to be retried). */
  idle(): Promise<void>;
  dispose(): void;
}

/** Waits before automatic retries: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/** A queued write, with the writes it was merged from so a refusal can be narrowed down to one of them. */
interface Queued extends SaveOperation {
  parts: readonly SaveOperation[];
  /** Sent alone: a merged write was refused and its parts are being tried one by one. */
  alone: boolean;
}

function queued(operation: SaveOperation, alone = false): Queued {
  return { ...operation, parts: [operation], alone };
}

function merged(first: Queued, second: Queued): Queued {
  return {
    change: composeChanges(first.change, second.change),
    changeId: newId(),
    entryIds: [...first.entryIds, ...second.entryIds],
    parts: [...first.parts, ...second.parts],
    alone: false,
  };
}

/**
 * Sends writes one at a time, in order; writes waiting behind the one in flight merge into one. A write the
 * backend refuses as invalid is dropped and reported (a merged write is first split and its parts sent one by
 * one, so only the refused part is dropped); later writes go on. A write that could not reach the backend stays
 * at the head and is retried with backoff and by retry(); nothing is dropped for that. Writes are idempotent, so
 * sending one again after an unclear failure is safe.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const waiting: Queued[] = [];
  let head: Queued | null = null;
  let sending = false;
  let failures = 0;
  let timer: unknown = null;
  let disposed = false;
  let lastMessage: string | null = null;
  let idleWaiters: (() => void)[] = [];

  const busy = () => head !== null || waiting.length > 0;

  const report = () => {
    if (failures > 0) options.onStatus({ state: 'failed', message: lastMessage });
    else options.onStatus({ state: busy() ? 'saving' : 'saved', message: null });
    if (!busy() || failures > 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  const refuse = (operation: Queued, message: string) => {
    if (operation.parts.length > 1) {
      // Narrow it down: send each part alone, so only the one the backend refuses is dropped.
      waiting.unshift(...operation.parts.map((part) => queued(part, true)));
      return;
    }
    options.onRefused?.(operation, message);
  };

  const pump = () => {
    if (disposed || sending || timer !== null) return;
    if (head === null) head = waiting.shift() ?? null;
    if (head === null) return;
    const operation = head;
    sending = true;
    report();
    options.send(operation.change, operation.changeId).then(
      (revision) => {
        sending = false;
        head = null;
        failures = 0;
        lastMessage = null;
        options.onSaved?.(operation, revision);
        report();
        pump();
      },
      (error: unknown) => {
        sending = false;
        if (isRefusal(error)) {
          head = null;
          refuse(operation, error.message);
          report();
          pump();
          return;
        }
        failures += 1;
        lastMessage = isAtlasError(error) ? error.message : 'The change could not be saved.';
        report();
        if (!disposed) {
          timer = setTimer(() => {
            timer = null;
            pump();
          }, retryDelay(failures));
        }
      },
    );
  };

  return {
    enqueue(operation) {
      if (isEmptyChange(operation.change)) return;
      const next = queued(operation);
      const last = waiting.at(-1);
      if (last && !last.alone) waiting[waiting.length - 1] = merged(last, next);
      else waiting.push(next);
      report();
      pump();
    },
    retry() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pump();
    },
    hasUnsaved: busy,
    pending: () => (head ? [head, ...waiting] : [...waiting]),
    pendingIds() {
      const ids = new Set<string>();
      for (const operation of head ? [head, ...waiting] : waiting) {
        ids.add(operation.changeId);
        for (const part of operation.parts) ids.add(part.changeId);
      }
      return ids;
    },
    idle() {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
