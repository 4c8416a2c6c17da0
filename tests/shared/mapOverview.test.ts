import { describe, expect, it } from 'vitest';
import { CARD_LABEL_MAP_PX, isOverviewBranch, OVERVIEW_LABEL_SCREEN_PX, overviewLabelMapPx } from '../../shared/mapOverview.ts';

describe('isOverviewBranch', () => {
  it('counts the account, its direct children and nodes with children as branches, other leaves as chips', () => {
    expect(isOverviewBranch({ parentId: null }, 'root', 3)).toBe(true);
    expect(isOverviewBranch({ parentId: 'root' }, 'root', 0)).toBe(true);
    expect(isOverviewBranch({ parentId: 'topic' }, 'root', 2)).toBe(true);
    expect(isOverviewBranch({ parentId: 'topic' }, 'root', 0)).toBe(false);
    expect(isOverviewBranch({ parentId: 'topic' }, null, 0)).toBe(false);
  });
});

describe('overviewLabelMapPx', () => {
  it('keeps branch labels at 12 px on screen as the map zooms out, never smaller than on the card', () => {
    expect(overviewLabelMapPx(0.6)).toBe(CARD_LABEL_MAP_PX);
    expect(overviewLabelMapPx(0.3) * 0.3).toBeCloseTo(OVERVIEW_LABEL_SCREEN_PX);
    expect(overviewLabelMapPx(0.15) * 0.15).toBeCloseTo(OVERVIEW_LABEL_SCREEN_PX);
  });

  it('goes back to the card’s size when labels would pass 100 map px (a very large plan fitted)', () => {
    expect(overviewLabelMapPx(0.1)).toBe(CARD_LABEL_MAP_PX);
    expect(overviewLabelMapPx(0.02)).toBe(CARD_LABEL_MAP_PX);
    expect(overviewLabelMapPx(0)).toBe(CARD_LABEL_MAP_PX);
  });
});
