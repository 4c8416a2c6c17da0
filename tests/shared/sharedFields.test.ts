import { describe, expect, it } from 'vitest';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { sharedFields } from '../../shared/sharedFields.ts';

function item(kind: NodeKind, data: Record<string, unknown> = {}): Pick<PlanNode, 'kind' | 'data'> {
  return { kind, data: { ...kindOf(kind).defaults(), ...data } } as Pick<PlanNode, 'kind' | 'data'>;
}

const keys = (items: Pick<PlanNode, 'kind' | 'data'>[]) => sharedFields(items).map((shared) => shared.field.key);

describe('sharedFields', () => {
  it('gives three actions all of the action fields, with the values they share', () => {
    const shared = sharedFields([
      item('action', { owner: 'Luis', status: 'done' }),
      item('action', { owner: 'Luis', status: 'blocked' }),
      item('action', { owner: 'Luis', status: 'done' }),
    ]);
    expect(shared.map((entry) => entry.field.key)).toEqual(kindOf('action').fields.map((field) => field.key));
    expect(shared.find((entry) => entry.field.key === 'owner')).toMatchObject({ value: 'Luis', mixed: false });
    expect(shared.find((entry) => entry.field.key === 'status')).toMatchObject({ value: undefined, mixed: true });
    expect(shared.find((entry) => entry.field.key === 'dueDate')).toMatchObject({ value: null, mixed: false });
  });

  it('gives stakeholders their support, influence and buying role', () => {
    expect(keys([item('stakeholder', { support: 'mentor' }), item('stakeholder')])).toEqual(
      expect.arrayContaining(['title', 'buyingRole', 'support', 'influence']),
    );
  });

  it('keeps only fields of the same key and the same sort of value across kinds', () => {
    // Action and dependency both have an owner, a status and a due date, but their statuses offer other choices.
    expect(keys([item('action'), item('dependency')])).toEqual(['owner', 'dueDate', 'notes']);
    // A goal's target is money, a milestone's a plain number: not one field.
    expect(keys([item('goal'), item('milestone')])).toEqual(['metric', 'dueDate']);
    expect(keys([item('stakeholder'), item('need')])).toEqual(['notes']);
    expect(keys([item('stakeholder'), item('topic')])).toEqual([]);
  });

  it('is empty for an empty selection', () => {
    expect(sharedFields([])).toEqual([]);
  });
});
