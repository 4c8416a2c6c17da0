import { sameValue } from './changes.ts';
import type { FieldSpec } from './kinds/fields.ts';
import { kindOf } from './kinds/index.ts';
import type { PlanNode } from './model.ts';

/** A field every selected item has, with the value they share or a sign that their values differ. */
export interface SharedField {
  field: FieldSpec;
  /** The common value; undefined when `mixed`. */
  value: unknown;
  /** True when the items hold different values. */
  mixed: boolean;
}

/** True when two kinds' fields hold the same sort of value, so one input can set both. */
function sameShape(a: FieldSpec, b: FieldSpec): boolean {
  if (a.key !== b.key || a.type !== b.type) return false;
  if (a.type === 'select' && b.type === 'select') {
    return a.options.length === b.options.length && a.options.every((option, index) => option.value === b.options[index]!.value);
  }
  if (a.type === 'number' && b.type === 'number') {
    return a.unit === b.unit && a.min === b.min && a.max === b.max && Boolean(a.integer) === Boolean(b.integer);
  }
  return true;
}

/**
 * The fields all `items` share (same key and same sort of value in every item's kind), in the first item's field
 * order, each with the common value or marked mixed. Empty for fewer than one item.
 */
export function sharedFields(items: readonly Pick<PlanNode, 'kind' | 'data'>[]): SharedField[] {
  const [first, ...rest] = items;
  if (!first) return [];
  const shared: SharedField[] = [];
  for (const field of kindOf(first.kind).fields) {
    const everywhere = rest.every((item) => {
      const other = kindOf(item.kind).field(field.key);
      return other !== undefined && sameShape(field, other);
    });
    if (!everywhere) continue;
    const value = (first.data as Record<string, unknown>)[field.key];
    const mixed = rest.some((item) => !sameValue((item.data as Record<string, unknown>)[field.key], value));
    shared.push({ field, value: mixed ? undefined : value, mixed });
  }
  return shared;
}
