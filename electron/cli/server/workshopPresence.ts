import type { LiveServerMessage } from '../../../shared/live.ts';
import { editingLocks } from '../../../shared/workshop.ts';
import type { EditingLocks, HostView, PresenceUpdate, PresentPerson, WorkshopSelf } from '../../../shared/workshop.ts';
import { grantedEditing, presenceSeenBy } from '../../../shared/workshopPresence.ts';
import type { LiveConnection, LivePresenceHooks } from './liveSocket.ts';
import type { Participant, Participants } from './participants.ts';
import type { WorkshopPlan } from './workshopPlan.ts';

/** The colour that marks the host. */
export const HOST_COLOUR = '#1f2937';
/** Presence goes out at most this often (changes in between are told together in the next message). */
export const PRESENCE_BROADCAST_MS = 100;
/** The holder of the host's own connections. */
export const HOST_HOLDER = 'host';

/** What one person tells: the nodes they selected and the node they edit (the lock they hold). */
interface Told {
  selection: string[];
  editing: string | null;
}

/** What presence needs of the running workshop. */
export interface PresenceOptions {
  plan: WorkshopPlan;
  participants: Participants;
  hostName: string;
  /** The host's own connections (its windows), open now. */
  hostConnections: () => Iterable<LiveConnection>;
}

/**
 * Who is here in one workshop, who selects and edits what, and where the host looks: told to every connection that
 * follows the workshop's plan ('you' when it subscribes, 'presence' whenever anything changes, at most every
 * PRESENCE_BROADCAST_MS). Editing locks go first come, first served; a customer-view participant is never sent the
 * id of a node the customer view leaves out.
 */
export class WorkshopPresence {
  /** The room's hooks of the live channel (participants' connections). */
  readonly roomHooks: LivePresenceHooks;
  private readonly room = new Map<string, Set<LiveConnection>>();
  private readonly told = new Map<string, Told>();
  private readonly greeted = new WeakSet<LiveConnection>();
  private readonly heard = new WeakSet<LiveConnection>();
  private hostView: HostView = { view: null, viewport: null };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastBroadcast = 0;
  private ended = false;

  private readonly options: PresenceOptions;

  constructor(options: PresenceOptions) {
    this.options = options;
    this.roomHooks = {
      opened: (connection) => {
        let connections = this.room.get(connection.holder);
        if (!connections) this.room.set(connection.holder, (connections = new Set()));
        connections.add(connection);
        this.changed();
      },
      subscribed: (connection, planId) => this.subscribed(connection, planId),
      update: (connection, update) => this.update(connection, update),
      closed: (connection) => {
        const connections = this.room.get(connection.holder);
        connections?.delete(connection);
        if (connections?.size === 0) this.room.delete(connection.holder);
        this.left(connection.holder);
      },
    };
  }

  private get planId(): string {
    return this.options.plan.planId;
  }

  /** Holders of the participants' open connections. */
  connectedParticipants(): Set<string> {
    return new Set(this.room.keys());
  }

  /** The editing locks now (checked against every change to the plan). */
  locks(): EditingLocks {
    return editingLocks(this.people());
  }

  /** A connection began following a plan: when it is the workshop's, it is told who it is. */
  subscribed(connection: LiveConnection, planId: string): void {
    if (planId === this.planId) this.greet(connection);
  }

  /** A presence update from one of the connections (the host's or a participant's). */
  update(connection: LiveConnection, update: PresenceUpdate): void {
    if (this.ended || update.planId !== this.planId || !connection.follows(this.planId)) return;
    const isHost = connection.holder === HOST_HOLDER;
    const participant = isHost ? null : this.options.participants.get(connection.holder);
    if (!isHost && !participant) return;
    // A window that never subscribes (the desktop app's) is told who it is again with its first update.
    if (!this.greeted.has(connection) || (!connection.subscribes && !this.heard.has(connection))) this.greet(connection);
    this.heard.add(connection);
    const mayEdit = isHost || participant?.role === 'edit';
    const editing = grantedEditing(this.locks(), connection.holder, mayEdit ? update.editing : null);
    this.told.set(connection.holder, { selection: update.selection, editing });
    if (isHost) this.hostView = { view: update.view, viewport: update.viewport };
    this.changed();
  }

  /** One of the holder's connections closed: when it was the last, their selection and lock go. */
  left(holder: string): void {
    const stillHere = holder === HOST_HOLDER ? [...this.options.hostConnections()].length > 0 : this.room.has(holder);
    if (!stillHere) this.told.delete(holder);
    this.changed();
  }

  /** The host changed a participant's role: their windows are told who they are now; a lock goes with the edit role. */
  roleChanged(participant: Participant): void {
    const told = this.told.get(participant.id);
    if (told && participant.role !== 'edit') told.editing = null;
    for (const connection of this.room.get(participant.id) ?? []) {
      if (connection.follows(this.planId)) connection.send(this.you(participant.id)!);
    }
    this.changed();
  }

  /** The host removed a participant: they are gone from presence at once (their sockets are closing). */
  removed(holder: string): void {
    this.room.delete(holder);
    this.told.delete(holder);
    this.changed();
  }

  /** The plan changed: locks on nodes it no longer holds go, and what the customer view shows may differ. */
  planChanged(removedNodes: ReadonlySet<string>): void {
    for (const told of this.told.values()) {
      if (told.editing !== null && removedNodes.has(told.editing)) told.editing = null;
    }
    const customerHere = [...this.room.keys()].some((holder) => this.options.participants.get(holder)?.role === 'customer');
    const anyoneTells = [...this.told.values()].some((told) => told.selection.length > 0 || told.editing !== null);
    if (removedNodes.size > 0 || (customerHere && anyoneTells)) this.changed();
  }

  /** Tells every host connection on the plan who is there and who it is (the workshop has just started). */
  greetHost(): void {
    for (const connection of this.options.hostConnections()) if (connection.follows(this.planId)) this.greet(connection);
  }

  /** Stops telling presence; the host's windows hear that only the host is left. */
  end(): void {
    this.ended = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const host = this.hostPerson({ selection: [], editing: null });
    const json = JSON.stringify({ type: 'presence', planId: this.planId, people: [host], host: { view: null, viewport: null } } satisfies LiveServerMessage);
    for (const connection of this.options.hostConnections()) if (connection.follows(this.planId)) connection.sendJson(json);
  }

  /** Everyone here: the host first, then the connected participants in the order they joined. */
  people(): PresentPerson[] {
    const person = (participant: Participant): PresentPerson => {
      const told = this.told.get(participant.id);
      return { id: participant.id, name: participant.name, colour: participant.colour, role: participant.role, selection: told?.selection ?? [], editing: told?.editing ?? null };
    };
    const here = this.options.participants.all().filter((participant) => this.room.has(participant.id));
    return [this.hostPerson(this.told.get(HOST_HOLDER)), ...here.map(person)];
  }

  private hostPerson(told: Told | undefined): PresentPerson {
    return { id: HOST_HOLDER, name: this.options.hostName, colour: HOST_COLOUR, role: 'host', selection: told?.selection ?? [], editing: told?.editing ?? null };
  }

  private you(holder: string): LiveServerMessage | null {
    let you: WorkshopSelf;
    if (holder === HOST_HOLDER) you = { id: HOST_HOLDER, name: this.options.hostName, colour: HOST_COLOUR, role: 'host' };
    else {
      const participant = this.options.participants.get(holder);
      if (!participant) return null;
      you = { id: participant.id, name: participant.name, colour: participant.colour, role: participant.role };
    }
    return { type: 'you', planId: this.planId, you };
  }

  private greet(connection: LiveConnection): void {
    if (this.ended) return;
    const you = this.you(connection.holder);
    if (!you) return;
    this.greeted.add(connection);
    connection.send(you);
    this.changed();
  }

  /** Something changed: presence goes out now, or when PRESENCE_BROADCAST_MS have passed since the last. */
  private changed(): void {
    if (this.ended || this.timer !== null) return;
    const wait = Math.max(0, this.lastBroadcast + PRESENCE_BROADCAST_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastBroadcast = Date.now();
      this.broadcast();
    }, wait);
  }

  private broadcast(): void {
    const people = this.people();
    const message = (shown: PresentPerson[]) => JSON.stringify({ type: 'presence', planId: this.planId, people: shown, host: this.hostView } satisfies LiveServerMessage);
    const full = message(people);
    let customer: string | null = null;
    for (const [holder, connections] of this.room) {
      const isCustomer = this.options.participants.get(holder)?.role === 'customer';
      if (isCustomer) customer ??= message(presenceSeenBy(people, this.options.plan.customerNodeIds()));
      for (const connection of connections) if (connection.follows(this.planId)) connection.sendJson(isCustomer ? customer! : full);
    }
    for (const connection of this.options.hostConnections()) if (connection.follows(this.planId)) connection.sendJson(full);
  }
}
