import { seedEdge, seedNode } from '../planFixture.ts';

/**
 * Dana (stakeholder) → need n1 → topic t1, with "has need" inside the branch; a goal elsewhere addresses n1
 * (a relation leaving the branch); Sam is a second stakeholder to paste under.
 */
export const branchSeed = (root: string) => ({
  nodes: [
    seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0),
    seedNode('n1', 'need', 'Cut costs', 's1', 600, 0),
    seedNode('t1', 'topic', 'Detail', 'n1', 900, 0),
    seedNode('g1', 'goal', 'Grow', root, -300, 0),
    seedNode('s2', 'stakeholder', 'Sam Ortiz', root, 300, 200, { order: 1 }),
  ],
  edges: [seedEdge('e1', 'addresses', 'g1', 'n1'), seedEdge('e2', 'hasNeed', 's1', 'n1')],
});

/** A stand-in for the DataTransfer of a copy event. */
export function transfer(): { setData(type: string, data: string): void; data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, setData: (type, value) => void data.set(type, value) };
}
