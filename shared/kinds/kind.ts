import type { z } from 'zod';
import { dataSchema, defaultData, partialDataSchema, restoreData } from './fields.ts';
import type { DataOf, FieldSpec } from './fields.ts';

/**
 * The six sections of the account-planning method, in document order: the method's question for the team, and
 * the line the customer edition prints instead (it speaks to the customer, not about them).
 */
export const PLAN_SECTIONS = [
  { id: 'profile', number: 1, title: 'Profile & Position', question: 'Where are we now?', customerQuestion: 'Your business as we understand it.' },
  {
    id: 'needs',
    number: 2,
    title: 'Needs Mapping & Alignments',
    question: 'Who are the buyers and how do we align?',
    customerQuestion: 'Your priorities, and who on our team works with whom on yours.',
  },
  {
    id: 'goals',
    number: 3,
    title: 'Goals & Strategy',
    question: 'What are our objectives and our direction?',
    customerQuestion: 'What we aim to achieve together.',
  },
  { id: 'actions', number: 4, title: 'Action Plan', question: 'How do we win each opportunity?', customerQuestion: 'Our proposed actions.' },
  { id: 'team', number: 5, title: 'Team Support', question: 'What internal commitments do we need?', customerQuestion: 'How our team supports the plan.' },
  {
    id: 'dashboard',
    number: 6,
    title: 'Performance Dashboard',
    question: 'How have we performed, how should we adjust?',
    customerQuestion: 'How we track progress together.',
  },
] as const;

/** Id of a plan section. */
export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** What a kind module declares. */
export interface KindSpec<K extends string, Fs extends readonly FieldSpec[]> {
  readonly kind: K;
  /** Singular name shown to people, e.g. "Stakeholder". */
  readonly label: string;
  readonly plural: string;
  /** What the node's label means for this kind, e.g. "Name" or "Statement". */
  readonly labelField: string;
  /** The kind in running text with its indefinite article, e.g. "an opportunity", "a SWOT entry". */
  readonly aLabel: string;
  /** The label field in running text with its article, e.g. "an objective", "some text". */
  readonly aLabelField: string;
  /** Label given to a new node of this kind. */
  readonly newLabel: string;
  readonly color: string;
  /** A 24×24 SVG path (even-odd fill) drawn as the kind's icon. */
  readonly icon: string;
  /** The plan section this kind feeds first. */
  readonly section: PlanSectionId;
  /** New items of this kind are internal (left out of the customer edition) unless marked otherwise. */
  readonly internalByDefault: boolean;
  /** Items of this kind never reach the customer edition, whatever their flag (our competitive analysis). */
  readonly alwaysInternal?: boolean;
  readonly fields: Fs;
}

/** A kind with its derived schemas and helpers. */
export interface KindDefinition<K extends string = string, D extends Record<string, unknown> = Record<string, unknown>>
  extends KindSpec<K, readonly FieldSpec[]> {
  /** Strict schema: every field present and valid. */
  readonly schema: z.ZodType<D>;
  /** Incoming data: missing fields default, wrong types and unknown keys are refused. */
  readonly inputSchema: z.ZodType<D>;
  /** Fresh default data. */
  defaults(): D;
  /** Normalises stored data of any shape into valid data. */
  restore(raw: unknown): D;
  /** Keys of fields left out of the customer edition. */
  readonly internalFields: readonly string[];
  /** Field spec by key. */
  field(key: string): FieldSpec | undefined;
}

/** Builds a kind definition from its declaration. */
export function defineKind<const K extends string, const Fs extends readonly FieldSpec[]>(
  spec: KindSpec<K, Fs>,
): KindDefinition<K, DataOf<Fs>> {
  type D = DataOf<Fs>;
  const byKey = new Map(spec.fields.map((field) => [field.key, field] as const));
  return {
    ...spec,
    schema: dataSchema(spec.fields) as unknown as z.ZodType<D>,
    inputSchema: partialDataSchema(spec.fields) as unknown as z.ZodType<D>,
    defaults: () => defaultData(spec.fields) as D,
    restore: (raw) => restoreData(spec.fields, raw) as D,
    internalFields: spec.fields.filter((field) => field.internal).map((field) => field.key),
    field: (key) => byKey.get(key),
  };
}
