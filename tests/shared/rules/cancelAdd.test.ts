import { describe, expect, it } from 'vitest';
import { isAddOf, nameUnchanged } from '../../../shared/rules/cancelAdd.ts';
import type { PlanNode } from '../../../shared/model.ts';

const node = { id: 'a1', kind: 'action', label: 'New action' } as PlanNode;

describe('cancelling a new node', () => {
  it('knows the step that added a node: it creates the node and its undo deletes it', () => {
    expect(isAddOf({ forward: { upsertNodes: [node] }, inverse: { deleteNodes: ['a1'] } }, 'a1')).toBe(true);
    expect(isAddOf({ forward: { upsertNodes: [node] }, inverse: { deleteNodes: ['a1'] } }, 'other')).toBe(false);
  });

  it('does not take a replace or a rename for an add', () => {
    expect(isAddOf({ forward: { upsertNodes: [node] }, inverse: { upsertNodes: [node] } }, 'a1')).toBe(false);
    expect(isAddOf({ forward: { updateNodes: [{ id: 'a1', label: 'Call Dana' }] }, inverse: { updateNodes: [{ id: 'a1', label: 'New action' }] } }, 'a1')).toBe(
      false,
    );
    expect(isAddOf(undefined, 'a1')).toBe(false);
  });

  it('sees a name as unchanged when only spaces around it differ', () => {
    expect(nameUnchanged('New action', 'New action')).toBe(true);
    expect(nameUnchanged(' New action ', 'New action')).toBe(true);
    expect(nameUnchanged('Call Dana', 'New action')).toBe(false);
    expect(nameUnchanged('', 'New action')).toBe(false);
  });
});
