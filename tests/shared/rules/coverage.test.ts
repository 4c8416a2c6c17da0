import { describe, expect, it } from 'vitest';
import { coverageByStakeholder, relationshipRank } from '../../../shared/rules/coverage.ts';

const nodes = [
  { id: 'a', kind: 'stakeholder' },
  { id: 'b', kind: 'stakeholder' },
  { id: 'c', kind: 'stakeholder' },
  { id: 'm', kind: 'teamMember' },
  { id: 'n', kind: 'teamMember' },
];
const cover = (id: string, source: string, target: string, strength: string) => ({ id, kind: 'covers', source, target, data: { strength } });

describe('coverage', () => {
  it('finds who covers each stakeholder, the best level, and the uncovered and thinly covered', () => {
    const coverage = coverageByStakeholder(nodes, [cover('1', 'm', 'a', 'vendor'), cover('2', 'm', 'b', 'vendor'), cover('3', 'n', 'b', 'trusted-advisor')]);
    expect(coverage.get('a')).toMatchObject({ best: 'vendor', uncovered: false, thin: true });
    expect(coverage.get('b')).toMatchObject({ best: 'trusted-advisor', uncovered: false, thin: false });
    expect(coverage.get('c')).toMatchObject({ best: null, uncovered: true, thin: false });
    expect(relationshipRank('problem-solver')).toBeGreaterThan(relationshipRank('credible-source'));
  });
});
