import { z } from 'zod';
import { defaultData, partialDataSchema, restoreData } from './kinds/fields.ts';
import type { FieldSpec } from './kinds/fields.ts';
import type { NodeKind } from './kinds/index.ts';
import { NODE_KINDS } from './kinds/index.ts';
import { RELATIONSHIP_OPTIONS } from './kinds/options.ts';

/** Every relation (edge) kind. */
export const EDGE_KINDS = [
  'reportsTo',
  'influences',
  'hasNeed',
  'addresses',
  'achieves',
  'covers',
  'competesFor',
  'dependsOn',
  'measures',
  'related',
] as const;

/** A relation kind. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What an edge kind declares. */
export interface EdgeKindDefinition {
  readonly kind: EdgeKind;
  /** Verb phrase shown on the edge and in menus, e.g. "reports to". */
  readonly label: string;
  /** Allowed source kinds and target kinds; every pair of the two lists may connect. */
  readonly sources: readonly NodeKind[];
  readonly targets: readonly NodeKind[];
  readonly color: string;
  readonly dashed: boolean;
  readonly fields: readonly FieldSpec[];
  /** Relations of this kind are left out of the customer edition. */
  readonly internal: boolean;
}

const ALL = NODE_KINDS;

/** The registry of relation kinds with their allowed (source kind, target kind) pairs. */
export const edgeKinds = {
  reportsTo: {
    kind: 'reportsTo',
    label: 'reports to',
    sources: ['stakeholder'],
    targets: ['stakeholder'],
    color: '#1e40af',
    dashed: false,
    fields: [],
    internal: false,
  },
  influences: {
    kind: 'influences',
    label: 'influences',
    sources: ['stakeholder'],
    targets: ['stakeholder'],
    color: '#6366f1',
    dashed: true,
    fields: [],
    internal: true,
  },
  hasNeed: {
    kind: 'hasNeed',
    label: 'has need',
    sources: ['stakeholder'],
    targets: ['need'],
    color: '#d97706',
    dashed: false,
    fields: [],
    internal: false,
  },
  addresses: {
    kind: 'addresses',
    label: 'addresses',
    sources: ['goal', 'opportunity'],
    targets: ['need'],
    color: '#059669',
    dashed: false,
    fields: [],
    internal: false,
  },
  achieves: {
    kind: 'achieves',
    label: 'achieves',
    sources: ['action'],
    targets: ['goal', 'opportunity'],
    color: '#0891b2',
    dashed: false,
    fields: [],
    internal: false,
  },
  covers: {
    kind: 'covers',
    label: 'covers',
    sources: ['teamMember'],
    targets: ['stakeholder'],
    color: '#0d9488',
    dashed: true,
    fields: [
      {
        key: 'strength',
        label: 'Relationship strength',
        type: 'select',
        options: RELATIONSHIP_OPTIONS,
        default: 'unknown',
        internal: true,
      },
    ],
    internal: false,
  },
  competesFor: {
    kind: 'competesFor',
    label: 'competes for',
    sources: ['competitor'],
    targets: ['opportunity', 'stakeholder'],
    color: '#dc2626',
    dashed: true,
    fields: [],
    internal: true,
  },
  dependsOn: {
    kind: 'dependsOn',
    label: 'depends on',
    sources: ['action', 'goal', 'opportunity'],
    targets: ['dependency'],
    color: '#a16207',
    dashed: true,
    fields: [],
    internal: false,
  },
  measures: {
    kind: 'measures',
    label: 'measures',
    sources: ['milestone'],
    targets: ['goal'],
    color: '#db2777',
    dashed: true,
    fields: [],
    internal: false,
  },
  related: {
    kind: 'related',
    label: 'related',
    sources: ALL,
    targets: ALL,
    color: '#6b7280',
    dashed: true,
    fields: [{ key: 'note', label: 'Note', type: 'text' }],
    internal: false,
  },
} as const satisfies { [K in EdgeKind]: EdgeKindDefinition & { kind: K } };

/** True when `value` names a relation kind. */
export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
}

/** The definition of a relation kind, typed loosely for generic code. */
export function edgeKindOf(kind: EdgeKind): EdgeKindDefinition {
  return edgeKinds[kind] as EdgeKindDefinition;
}

/** True when a relation of `kind` may go from a `source` node to a `target` node. */
export function canConnect(kind: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  const definition = edgeKindOf(kind);
  return definition.sources.includes(source) && definition.targets.includes(target);
}

/** Relation kinds allowed between two node kinds, most specific first ("related" last). */
export function allowedEdgeKinds(source: NodeKind, target: NodeKind): EdgeKind[] {
  return EDGE_KINDS.filter((kind) => canConnect(kind, source, target));
}

/** Incoming data schema of a relation kind (missing fields default). */
export function edgeInputSchema(kind: EdgeKind): z.ZodType<Record<string, unknown>> {
  return partialDataSchema(edgeKindOf(kind).fields);
}

/** Default data of a relation kind. */
export function edgeDefaults(kind: EdgeKind): Record<string, unknown> {
  return defaultData(edgeKindOf(kind).fields);
}

/** Normalises stored relation data. */
export function restoreEdgeData(kind: EdgeKind, raw: unknown): Record<string, unknown> {
  return restoreData(edgeKindOf(kind).fields, raw);
}

/** Schema of a relation kind name, with a clear message. */
export const edgeKindSchema = z.string().refine(isEdgeKind, { message: `expected one of ${EDGE_KINDS.join(', ')}` });
