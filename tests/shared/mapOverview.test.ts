import { describe, expect, it } from 'vitest';
import { CARD_LABEL_MAP_PX, coveredOverviewLabels, isOverviewBranch, labelLayoutZoom, OVERVIEW_LABEL_SCREEN_PX, overviewLabelBox, overviewLabelMapPx } from '../../shared/mapOverview.ts';

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

describe('overview labels never overlap', () => {
  const item = (id: string, x: number, y: number, label: string, depth: number, descendants = 0) => ({ id, position: { x, y }, label, depth, descendants });

  it('estimates a label box centred on its card, one line up to 32 em, wrapping beyond', () => {
    const box = overviewLabelBox(item('a', 0, 0, 'Buying centre', 1), 40, 220, 72);
    expect(box.width).toBeCloseTo((13 * 0.6 + 0.8) * 40);
    expect(box.x + box.width / 2).toBe(110);
    expect(box.y + box.height / 2).toBe(36);
    expect(overviewLabelBox(item('b', 0, 0, 'x'.repeat(80), 1), 10, 220, 72).height).toBeCloseTo(2 * 1.32 * 10);
  });

  it('leaves out the label that would cover a more important one: shallower first, then the larger branch', () => {
    const zoom = 0.3; // labels of 40 map px
    const items = [
      item('goal', 0, 0, 'Grow Northwind in signed annual value', 1, 9),
      item('subgoal', 300, 30, 'Expand into EMEA operations', 2, 4),
      item('far', 300, 600, 'Fleet emissions dashboard pilot', 2, 2),
      item('twin', 0, 40, 'Launch the sustainability line', 1, 2),
    ];
    expect([...coveredOverviewLabels(items, zoom, 220, 72)].sort()).toEqual(['subgoal', 'twin']);
    // Rows far enough apart keep every label.
    const spaced = items.map((entry, index) => ({ ...entry, position: { x: entry.position.x, y: index * 120 } }));
    expect(coveredOverviewLabels(spaced, zoom, 220, 72).size).toBe(0);
  });

  it('lays labels out at the zoom rounded down to a quarter octave, so labels are never larger than planned', () => {
    for (const zoom of [0.13, 0.2, 0.27, 0.31, 0.49]) {
      const planned = labelLayoutZoom(zoom);
      expect(planned).toBeLessThanOrEqual(zoom);
      expect(planned).toBeGreaterThan(zoom / 2 ** 0.25);
      expect(overviewLabelMapPx(planned)).toBeGreaterThanOrEqual(overviewLabelMapPx(zoom));
    }
    expect(labelLayoutZoom(0.25)).toBe(0.25);
  });
});
