import { z } from 'zod';
import { boundedNumber, numberBounds } from './fieldBounds.ts';
import { isoDate, longText, shortText, withoutInvalidText } from '../values.ts';

/** One option of a select field: stored value and the words shown to people. */
export interface FieldOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** The designed short form a card shows when the full label does not fit ("Prop." for "Propose"). */
  readonly short?: string;
}

interface FieldBase<K extends string> {
  readonly key: K;
  /** Label shown in the inspector and in documents. */
  readonly label: string;
  /** Left out of the customer edition (and the customer view of a workshop). */
  readonly internal?: boolean;
  /** The label in the customer edition, where the team's label speaks about the customer ("How they measure ROI"). */
  readonly customerLabel?: string;
  readonly help?: string;
  /** The label's designed short form, where a card puts it before a figure and the full one does not fit ("Tgt"). */
  readonly short?: string;
}

/** Describes one field of a node or edge kind; schema, defaults and inspector all come from it. */
export type FieldSpec =
  | (FieldBase<string> & {
      readonly type: 'text';
      readonly multiline?: boolean;
      readonly default?: string;
      /** Names offered while typing (free text still allowed): `teamMembers` offers the plan's team members. */
      readonly suggest?: 'teamMembers';
    })
  | (FieldBase<string> & { readonly type: 'select'; readonly options: readonly FieldOption[]; readonly default: string })
  | (FieldBase<string> & {
      readonly type: 'number';
      readonly unit?: 'currency' | 'percent' | 'count';
      readonly min?: number;
      readonly max?: number;
      readonly integer?: boolean;
    })
  | (FieldBase<string> & { readonly type: 'date' })
  | (FieldBase<string> & { readonly type: 'boolean'; readonly default?: boolean });

type FieldValue<F> = F extends { type: 'text' }
  ? string
  : F extends { type: 'select'; options: readonly FieldOption<infer V>[] }
    ? V
    : F extends { type: 'number' }
      ? number | null
      : F extends { type: 'date' }
        ? string | null
        : F extends { type: 'boolean' }
          ? boolean
          : never;

/** The data object described by a list of field specs. */
export type DataOf<Fs extends readonly FieldSpec[]> = { -readonly [F in Fs[number] as F['key']]: FieldValue<F> };

const schemaCache = new WeakMap<FieldSpec, z.ZodType>();

/** The strict zod schema of one field (used when data comes in); built once per field. */
export function fieldSchema(field: FieldSpec): z.ZodType {
  let schema = schemaCache.get(field);
  if (!schema) {
    schema = buildFieldSchema(field);
    schemaCache.set(field, schema);
  }
  return schema;
}

function buildFieldSchema(field: FieldSpec): z.ZodType {
  switch (field.type) {
    case 'text':
      return field.multiline ? longText : shortText;
    case 'select': {
      const values = field.options.map((option) => option.value) as [string, ...string[]];
      return z.enum(values, { error: `expected one of ${values.join(', ')}` });
    }
    case 'number':
      return boundedNumber(numberBounds(field)).nullable();
    case 'date':
      return isoDate.nullable();
    case 'boolean':
      return z.boolean({ error: 'expected true or false' });
  }
}

/** The default value of one field. */
export function fieldDefault(field: FieldSpec): unknown {
  switch (field.type) {
    case 'text':
      return field.default ?? '';
    case 'select':
      return field.default;
    case 'number':
    case 'date':
      return null;
    case 'boolean':
      return field.default ?? false;
  }
}

/** The label of a select option value, or the value itself when unknown. */
export function optionLabel(field: FieldSpec | undefined, value: unknown): string {
  if (field?.type !== 'select') return String(value ?? '');
  return field.options.find((option) => option.value === value)?.label ?? String(value ?? '');
}

/** A word a card shows whole when it fits, else in its designed short form (the same word when there is none). */
export interface CardWord {
  readonly full: string;
  readonly short: string;
}

/** The label of a select field's option as a card word: the full label and its short form. */
export function optionWord(field: FieldSpec | undefined, value: unknown): CardWord {
  const option = field?.type === 'select' ? field.options.find((candidate) => candidate.value === value) : undefined;
  const full = option?.label ?? String(value ?? '');
  return { full, short: option?.short ?? full };
}

/** The label of a field as a card word ("Target", short "Tgt"). */
export function fieldWord(field: FieldSpec | undefined, fallback: string): CardWord {
  const full = field?.label ?? fallback;
  return { full, short: field?.short ?? full };
}

/** Strict object schema for a list of fields: every field required, no unknown keys. */
export function dataSchema(fields: readonly FieldSpec[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = fieldSchema(field);
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

/** Lenient schema for incoming data: missing fields take their defaults, unknown keys are refused. */
export function partialDataSchema(fields: readonly FieldSpec[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = fieldSchema(field).optional();
  return z.strictObject(shape).transform((value) => {
    const out: Record<string, unknown> = {};
    for (const field of fields) out[field.key] = value[field.key] === undefined ? fieldDefault(field) : value[field.key];
    return out;
  }) as unknown as z.ZodType<Record<string, unknown>>;
}

/** Normalises stored data: keeps each valid field, replaces invalid or missing ones with defaults, drops unknown keys. */
export function restoreData(fields: readonly FieldSpec[], raw: unknown): Record<string, unknown> {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = source[field.key];
    // Text stored before control characters were refused keeps its words rather than falling back to the default.
    const parsed = fieldSchema(field).safeParse(field.type === 'text' && typeof raw === 'string' ? withoutInvalidText(raw) : raw);
    out[field.key] = parsed.success ? parsed.data : fieldDefault(field);
  }
  return out;
}

/** Default data for a list of fields. */
export function defaultData(fields: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field.key] = fieldDefault(field);
  return out;
}
