import { describe, expect, it } from 'vitest';
import { isOverviewBranch } from '../../shared/mapOverview.ts';

describe('isOverviewBranch', () => {
  it('counts the account, its direct children and nodes with children as branches, other leaves as chips', () => {
    expect(isOverviewBranch({ parentId: null }, 'root', 3)).toBe(true);
    expect(isOverviewBranch({ parentId: 'root' }, 'root', 0)).toBe(true);
    expect(isOverviewBranch({ parentId: 'topic' }, 'root', 2)).toBe(true);
    expect(isOverviewBranch({ parentId: 'topic' }, 'root', 0)).toBe(false);
    expect(isOverviewBranch({ parentId: 'topic' }, null, 0)).toBe(false);
  });
});
