import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plan.ts';
import { currentPlan, healthTrendOf, overdueActionCount, portfolioFlags, portfolioRow, sortPortfolio } from '../../shared/portfolio.ts';
import type { PortfolioRow } from '../../shared/portfolio.ts';
import { node } from './document/fixtures.ts';

const TODAY = '2026-11-22';

function plan(id: string, fields: Partial<Plan> = {}): Plan {
  return {
    id,
    accountId: 'acc',
    title: id,
    periodStart: null,
    periodEnd: null,
    growthTarget: null,
    currency: 'USD',
    status: 'draft',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    ...fields,
  };
}

describe('current plan', () => {
  it('is none when every plan is archived or over', () => {
    expect(currentPlan([], TODAY)).toBeNull();
    expect(currentPlan([plan('old', { status: 'archived' }), plan('over', { status: 'active', periodEnd: '2026-11-21' })], TODAY)).toBeNull();
  });

  it('takes the plan under way before one that starts later, and an active plan before a draft', () => {
    const underway = plan('underway', { periodStart: '2026-01-01', periodEnd: '2026-12-31', status: 'draft' });
    const next = plan('next', { periodStart: '2027-01-01', periodEnd: '2027-12-31', status: 'active' });
    expect(currentPlan([next, underway], TODAY)?.id).toBe('underway');
    const activeToo = plan('active', { periodStart: '2026-06-01', periodEnd: '2027-05-31', status: 'active' });
    expect(currentPlan([underway, activeToo, next], TODAY)?.id).toBe('active');
    expect(currentPlan([next], TODAY)?.id).toBe('next');
  });

  it('breaks ties by the latest start, then the latest change', () => {
    const earlier = plan('earlier', { periodStart: '2026-01-01', status: 'active' });
    const later = plan('later', { periodStart: '2026-07-01', status: 'active' });
    expect(currentPlan([later, earlier], TODAY)?.id).toBe('later');
    const touched = plan('touched', { periodStart: '2026-07-01', status: 'active', updatedAt: '2026-11-01T09:00:00.000Z' });
    expect(currentPlan([later, touched], TODAY)?.id).toBe('touched');
  });

  it('counts a plan that ends today as current', () => {
    expect(currentPlan([plan('ends', { periodEnd: TODAY })], TODAY)?.id).toBe('ends');
  });
});

describe('flags', () => {
  it('flags a strategic account without a current plan, not a key or standard one', () => {
    expect(portfolioFlags({ tier: 'strategic', plan: null, lastReviewAt: null }, TODAY)).toEqual(['strategic-without-plan']);
    expect(portfolioFlags({ tier: 'key', plan: null, lastReviewAt: null }, TODAY)).toEqual([]);
    expect(portfolioFlags({ tier: 'standard', plan: null, lastReviewAt: null }, TODAY)).toEqual([]);
  });

  it('flags a plan whose last review is more than 90 days old; 90 days is still within', () => {
    const current = plan('p', { createdAt: '2026-01-01T09:00:00.000Z' });
    expect(portfolioFlags({ tier: 'strategic', plan: current, lastReviewAt: '2026-08-24T12:00:00.000Z' }, TODAY)).toEqual([]);
    expect(portfolioFlags({ tier: 'strategic', plan: current, lastReviewAt: '2026-08-23T12:00:00.000Z' }, TODAY)).toEqual(['not-reviewed-90-days']);
  });

  it('counts a plan never reviewed from the day it was created', () => {
    expect(portfolioFlags({ tier: 'key', plan: plan('new', { createdAt: '2026-10-01T09:00:00.000Z' }), lastReviewAt: null }, TODAY)).toEqual([]);
    expect(portfolioFlags({ tier: 'key', plan: plan('old', { createdAt: '2026-06-01T09:00:00.000Z' }), lastReviewAt: null }, TODAY)).toEqual(['not-reviewed-90-days']);
  });
});

describe('row facts', () => {
  it('counts open actions past their due date only', () => {
    const nodes = [
      node('root', 'account', 'Acme', null),
      node('a1', 'action', 'Late', 'root', { dueDate: '2026-11-01', status: 'in-progress' }),
      node('a2', 'action', 'Late but done', 'root', { dueDate: '2026-11-01', status: 'done' }),
      node('a3', 'action', 'Due today', 'root', { dueDate: TODAY }),
      node('a4', 'action', 'Undated', 'root'),
      node('a5', 'action', 'Blocked and late', 'root', { dueDate: '2026-01-01', status: 'blocked' }),
    ];
    expect(overdueActionCount(nodes, TODAY)).toBe(2);
  });

  it('gives the trend from the score at the last review', () => {
    expect(healthTrendOf(70, 60)).toBe('up');
    expect(healthTrendOf(50, 60)).toBe('down');
    expect(healthTrendOf(60, 60)).toBe('same');
    expect(healthTrendOf(60, null)).toBe('none');
    expect(healthTrendOf(null, 60)).toBe('none');
  });

  it('builds a row without a plan with no score, trend, review or overdue actions', () => {
    const row = portfolioRow(
      {
        account: { id: 'acc', name: 'Acme', tier: 'strategic', tierCriteria: ['high-profile'], accountManager: 'Maya', renewalDate: '2027-02-01' },
        plan: null,
        overdueActions: 3,
        health: 55,
        healthAtLastReview: 40,
        lastReviewAt: '2026-11-01T09:00:00.000Z',
      },
      TODAY,
    );
    expect(row).toEqual({
      accountId: 'acc',
      accountName: 'Acme',
      tier: 'strategic',
      tierCriteria: ['high-profile'],
      accountManager: 'Maya',
      plan: null,
      health: null,
      healthAtLastReview: null,
      healthTrend: 'none',
      overdueActions: 0,
      lastReviewAt: null,
      nextRenewal: '2027-02-01',
      flags: ['strategic-without-plan'],
    });
  });
});

function row(name: string, fields: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    accountId: name.toLowerCase(),
    accountName: name,
    tier: 'strategic',
    tierCriteria: [],
    accountManager: '',
    plan: { id: `${name}-plan`, title: `${name} plan`, periodStart: null, periodEnd: null, status: 'active' },
    health: null,
    healthAtLastReview: null,
    healthTrend: 'none',
    overdueActions: 0,
    lastReviewAt: null,
    nextRenewal: null,
    flags: [],
    ...fields,
  };
}

describe('sorting', () => {
  const rows = [
    row('Contoso', { tier: 'key', health: 80, nextRenewal: '2027-03-01', overdueActions: 1, healthTrend: 'up' }),
    row('acme', { tier: 'standard', health: null, plan: null, flags: ['strategic-without-plan'] }),
    row('Bravo', { tier: 'strategic', health: 40, nextRenewal: '2026-12-01', overdueActions: 4, healthTrend: 'down', flags: ['not-reviewed-90-days'] }),
  ];
  const names = (sorted: PortfolioRow[]) => sorted.map((entry) => entry.accountName);

  it('sorts by name ignoring case, either way', () => {
    expect(names(sortPortfolio(rows, 'account', 'ascending'))).toEqual(['acme', 'Bravo', 'Contoso']);
    expect(names(sortPortfolio(rows, 'account', 'descending'))).toEqual(['Contoso', 'Bravo', 'acme']);
  });

  it('sorts tiers strategic, key, standard', () => {
    expect(names(sortPortfolio(rows, 'tier', 'ascending'))).toEqual(['Bravo', 'Contoso', 'acme']);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(names(sortPortfolio(rows, 'health', 'ascending'))).toEqual(['Bravo', 'Contoso', 'acme']);
    expect(names(sortPortfolio(rows, 'health', 'descending'))).toEqual(['Contoso', 'Bravo', 'acme']);
    expect(names(sortPortfolio(rows, 'renewal', 'descending'))).toEqual(['Contoso', 'Bravo', 'acme']);
    expect(names(sortPortfolio(rows, 'overdue', 'descending'))).toEqual(['Bravo', 'Contoso', 'acme']);
    expect(names(sortPortfolio(rows, 'trend', 'ascending'))).toEqual(['Bravo', 'Contoso', 'acme']);
  });

  it('breaks ties by name and does not change the rows given', () => {
    const tied = [row('Zeta', { flags: ['not-reviewed-90-days'] }), row('Alpha', { flags: ['not-reviewed-90-days'] }), row('Mid')];
    expect(names(sortPortfolio(tied, 'flags', 'descending'))).toEqual(['Alpha', 'Zeta', 'Mid']);
    expect(names(tied)).toEqual(['Zeta', 'Alpha', 'Mid']);
  });
});
