import { describe, expect, it } from 'vitest';
import type { PlanDocument, PlanNode } from '../../../shared/model.ts';
import {
  doneSinceReview,
  emptyFilterMessage,
  filterActions,
  isDueWithin,
  lastReview,
  sortActions,
  trackedActions,
  trackerOwners,
} from '../../../shared/rules/actionTracker.ts';
import { addDays } from '../../../shared/rules/dates.ts';
import { TODAY, node, sampleDocument } from '../document/fixtures.ts';

const day = (offset: number) => addDays(TODAY, offset);

function plan(nodes: PlanNode[], edges: PlanDocument['edges'] = []): PlanDocument {
  const { account, plan } = sampleDocument();
  return { account, plan, nodes, edges, viewport: null };
}

const nodes = [
  node('acc', 'account', 'Initech', null),
  node('goal', 'goal', 'Grow Initech', 'acc', {}, { order: 0 }),
  node('opp', 'opportunity', 'Cloud RFP', 'goal', {}, { order: 0 }),
  node('late', 'action', 'Send the proposal', 'opp', { owner: 'Peter', dueDate: day(-1), status: 'in-progress' }, { order: 0 }),
  node('today', 'action', 'Book the workshop', 'opp', { owner: 'Samir', dueDate: TODAY }, { order: 1 }),
  node('soon', 'action', 'Call the CFO', 'goal', { owner: 'peter ', dueDate: day(14), status: 'blocked' }, { order: 1 }),
  node('later', 'action', 'Plan the rollout', 'acc', { owner: '', dueDate: day(15), horizon: '12-months' }, { order: 1 }),
  node('done', 'action', 'Sign the NDA', 'acc', { owner: 'Samir', dueDate: day(-20), status: 'done' }, { order: 2 }),
  node('undated', 'action', 'Find a coach', 'acc', { owner: 'Joanna', dueDate: null }, { order: 3 }),
];
const achieves = [{ id: 'e1', kind: 'achieves' as const, source: 'later', target: 'goal', data: {} }];
const actions = trackedActions(plan(nodes, achieves), TODAY, null);
const ids = (list: { node: { id: string } }[]) => list.map((entry) => entry.node.id);

describe('action tracker rules', () => {
  it('lists every action in outline order with overdue from the one rule and what it serves', () => {
    expect(ids(actions)).toEqual(['late', 'today', 'soon', 'later', 'done', 'undated']);
    expect(actions.filter((action) => action.overdue).map((action) => action.node.id)).toEqual(['late']);
    expect(actions[0]!.serves.map((goal) => goal.label)).toEqual(['Cloud RFP']);
    expect(actions[2]!.serves.map((goal) => goal.label)).toEqual(['Grow Initech']);
    expect(actions[3]!.serves.map((goal) => goal.label)).toEqual(['Grow Initech']);
    expect(actions[5]!.serves).toEqual([]);
  });

  it('due soon is open and due from today to 14 days ahead, both included', () => {
    expect(isDueWithin({ dueDate: TODAY, status: 'not-started' }, TODAY)).toBe(true);
    expect(isDueWithin({ dueDate: day(14), status: 'blocked' }, TODAY)).toBe(true);
    expect(isDueWithin({ dueDate: day(15), status: 'not-started' }, TODAY)).toBe(false);
    expect(isDueWithin({ dueDate: day(-1), status: 'not-started' }, TODAY)).toBe(false);
    expect(isDueWithin({ dueDate: day(3), status: 'done' }, TODAY)).toBe(false);
    expect(isDueWithin({ dueDate: null, status: 'not-started' }, TODAY)).toBe(false);
  });

  it('filters overdue, due soon and by owner (trimmed), "" meaning nobody owns it', () => {
    expect(ids(filterActions(actions, { show: 'overdue', owner: null }))).toEqual(['late']);
    expect(ids(filterActions(actions, { show: 'due-soon', owner: null }))).toEqual(['today', 'soon']);
    expect(ids(filterActions(actions, { show: 'all', owner: 'Samir' }))).toEqual(['today', 'done']);
    expect(ids(filterActions(actions, { show: 'due-soon', owner: 'Samir' }))).toEqual(['today']);
    expect(ids(filterActions(actions, { show: 'all', owner: '' }))).toEqual(['later']);
  });

  it('done since the last review: done now, open at the review or added after it; none without a review', () => {
    const review = nodes.map((entry) => (entry.id === 'done' ? node('done', 'action', 'Sign the NDA', 'acc', { status: 'in-progress' }) : entry));
    const now = [...nodes, node('new', 'action', 'Added and done', 'acc', { status: 'done' }), node('old', 'action', 'Done before', 'acc', { status: 'done' })];
    const reviewWithOld = [...review, node('old', 'action', 'Done before', 'acc', { status: 'done' })];
    expect([...doneSinceReview(now, reviewWithOld)].sort()).toEqual(['done', 'new']);
    expect(doneSinceReview(now, null).size).toBe(0);
    const tracked = trackedActions(plan(now), TODAY, reviewWithOld);
    expect(ids(filterActions(tracked, { show: 'done-since-review', owner: null })).sort()).toEqual(['done', 'new']);
  });

  it('the last review is the latest taken', () => {
    expect(lastReview([])).toBeNull();
    const reviews = [{ id: 'q1', takenAt: '2027-01-05T10:00:00.000Z' }, { id: 'q2', takenAt: '2027-03-01T09:00:00.000Z' }, { id: 'x', takenAt: '2026-12-01T09:00:00.000Z' }];
    expect(lastReview(reviews)?.id).toBe('q2');
  });

  it('sorts by each column, empty values last in both directions, ties in outline order', () => {
    const by = (key: Parameters<typeof sortActions>[1]['key'], direction: 'ascending' | 'descending' = 'ascending') => ids(sortActions(actions, { key, direction }));
    expect(by('dueDate')).toEqual(['done', 'late', 'today', 'soon', 'later', 'undated']);
    expect(by('dueDate', 'descending')).toEqual(['later', 'soon', 'today', 'late', 'done', 'undated']);
    expect(by('owner')).toEqual(['undated', 'late', 'soon', 'today', 'done', 'later']);
    expect(by('owner', 'descending')).toEqual(['today', 'done', 'late', 'soon', 'undated', 'later']);
    expect(by('status')).toEqual(['soon', 'today', 'later', 'undated', 'late', 'done']);
    expect(by('horizon')).toEqual(['late', 'today', 'soon', 'done', 'undated', 'later']);
    expect(by('title')).toEqual(['today', 'soon', 'undated', 'later', 'late', 'done']);
    expect(by('serves')).toEqual(['late', 'today', 'soon', 'later', 'done', 'undated']);
  });

  it('offers the team members as owners, then other names actions use, each once', () => {
    expect(trackerOwners(['Joanna', 'Samir'], actions)).toEqual(['Joanna', 'Samir', 'peter', 'Peter']);
  });

  it('says why a filter shows nothing', () => {
    expect(emptyFilterMessage({ show: 'overdue', owner: 'Samir' }, true)).toBe('No overdue actions owned by Samir.');
    expect(emptyFilterMessage({ show: 'done-since-review', owner: null }, false)).toBe('No review yet: take a review to see what gets done after it.');
    expect(emptyFilterMessage({ show: 'due-soon', owner: '' }, true)).toBe('No open actions without an owner due in the next 14 days.');
  });
});
