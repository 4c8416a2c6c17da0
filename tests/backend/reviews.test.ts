import { describe, expect, it } from 'vitest';
import { snapshotEdge, snapshotNode } from '../../electron/backend/snapshotContent.ts';
import { tempBackend } from './tempBackend.ts';

const backend = tempBackend();

describe('reviews (snapshots) in the library', () => {
  it('read back exactly the plan they froze, and take the date as their name when none is given', async () => {
    const { planId } = await backend.service.createSamplePlan({});
    const review = await backend.service.takeSnapshot({ planId, label: '  ' });
    expect(review.label).toMatch(/^Review \d{1,2} \w{3} \d{4}$/);
    const [frozen, now] = await Promise.all([backend.service.loadSnapshot({ id: review.id }), backend.service.loadPlan({ planId })]);
    expect(frozen.content.nodes).toEqual(now.nodes);
    expect(frozen.content.edges).toEqual(now.edges);
    expect(frozen.content.plan).toEqual(now.plan);
  });

  it('leave out records that are not nodes or relations, and normalise data that no longer reads', () => {
    expect(snapshotNode(null)).toBeNull();
    expect(snapshotNode({ id: 'a', kind: 'dragon', label: 'x' })).toBeNull();
    expect(snapshotNode({ id: 's1', kind: 'stakeholder', label: 'Dana', data: { support: 'adoring' }, position: { x: 'left' } })).toMatchObject({
      id: 's1',
      data: { support: 'unknown' },
      position: { x: 0, y: 0 },
      parentId: null,
      internal: false,
    });
    expect(snapshotEdge({ id: 'e1', kind: 'reportsTo', source: 'a' })).toBeNull();
    expect(snapshotEdge({ id: 'e1', kind: 'reportsTo', source: 'a', target: 'b', data: 7 })).toEqual({ id: 'e1', kind: 'reportsTo', source: 'a', target: 'b', data: {} });
  });
});
