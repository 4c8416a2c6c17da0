import { z } from 'zod';
import type { LoggedChange } from './patch.ts';
import { entityId } from './values.ts';

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
]);

/** A message from a client on the live channel. */
export type LiveClientMessage = z.output<typeof liveClientMessageSchema>;

/** What the server sends: accepted changes in revision order, a request to reload, or a refusal. */
export type LiveServerMessage =
  | { type: 'changes'; planId: string; changes: LoggedChange[] }
  | { type: 'reload'; planId: string; revision: number }
  | { type: 'error'; message: string }
  | { type: 'presence'; people: PresentPerson[] };

/** Someone in a workshop, as the live channel tells who is here. */
export interface PresentPerson {
  name: string;
  /** A CSS colour (#rrggbb) that marks this person. */
  colour: string;
  role: 'host' | 'edit' | 'view' | 'customer';
}

/** Receives every change the service accepts, after its transaction has committed. */
export type ChangeListener = (planId: string, change: LoggedChange) => void;

/** Something that tells listeners of accepted changes (the plan service). */
export interface ChangeFeed {
  /** Starts telling `listener`; returns the function that stops it. */
  subscribeChanges(listener: ChangeListener): () => void;
}
