import { describe, expect, it } from 'vitest';
import { indentMove, outdentMove } from '../../../shared/rules/outlineMoves.ts';
import { planTree } from '../../../shared/rules/tree.ts';
import type { TreeItem } from '../../../shared/rules/tree.ts';

const item = (id: string, parentId: string | null, order = 0): TreeItem => ({ id, parentId, order, kind: parentId === null ? 'account' : 'topic' });
const tree = () => planTree([item('root', null), item('a', 'root', 0), item('b', 'root', 1), item('c', 'root', 2), item('a1', 'a', 0), item('a2', 'a', 1), item('b1', 'b', 0)]);

function moved(items: TreeItem[], id: string, move: ReturnType<typeof indentMove>): string[] {
  if (!move.ok) throw new Error(move.reason);
  return planTree(items.map((node) => (node.id === id ? { ...node, parentId: move.parentId, order: move.order } : node))).ordered.map((node) => node.id);
}

describe('indentMove', () => {
  it('puts the node last under the sibling above it', () => {
    expect(indentMove(tree(), 'b')).toEqual({ ok: true, parentId: 'a', order: 2 });
    expect(moved([...tree().ordered], 'b', indentMove(tree(), 'b'))).toEqual(['root', 'a', 'a1', 'a2', 'b', 'b1', 'c']);
  });

  it('refuses the first of its siblings and the account, saying why', () => {
    expect(indentMove(tree(), 'a')).toMatchObject({ ok: false, reason: expect.stringContaining('above it') });
    expect(indentMove(tree(), 'root')).toMatchObject({ ok: false, reason: expect.stringContaining('account') });
  });
});

describe('outdentMove', () => {
  it('puts the node right after its parent, between the parent and the next sibling', () => {
    expect(outdentMove(tree(), 'a1')).toEqual({ ok: true, parentId: 'root', order: 0.5 });
    expect(moved([...tree().ordered], 'a1', outdentMove(tree(), 'a1'))).toEqual(['root', 'a', 'a2', 'a1', 'b', 'b1', 'c']);
    expect(outdentMove(tree(), 'b1')).toEqual({ ok: true, parentId: 'root', order: 1.5 });
  });

  it('goes last when the parent is the last sibling or shares its order with the next', () => {
    const items = [item('root', null), item('x', 'root', 0), item('y', 'root', 0), item('x1', 'x', 0)];
    const move = outdentMove(planTree(items), 'x1');
    expect(move).toEqual({ ok: true, parentId: 'root', order: 1 });
    expect(moved(items, 'x1', move)).toEqual(['root', 'x', 'y', 'x1']);
    expect(outdentMove(planTree([item('root', null), item('x', 'root', 3), item('x1', 'x', 0)]), 'x1')).toEqual({ ok: true, parentId: 'root', order: 4 });
  });

  it('refuses a node right under the account, and the account', () => {
    expect(outdentMove(tree(), 'a')).toMatchObject({ ok: false, reason: expect.stringContaining('top level') });
    expect(outdentMove(tree(), 'root')).toMatchObject({ ok: false });
  });
});
