import { describe, expect, it } from 'vitest';
import { applyMapPatch, composePatches, invertPatch, parentsFirst } from '../../renderer/store/mapPatch.ts';
import type { MapContent } from '../../renderer/store/mapPatch.ts';
import { seedEdge, seedNode } from './planFixture.ts';

const root = seedNode('root', 'account', 'Contoso', 'x', 0, 0, { parentId: null });
const s1 = seedNode('s1', 'stakeholder', 'Dana', 'root', 300, 0);
const n1 = seedNode('n1', 'need', 'Cut costs', 's1', 600, 0);
const e1 = seedEdge('e1', 'hasNeed', 's1', 'n1');
const content: MapContent = { nodes: { root, s1, n1 }, edges: { e1 } };

describe('map patches', () => {
  it('applying then applying the inverse gives back the same content', () => {
    const renamed = { ...s1, label: 'Dana W.' };
    const t1 = seedNode('t1', 'topic', 'Note', 'n1', 900, 0);
    const forward = { upsertNodes: [renamed, t1], deleteEdges: ['e1'], positions: [{ id: 'n1', x: 650, y: 20 }] };
    const after = applyMapPatch(content, forward);
    expect(after.nodes.s1!.label).toBe('Dana W.');
    expect(after.nodes.n1!.position).toEqual({ x: 650, y: 20 });
    expect(after.edges.e1).toBeUndefined();
    const back = applyMapPatch(after, invertPatch(content, forward));
    expect(back).toEqual(content);
  });

  it('deleting a node deletes its relations, and the inverse restores both (parents before children)', () => {
    const forward = { deleteNodes: ['n1', 's1'] };
    const after = applyMapPatch(content, forward);
    expect(after.edges).toEqual({});
    const inverse = invertPatch(content, forward);
    expect(inverse.upsertNodes!.map((node) => node.id)).toEqual(['s1', 'n1']);
    expect(inverse.upsertEdges).toEqual([e1]);
    expect(applyMapPatch(after, inverse)).toEqual(content);
  });

  it('keeps the identity of the content when nothing changes', () => {
    expect(applyMapPatch(content, { positions: [{ id: 's1', x: 300, y: 0 }] })).toBe(content);
    expect(applyMapPatch(content, { upsertNodes: [s1] })).toBe(content);
  });

  it('composes patches so the last operation on each item wins', () => {
    const moved = composePatches({ upsertNodes: [{ ...s1, label: 'A' }] }, { positions: [{ id: 's1', x: 1, y: 2 }] });
    expect(moved).toEqual({ upsertNodes: [{ ...s1, label: 'A', position: { x: 1, y: 2 } }] });
    const createdThenDeleted = composePatches({ upsertNodes: [n1], upsertEdges: [e1] }, { deleteNodes: ['n1'] });
    expect(createdThenDeleted).toEqual({ deleteNodes: ['n1'], deleteEdges: ['e1'] });
    const deletedThenRestored = composePatches({ deleteNodes: ['n1'] }, { upsertNodes: [n1] });
    expect(deletedThenRestored).toEqual({ upsertNodes: [n1] });
    const positionsOfDeleted = composePatches({ positions: [{ id: 'n1', x: 5, y: 5 }] }, { deleteNodes: ['n1'] });
    expect(positionsOfDeleted).toEqual({ deleteNodes: ['n1'] });
    expect(composePatches({ viewport: { x: 1, y: 1, zoom: 1 } }, { viewport: { x: 2, y: 2, zoom: 2 } })).toEqual({ viewport: { x: 2, y: 2, zoom: 2 } });
  });

  it('orders nodes parents first whatever order they come in', () => {
    const t1 = seedNode('t1', 'topic', 'Note', 'n1', 900, 0);
    expect(parentsFirst([t1, n1, s1]).map((node) => node.id)).toEqual(['s1', 'n1', 't1']);
  });
});
