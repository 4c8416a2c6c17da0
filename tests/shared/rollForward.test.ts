import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { newPlanPeriod, nextPeriod, nextPlanFields, nextPlanTitle, rollForwardContent, rollForwardSummary } from '../../shared/rollForward.ts';
import { edge, node, sampleDocument } from './document/fixtures.ts';

const TODAY = '2026-11-22';

describe('next period', () => {
  it('follows a calendar year, a fiscal year and a quarter with the same number of months', () => {
    expect(nextPeriod({ periodStart: '2026-01-01', periodEnd: '2026-12-31' }, TODAY)).toEqual({ periodStart: '2027-01-01', periodEnd: '2027-12-31' });
    expect(nextPeriod({ periodStart: '2026-07-01', periodEnd: '2027-06-30' }, TODAY)).toEqual({ periodStart: '2027-07-01', periodEnd: '2028-06-30' });
    expect(nextPeriod({ periodStart: '2026-10-01', periodEnd: '2026-12-31' }, TODAY)).toEqual({ periodStart: '2027-01-01', periodEnd: '2027-03-31' });
    // Two months ending in a leap February: the next two months end on the last day of April.
    expect(nextPeriod({ periodStart: '2028-01-01', periodEnd: '2028-02-29' }, TODAY)).toEqual({ periodStart: '2028-03-01', periodEnd: '2028-04-30' });
  });

  it('counts whole months from any day, else keeps the length in days', () => {
    expect(nextPeriod({ periodStart: '2026-01-15', periodEnd: '2026-04-14' }, TODAY)).toEqual({ periodStart: '2026-04-15', periodEnd: '2026-07-14' });
    expect(nextPeriod({ periodStart: '2026-01-10', periodEnd: '2026-01-23' }, TODAY)).toEqual({ periodStart: '2026-01-24', periodEnd: '2026-02-06' });
  });

  it('makes a twelve-month period when the old one is open-ended or unknown', () => {
    expect(nextPeriod({ periodStart: null, periodEnd: '2026-12-31' }, TODAY)).toEqual({ periodStart: '2027-01-01', periodEnd: '2027-12-31' });
    expect(nextPeriod({ periodStart: '2026-03-01', periodEnd: null }, TODAY)).toEqual({ periodStart: '2027-03-01', periodEnd: '2028-02-29' });
    expect(nextPeriod({ periodStart: null, periodEnd: null }, TODAY)).toEqual({ periodStart: TODAY, periodEnd: '2027-11-21' });
  });
});

describe('a new plan\u2019s period', () => {
  it('is the next twelve months from today: today to the day before the same date next year', () => {
    expect(newPlanPeriod(TODAY)).toEqual({ periodStart: TODAY, periodEnd: '2027-11-21' });
    expect(newPlanPeriod('2026-01-01')).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(newPlanPeriod('2027-03-01')).toEqual({ periodStart: '2027-03-01', periodEnd: '2028-02-29' });
    expect(newPlanPeriod('2028-02-29')).toEqual({ periodStart: '2028-02-29', periodEnd: '2029-02-28' });
  });
});

describe('next title', () => {
  const year = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
  const nextYear = { periodStart: '2027-01-01', periodEnd: '2027-12-31' };

  it('moves the years of the old period on', () => {
    expect(nextPlanTitle('Northwind — FY26 growth plan', year, nextYear)).toBe('Northwind — FY27 growth plan');
    expect(nextPlanTitle('Plan 2026', year, nextYear)).toBe('Plan 2027');
    expect(nextPlanTitle('FY2026 plan', year, nextYear)).toBe('FY2027 plan');
    expect(nextPlanTitle('FY 2026/2027', { periodStart: '2026-07-01', periodEnd: '2027-06-30' }, { periodStart: '2027-07-01', periodEnd: '2028-06-30' })).toBe(
      'FY 2027/2028',
    );
  });

  it('leaves other numbers alone and names the new years when the title names none', () => {
    expect(nextPlanTitle('Top 10 growth plan', year, nextYear)).toBe('Top 10 growth plan 2027');
    expect(nextPlanTitle('Since 1999', year, nextYear)).toBe('Since 1999 2027');
    expect(nextPlanTitle('Growth plan', { periodStart: '2026-07-01', periodEnd: '2027-06-30' }, { periodStart: '2027-07-01', periodEnd: '2028-06-30' })).toBe(
      'Growth plan 2027–2028',
    );
  });

  it('gives the fields of the next plan: target and currency kept, active stays active, anything else starts as a draft', () => {
    const fields = nextPlanFields({ title: 'FY26 plan', ...year, growthTarget: 2_000_000, currency: 'EUR', status: 'active' }, TODAY);
    expect(fields).toEqual({ title: 'FY27 plan', ...nextYear, growthTarget: 2_000_000, currency: 'EUR', status: 'active' });
    expect(nextPlanFields({ title: 'FY26 plan', ...year, growthTarget: null, currency: 'USD', status: 'archived' }, TODAY).status).toBe('draft');
  });
});

describe('what a roll forward carries', () => {
  const nodes: PlanNode[] = [
    node('root', 'account', 'Acme', null),
    node('s1', 'stakeholder', 'Dana', 'root', { support: 'supporter' }),
    node('n1', 'need', 'Cut cost', 'root'),
    node('t1', 'teamMember', 'Tia', 'root'),
    node('c1', 'competitor', 'Globex', 'root'),
    node('g1', 'goal', 'Renewal', 'root', { target: 1_000_000 }),
    node('a1', 'action', 'Open action', 'g1', { status: 'in-progress', dueDate: '2026-12-01', owner: 'Tia' }),
    node('a2', 'action', 'Done action', 'g1', { status: 'done', dueDate: '2026-10-01' }),
    node('a3', 'action', 'Follow-up of a done one', 'a2', { status: 'not-started' }),
    node('x1', 'topic', 'Note under the follow-up', 'a3'),
    node('m1', 'milestone', 'Pipeline', 'root', { target: 10, actual: 7, adjustment: 'Two deals slipped' }),
    node('m2', 'milestone', 'Coverage', 'root', { target: 5 }),
  ];
  const edges = [edge('e1', 'achieves', 'a1', 'g1'), edge('e2', 'achieves', 'a2', 'g1'), edge('e3', 'covers', 't1', 's1'), edge('e4', 'hasNeed', 's1', 'n1')];

  it('carries everything but done actions, with the same ids and data', () => {
    const { nodes: carried } = rollForwardContent(nodes, edges);
    expect(carried.map((entry) => entry.id)).toEqual(['root', 's1', 'n1', 't1', 'c1', 'g1', 'a1', 'a3', 'x1', 'm1', 'm2']);
    expect(carried.find((entry) => entry.id === 's1')).toEqual(nodes[1]);
    expect(carried.find((entry) => entry.id === 'a1')).toEqual(nodes[6]);
  });

  it('hangs what was below a done action from the nearest node carried above it', () => {
    const { nodes: carried } = rollForwardContent(nodes, edges);
    expect(carried.find((entry) => entry.id === 'a3')?.parentId).toBe('g1');
    expect(carried.find((entry) => entry.id === 'x1')?.parentId).toBe('a3');
  });

  it('clears milestones\u2019 actuals and the adjustments that explained them, keeping their targets', () => {
    const { nodes: carried } = rollForwardContent(nodes, edges);
    expect(carried.find((entry) => entry.id === 'm1')?.data).toMatchObject({ target: 10, actual: null, adjustment: '' });
  });

  it('carries relations whose two ends are carried', () => {
    expect(rollForwardContent(nodes, edges).edges.map((entry) => entry.id)).toEqual(['e1', 'e3', 'e4']);
  });

  it('says what it carries and leaves behind', () => {
    expect(rollForwardSummary(nodes)).toEqual({
      carried: { stakeholders: 1, needs: 1, teamMembers: 1, competitors: 1, openActions: 2, other: 4 },
      leftBehind: { doneActions: 1, milestoneActuals: 1 },
    });
  });

  it('does not change the nodes given', () => {
    const before = JSON.stringify(nodes);
    rollForwardContent(nodes, edges);
    expect(JSON.stringify(nodes)).toBe(before);
  });

  it('rolls the sample plan forward keeping its one account root and a tree without loose ends', () => {
    const sample = sampleDocument();
    const { nodes: carried, edges: kept } = rollForwardContent(sample.nodes, sample.edges);
    const ids = new Set(carried.map((entry) => entry.id));
    expect(carried.filter((entry) => entry.parentId === null).map((entry) => entry.kind)).toEqual(['account']);
    expect(carried.every((entry) => entry.parentId === null || ids.has(entry.parentId))).toBe(true);
    expect(kept.every((entry) => ids.has(entry.source) && ids.has(entry.target))).toBe(true);
    expect(carried.some((entry) => entry.kind === 'action' && entry.data.status === 'done')).toBe(false);
  });
});
