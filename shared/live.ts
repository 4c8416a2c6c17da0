import { z } from 'zod';
import type { LoggedChange } from './patch.ts';
import { entityId } from './values.ts';
import { presenceUpdateSchema } from './workshop.ts';
import type { HostView, PresentPerson, WorkshopSelf } from './workshop.ts';

export type { PresentPerson } from './workshop.ts';

/** Where browser mode serves the live channel (a WebSocket; the token goes in the `token` query parameter). */
export const LIVE_PATH = '/api/live';
/** Largest message a client may send on the live channel, in bytes. */
export const LIVE_MAX_MESSAGE_BYTES = 4096;
/** A client further behind than this many changes reloads the plan instead of replaying them. */
export const LIVE_CATCH_UP_LIMIT = 1000;

/** What a client sends: which plan it shows and the last revision it has. */
export const liveClientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('subscribe'), planId: entityId, afterRevision: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('unsubscribe'), planId: entityId }),
  // In a workshop: this client's selection, the node it edits, and (the host's) view and viewport.
  presenceUpdateSchema,
]);

/** A message from a client on the live channel. */
export type LiveClientMessage = z.output<typeof liveClientMessageSchema>;

/** What the server sends: accepted changes in revision order, a request to reload, or a refusal; in a workshop also who is here. */
export type LiveServerMessage =
  | { type: 'changes'; planId: string; changes: LoggedChange[] }
  | { type: 'reload'; planId: string; revision: number }
  | { type: 'error'; message: string }
  /** Everyone in the workshop on `planId` (the host first), and where the host is looking. */
  | { type: 'presence'; planId: string; people: PresentPerson[]; host: HostView }
  /** Who this connection is in the workshop: sent on connecting and whenever the host changes its role. */
  | { type: 'you'; planId: string; you: WorkshopSelf }
  /** The workshop is over for this connection (removed by the host, or ended); the socket closes next, do not reconnect. */
  | { type: 'farewell'; reason: 'removed' | 'ended'; message: string };

/** Receives every change the service accepts, after its transaction has committed. */
export type ChangeListener = (planId: string, change: LoggedChange) => void;

/** Something that tells listeners of accepted changes (the plan service). */
export interface ChangeFeed {
  /** Starts telling `listener`; returns the function that stops it. */
  subscribeChanges(listener: ChangeListener): () => void;
}
