import { describe, expect, it } from 'vitest';
import { connectOptions, connectTargets, matchesConnectQuery } from '../../shared/connectTargets.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';

function node(id: string, kind: NodeKind, label: string): PlanNode {
  const definition = kindOf(kind);
  return { id, kind, label, data: definition.defaults(), position: { x: 0, y: 0 }, parentId: 'root', order: 0, collapsed: false, internal: false } as PlanNode;
}

const nodes = Object.fromEntries(
  [
    node('root', 'account', 'Northwind'),
    node('dana', 'stakeholder', 'Dana Whitfield'),
    node('sam', 'stakeholder', 'Sam Ortiz'),
    node('need', 'need', 'Cut fleet costs'),
    node('maya', 'teamMember', 'Maya Chen'),
    node('topic', 'topic', 'Buying centre'),
  ].map((item) => [item.id, item]),
);

describe('connectOptions', () => {
  it('lists the kinds allowed in both directions, "related" once and last', () => {
    expect(connectOptions(nodes.dana!, nodes.sam!)).toEqual([
      { kind: 'reportsTo', source: 'dana', target: 'sam' },
      { kind: 'influences', source: 'dana', target: 'sam' },
      { kind: 'reportsTo', source: 'sam', target: 'dana' },
      { kind: 'influences', source: 'sam', target: 'dana' },
      { kind: 'related', source: 'dana', target: 'sam' },
    ]);
  });

  it('turns a relation round when the node being connected is its target', () => {
    expect(connectOptions(nodes.dana!, nodes.maya!)).toEqual([
      { kind: 'covers', source: 'maya', target: 'dana' },
      { kind: 'related', source: 'dana', target: 'maya' },
    ]);
    expect(connectOptions(nodes.need!, nodes.dana!)[0]).toEqual({ kind: 'hasNeed', source: 'dana', target: 'need' });
  });

  it('offers nothing from a node to itself', () => {
    expect(connectOptions(nodes.dana!, nodes.dana!)).toEqual([]);
  });
});

describe('connectTargets', () => {
  it('lists every other item, those a specific relation fits first, in label order', () => {
    expect(connectTargets(nodes, 'dana').map((target) => target.node.id)).toEqual(['need', 'maya', 'sam', 'topic', 'root']);
  });

  it('narrows by every word typed, in the label or the kind', () => {
    expect(connectTargets(nodes, 'dana', 'cut').map((target) => target.node.id)).toEqual(['need']);
    expect(connectTargets(nodes, 'dana', 'team chen').map((target) => target.node.id)).toEqual(['maya']);
    expect(connectTargets(nodes, 'dana', 'STAKEHOLDER').map((target) => target.node.id)).toEqual(['sam']);
    expect(connectTargets(nodes, 'dana', 'nobody')).toEqual([]);
    expect(matchesConnectQuery(nodes.sam!, '  ')).toBe(true);
  });

  it('is empty for a node that is not on the map', () => {
    expect(connectTargets(nodes, 'gone')).toEqual([]);
  });
});
