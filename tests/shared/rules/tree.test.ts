import { describe, expect, it } from 'vitest';
import { collapsedAway, compareSiblings, planTree } from '../../../shared/rules/tree.ts';
import type { TreeItem } from '../../../shared/rules/tree.ts';

const item = (id: string, parentId: string | null, order = 0, extra: Partial<TreeItem> = {}): TreeItem => ({ id, parentId, order, ...extra });
const ids = (nodes: readonly TreeItem[]) => nodes.map((node) => node.id);

describe('planTree', () => {
  it('walks depth first, siblings by order then id, whatever order the nodes come in', () => {
    const nodes = [item('root', null, 0, { kind: 'account' }), item('b', 'root', 1), item('a', 'root', 1), item('c', 'root', 0), item('a1', 'a', 0), item('a0', 'a', 0)];
    const expected = ['root', 'c', 'a', 'a0', 'a1', 'b'];
    expect(ids(planTree(nodes).ordered)).toEqual(expected);
    expect(ids(planTree([...nodes].reverse()).ordered)).toEqual(expected);
    const tree = planTree(nodes);
    expect(ids(tree.children('root'))).toEqual(['c', 'a', 'b']);
    expect(tree.depth('a1')).toBe(2);
    expect(tree.parent('a1')?.id).toBe('a');
    expect(tree.rank('b')).toBe(5);
    expect(tree.descendantCount('root')).toBe(5);
    expect(ids(tree.subtree('a'))).toEqual(['a', 'a0', 'a1']);
    expect(tree.ancestor('a1', (node) => node.id === 'root')?.id).toBe('root');
  });

  it('compares ids by code unit, not by locale, and order before id', () => {
    expect(compareSiblings(item('B', null), item('a', null))).toBeLessThan(0);
    expect(compareSiblings(item('z', null, 0), item('a', null, 1))).toBeLessThan(0);
    expect(compareSiblings(item('x', null, 2), item('x', null, 2))).toBe(0);
  });

  it('puts the account first, then other parentless nodes, then nodes whose parent is missing', () => {
    const tree = planTree([item('orphan', 'gone'), item('loose', null), item('root', null, 5, { kind: 'account' })]);
    expect(ids(tree.roots)).toEqual(['root', 'loose', 'orphan']);
  });

  it('keeps nodes caught in a parent cycle, promoting the first of each cycle to a root', () => {
    const tree = planTree([item('root', null), item('x', 'y'), item('y', 'x'), item('self', 'self')]);
    expect(tree.ordered).toHaveLength(4);
    expect(ids(tree.roots)).toEqual(['root', 'self', 'x']);
    expect(ids(tree.children('y'))).toEqual([]);
    expect(ids(tree.children('x'))).toEqual(['y']);
    expect(tree.ancestor('y', () => true)?.id).toBe('x');
  });

  it('indexes a 10,000-level branch without recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, at) => item(`n${at}`, at === 0 ? null : `n${at - 1}`));
    const tree = planTree(chain);
    expect(tree.depth('n9999')).toBe(9999);
    expect(tree.descendantCount('n0')).toBe(9999);
    expect(tree.ancestor('n9999', (node) => node.id === 'n0')?.id).toBe('n0');
    expect(tree.subtree('n9990')).toHaveLength(10);
  });

  it('finds what collapsed branches hide', () => {
    const tree = planTree([item('root', null), item('a', 'root', 0, { collapsed: true }), item('a1', 'a'), item('a2', 'a1'), item('b', 'root', 1)]);
    expect([...collapsedAway(tree)].sort()).toEqual(['a1', 'a2']);
  });
});
