import type { z } from 'zod';
import type { accountChangesSchema } from '../../shared/account.ts';
import { isAtlasError } from '../../shared/errors.ts';
import type { planChangesSchema } from '../../shared/plan.ts';
import { composePatches, isEmptyPatch } from '../store/mapPatch.ts';
import type { MapPatch } from '../store/mapPatch.ts';

/** Changes to the account record, as the API takes them. */
export type AccountChanges = z.input<typeof accountChangesSchema>;
/** Changes to the plan record, as the API takes them. */
export type PlanChanges = z.input<typeof planChangesSchema>;

/** One write waiting to reach the backend. */
export type SaveOperation =
  | { kind: 'patch'; patch: MapPatch }
  | { kind: 'account'; changes: AccountChanges }
  | { kind: 'plan'; changes: PlanChanges };

/** What the save indicator shows. */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'failed';
  /** The last failure's sentence while failed. */
  message: string | null;
}

/** What the queue needs: how to send one operation, where to report, and a timer (injected for tests). */
export interface SaveQueueOptions {
  send(operation: SaveOperation): Promise<void>;
  onStatus(status: SaveStatus): void;
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
  /** Resolves once everything queued so far has been saved (or a write failed). */
  idle(): Promise<void>;
  dispose(): void;
}

/** Waits before automatic retries: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/** Merges an operation into the one before it when both write the same thing, keeping the order of writes. */
function merge(last: SaveOperation | undefined, next: SaveOperation): SaveOperation | null {
  if (!last || last.kind !== next.kind) return null;
  if (last.kind === 'patch' && next.kind === 'patch') return { kind: 'patch', patch: composePatches(last.patch, next.patch) };
  if (last.kind === 'account' && next.kind === 'account') return { kind: 'account', changes: { ...last.changes, ...next.changes } };
  if (last.kind === 'plan' && next.kind === 'plan') return { kind: 'plan', changes: { ...last.changes, ...next.changes } };
  return null;
}

/**
 * Sends writes one at a time, in order. A failed write stays at the head of the queue (later writes merge
 * behind it) and is retried with backoff and by retry(); nothing is ever dropped. Patches are idempotent,
 * so sending one again after an unclear failure is safe.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const waiting: SaveOperation[] = [];
  let inFlight: SaveOperation | null = null;
  let failures = 0;
  let timer: unknown = null;
  let disposed = false;
  let lastMessage: string | null = null;
  let idleWaiters: (() => void)[] = [];

  const report = () => {
    const busy = inFlight !== null || waiting.length > 0;
    if (failures > 0) options.onStatus({ state: 'failed', message: lastMessage });
    else options.onStatus({ state: busy ? 'saving' : 'saved', message: null });
    if (!busy || failures > 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  const pump = () => {
    if (disposed || inFlight || timer !== null || waiting.length === 0) return;
    const operation = waiting.shift()!;
    inFlight = operation;
    report();
    options.send(operation).then(
      () => {
        inFlight = null;
        failures = 0;
        lastMessage = null;
        report();
        pump();
      },
      (error: unknown) => {
        inFlight = null;
        const next = waiting[0];
        const merged = next ? merge(operation, next) : null;
        if (merged) waiting[0] = merged;
        else waiting.unshift(operation);
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
      if (operation.kind === 'patch' && isEmptyPatch(operation.patch)) return;
      const merged = merge(waiting.at(-1), operation);
      if (merged) waiting[waiting.length - 1] = merged;
      else waiting.push(operation);
      report();
      pump();
    },
    retry() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pump();
    },
    hasUnsaved: () => inFlight !== null || waiting.length > 0,
    idle() {
      if (inFlight === null && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
