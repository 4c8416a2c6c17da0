import { describe, expect, it } from 'vitest';
import { newNodePlace } from '../../../shared/rules/newNodePlace.ts';

const root = { id: 'acc', kind: 'account', parentId: null, order: 0 };
const dana = { id: 's1', kind: 'stakeholder', parentId: 'acc', order: 0 };
const need = { id: 'n1', kind: 'need', parentId: 's1', order: 0 };

describe('where a new node from the palette goes', () => {
  it('goes right after a selected node of the same kind, under the same parent', () => {
    expect(newNodePlace('stakeholder', dana, root)).toEqual({ parentId: 'acc', afterId: 's1' });
    expect(newNodePlace('need', need, root)).toEqual({ parentId: 's1', afterId: 'n1' });
  });

  it('goes under a selected node of another kind, as its last child', () => {
    expect(newNodePlace('need', dana, root)).toEqual({ parentId: 's1', afterId: null });
    expect(newNodePlace('stakeholder', need, root)).toEqual({ parentId: 'n1', afterId: null });
  });

  it('goes under the account when nothing (or several things) is selected, and when the account is selected', () => {
    expect(newNodePlace('stakeholder', undefined, root)).toEqual({ parentId: 'acc', afterId: null });
    expect(newNodePlace('topic', root, root)).toEqual({ parentId: 'acc', afterId: null });
  });

  it('never gives the account a sibling: the account is the one root', () => {
    expect(newNodePlace('account', root, root)).toEqual({ parentId: 'acc', afterId: null });
  });

  it('has nowhere to go in a plan without an account and nothing selected', () => {
    expect(newNodePlace('topic', undefined, undefined)).toBeUndefined();
  });

  it('treats a node that is its own parent as having none', () => {
    const loop = { id: 'x', kind: 'topic', parentId: 'x', order: 0 };
    expect(newNodePlace('topic', loop, root)).toEqual({ parentId: 'x', afterId: null });
  });
});
