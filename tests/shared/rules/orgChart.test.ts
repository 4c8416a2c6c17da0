import { describe, expect, it } from 'vitest';
import { layoutOrgChart, managersOf, ORG_CARD, orgChartNeighbour, wouldCreateCycle } from '../../../shared/rules/orgChart.ts';

const reports = (pairs: [string, string][]) => pairs.map(([source, target]) => ({ source, target }));

function cardOf(layout: ReturnType<typeof layoutOrgChart>, id: string) {
  const card = layout.cards.find((candidate) => candidate.id === id);
  if (!card) throw new Error(`no card ${id}`);
  return card;
}

function overlaps(layout: ReturnType<typeof layoutOrgChart>): string[] {
  const found: string[] = [];
  for (const a of layout.cards) {
    for (const b of layout.cards) {
      if (a.id >= b.id) continue;
      if (Math.abs(a.x - b.x) < ORG_CARD.width && Math.abs(a.y - b.y) < ORG_CARD.height) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe('org chart layout', () => {
  it('puts every manager above each of their reports, centred over them', () => {
    const layout = layoutOrgChart(['ceo', 'cfo', 'cto', 'dev', 'ops'], reports([['cfo', 'ceo'], ['cto', 'ceo'], ['dev', 'cto'], ['ops', 'cto']]));
    for (const { manager, report } of layout.links) expect(cardOf(layout, manager).y).toBeLessThan(cardOf(layout, report).y);
    expect(cardOf(layout, 'ceo').row).toBe(0);
    expect(cardOf(layout, 'dev').row).toBe(2);
    const cto = cardOf(layout, 'cto');
    expect(cto.x).toBeCloseTo((cardOf(layout, 'dev').x + cardOf(layout, 'ops').x) / 2);
    expect(overlaps(layout)).toEqual([]);
  });

  it('sets several hierarchies side by side and people without manager or reports in a row of their own', () => {
    const layout = layoutOrgChart(['a', 'a1', 'b', 'b1', 'x', 'y'], reports([['a1', 'a'], ['b1', 'b']]));
    expect(cardOf(layout, 'a').y).toBe(cardOf(layout, 'b').y);
    expect(cardOf(layout, 'a').x).toBeLessThan(cardOf(layout, 'b').x);
    const lonerRow = cardOf(layout, 'x').y;
    expect(cardOf(layout, 'y').y).toBe(lonerRow);
    expect(lonerRow).toBeGreaterThan(cardOf(layout, 'b1').y);
    expect(cardOf(layout, 'x').loner).toBe(true);
    expect(overlaps(layout)).toEqual([]);
    expect(layout.height).toBe(3 * ORG_CARD.height + 2 * ORG_CARD.gapY);
  });

  it('keeps a hierarchy when the data holds a loop, a second manager or a relation to someone unknown', () => {
    const managerOf = managersOf(['a', 'b', 'c'], reports([['a', 'b'], ['b', 'a'], ['a', 'c'], ['c', 'ghost'], ['c', 'c']]));
    expect([...managerOf]).toEqual([['a', 'b']]);
    expect(wouldCreateCycle(managerOf, 'b', 'a')).toBe(true);
    expect(wouldCreateCycle(managerOf, 'c', 'a')).toBe(false);
    expect(wouldCreateCycle(managerOf, 'c', 'c')).toBe(true);
  });

  it('moves along the hierarchy: up to the manager, down to the first report, along the row', () => {
    const layout = layoutOrgChart(['ceo', 'cfo', 'cto', 'dev'], reports([['cfo', 'ceo'], ['cto', 'ceo'], ['dev', 'cto']]));
    expect(orgChartNeighbour(layout, 'dev', 'up')).toBe('cto');
    expect(orgChartNeighbour(layout, 'ceo', 'down')).toBe('cfo');
    expect(orgChartNeighbour(layout, 'cfo', 'right')).toBe('cto');
    expect(orgChartNeighbour(layout, 'cfo', 'left')).toBeUndefined();
  });

  // Its speed is measured in the benchmark (tests/bench/views.ts), not here: a timed test flakes on a busy machine.
  it('lays out 500 stakeholders without overlaps', () => {
    const ids = Array.from({ length: 500 }, (_, index) => `p${index}`);
    const links = ids.slice(1).map((id, index) => ({ source: id, target: `p${Math.floor(index / 4)}` }));
    const layout = layoutOrgChart(ids, links);
    expect(layout.cards).toHaveLength(500);
    expect(overlaps(layout)).toEqual([]);
  });
});
