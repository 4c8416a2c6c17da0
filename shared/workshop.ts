import { z } from 'zod';
import type { PlanPatch } from './patch.ts';
import { viewportSchema } from './plan.ts';
import type { Viewport } from './plan.ts';
import { entityId } from './values.ts';

/** What the host lets a participant do: edit the plan, only view it, or see the customer view of it. */
export const WORKSHOP_ROLES = ['edit', 'view', 'customer'] as const;
/** A participant's role. */
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];
/** Everyone's role in a workshop: the host, or a participant's. */
export type PresenceRole = 'host' | WorkshopRole;

/** True when `value` is a role. */
export function isWorkshopRole(value: unknown): value is WorkshopRole {
  return typeof value === 'string' && (WORKSHOP_ROLES as readonly string[]).includes(value);
}

/** How the host's controls name each role. */
export const ROLE_LABELS: Record<PresenceRole, string> = {
  host: 'Host',
  edit: 'Can edit',
  view: 'Can view',
  customer: 'Customer view',
};

/** Most nodes one person's selection tells the others (a bigger selection is cut to this many). */
export const MAX_PRESENCE_SELECTION = 200;
/** Longest name someone may give when joining or hosting. */
export const MAX_PERSON_NAME = 40;

/** One IPv4 address of this machine a workshop may listen on (the room's network). */
export interface NetworkAddress {
  address: string;
  /** The interface's name ("eth0", "Wi-Fi"). */
  interfaceName: string;
}

/** A participant as the host's controls list them. */
export interface WorkshopParticipant {
  id: string;
  name: string;
  role: WorkshopRole;
  /** A CSS colour (#rrggbb) that marks this person. */
  colour: string;
  /** True while at least one of their windows is connected. */
  connected: boolean;
}

/** The host's view of the workshop (what the Join panel shows). */
export type WorkshopStatus =
  | { running: false }
  | {
      running: true;
      planId: string;
      planTitle: string;
      hostName: string;
      /** The address of the room's network it listens on, and the port. */
      address: string;
      port: number;
      joinCode: string;
      /** `http://ADDRESS:PORT/join?code=CODE`. */
      joinUrl: string;
      /** The join address as a QR code: an SVG data URL. */
      joinQrSvg: string;
      /** The role someone who joins starts with. */
      joinRole: WorkshopRole;
      participants: WorkshopParticipant[];
    };

/** Input of `startWorkshop`. */
export const startWorkshopSchema = z.strictObject({
  planId: entityId,
  /** One of this machine's IPv4 addresses (from `workshopAddresses`, or typed). */
  host: z.ipv4({ error: 'expected an IPv4 address of this machine, such as 192.168.1.20' }),
  port: z.number().int().min(0).max(65535).default(0),
  joinRole: z.enum(WORKSHOP_ROLES, { error: 'expected edit, view or customer' }).default('customer'),
  hostName: z.string().trim().min(1).max(MAX_PERSON_NAME).default('Host'),
});
/** `startWorkshop` input as a client sends it. */
export type StartWorkshopInput = z.input<typeof startWorkshopSchema>;

export const participantRoleSchema = z.strictObject({
  participantId: z.string().min(1).max(40),
  role: z.enum(WORKSHOP_ROLES, { error: 'expected edit, view or customer' }),
});
export const participantIdSchema = z.strictObject({ participantId: z.string().min(1).max(40) });

/** Someone in a workshop, as the live channel tells who is here. */
export interface PresentPerson {
  /** 'host' for the host, else the participant's id. */
  id: string;
  name: string;
  colour: string;
  role: PresenceRole;
  /** Ids of the nodes this person has selected (only nodes the receiver may see). */
  selection: string[];
  /** The node this person is renaming or editing, which no one else may edit meanwhile; null when none. */
  editing: string | null;
}

/** Where the host is looking, for participants who follow the host. */
export interface HostView {
  /** The view id ("map", "orgChart", …). */
  view: string | null;
  viewport: Viewport | null;
}

/** Who this connection is, told when it connects and again when the host changes its role. */
export interface WorkshopSelf {
  id: string;
  name: string;
  colour: string;
  role: PresenceRole;
}

/** What one client tells about itself, at most every PRESENCE_INTERVAL_MS. */
export const presenceUpdateSchema = z.strictObject({
  type: z.literal('presence'),
  planId: entityId,
  selection: z.array(entityId).max(MAX_PRESENCE_SELECTION),
  editing: entityId.nullable(),
  /** Only the host's view and viewport are passed on (for following); participants may send null. */
  view: z.string().regex(/^[A-Za-z]{1,20}$/).nullable(),
  viewport: viewportSchema.nullable(),
});
/** A presence update from a client. */
export type PresenceUpdate = z.output<typeof presenceUpdateSchema>;

/** A client sends its presence at most this often (the server passes presence on at most every 100 ms). */
export const PRESENCE_INTERVAL_MS = 150;

/** Who is editing which node: node id → the person holding it. */
export type EditingLocks = ReadonlyMap<string, { holder: string; name: string }>;

/** The editing locks in a presence list (each node has at most one holder; the server grants the first). */
export function editingLocks(people: readonly PresentPerson[]): EditingLocks {
  const locks = new Map<string, { holder: string; name: string }>();
  for (const person of people) {
    if (person.editing !== null && !locks.has(person.editing)) locks.set(person.editing, { holder: person.id, name: person.name });
  }
  return locks;
}

/** The sentence shown on a node someone else is editing. */
export function editingSentence(name: string): string {
  return `${name} is editing`;
}

/**
 * The lock a patch from `holder` runs into: it changes the label, fields, kind or flags of a node someone else is
 * editing (moving, reordering and deleting such a node stay allowed; a deleted node's editor is told). Null when none.
 */
export function lockConflict(patch: Pick<PlanPatch, 'updateNodes' | 'upsertNodes'>, locks: EditingLocks, holder: string): { nodeId: string; name: string } | null {
  const check = (nodeId: string) => {
    const lock = locks.get(nodeId);
    return lock && lock.holder !== holder ? { nodeId, name: lock.name } : null;
  };
  for (const update of patch.updateNodes) {
    const edits = update.label !== undefined || update.data !== undefined || update.kind !== undefined || update.internal !== undefined;
    const conflict = edits ? check(update.id) : null;
    if (conflict) return conflict;
  }
  for (const node of patch.upsertNodes) {
    const conflict = check(node.id);
    if (conflict) return conflict;
  }
  return null;
}

/** The refusal of a change that ran into someone's editing lock. */
export function lockRefusal(name: string, label: string): string {
  return `${name} is editing “${label}”; your change to it was not saved. Try again when they have finished.`;
}

/** The notice for starting to rename a node someone else is editing. */
export function editingNotice(name: string, label: string): string {
  return `${name} is editing “${label}”.`;
}

/** The notice for a node someone deleted while this person was renaming or editing it (author empty: "Someone"). */
export function deletedWhileEditingNotice(author: string, label: string): string {
  return `${author.trim() || 'Someone'} deleted “${label}” while you were editing it; your edit was dropped.`;
}

/** The editing locks of everyone but `you`: the nodes `you` may not rename or edit meanwhile. */
export function locksHeldByOthers(people: readonly PresentPerson[], you: string | null): EditingLocks {
  return new Map([...editingLocks(people)].filter(([, lock]) => lock.holder !== you));
}
