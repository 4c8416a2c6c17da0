import type { PlanDocument, PlanNode } from '../../../shared/model.ts';
import { addDays } from '../../../shared/rules/dates.ts';
import { TODAY, node, sampleDocument } from '../document/fixtures.ts';

export { TODAY };

function planOf(name: string, growthTarget: number | null, nodes: PlanNode[]): PlanDocument {
  const { account, plan } = sampleDocument();
  return {
    account: { ...account, name },
    plan: { ...plan, title: `${name} FY27 plan`, growthTarget, currency: 'USD' },
    viewport: null,
    nodes,
    edges: [],
  };
}

/** The case from the issue: a 3.0M goal built from 1.2M + 1.0M + 0.7M against a 3.0M growth target. */
export function globexPlan(): PlanDocument {
  return planOf('Globex', 3_000_000, [
    node('acc', 'account', 'Globex', null),
    node('grow', 'goal', 'Grow Globex by 3.0M', 'acc', { target: 3_000_000, metric: 'Signed annual value' }),
    node('renew', 'goal', 'Renew the platform', 'grow', { target: 1_200_000 }, { order: 0 }),
    node('expand', 'goal', 'Expand into APAC', 'grow', { target: 1_000_000 }, { order: 1 }),
    node('launch', 'goal', 'Launch analytics', 'grow', { target: 700_000 }, { order: 2 }),
  ]);
}

const day = (offset: number) => addDays(TODAY, offset);

/**
 * Every edge case at once: nested goals with and without targets (under goals, an opportunity and a topic, one
 * over its target), milestones short of target before, on and after their due date, actions before, on and after
 * their due date and outside their horizon, stale and fresh contacts, and siblings of equal order.
 */
export function edgeCasePlan(): PlanDocument {
  return planOf('Initech', 1_000_000, [
    node('acc', 'account', 'Initech', null),
    node('gA', 'goal', 'Grow Initech', 'acc', { target: 1_000_000 }),
    node('gA1', 'goal', 'Renewal bundle (no target)', 'gA', { target: null }),
    node('gA1a', 'goal', 'Renew licences', 'gA1', { target: 300_000 }),
    node('gA1b', 'goal', 'Renew support (no target)', 'gA1', { target: null }),
    node('oppA', 'opportunity', 'Cloud migration RFP', 'gA', { type: 'respond', value: 500_000 }),
    node('gA2', 'goal', 'Win the migration', 'oppA', { target: 400_000 }),
    node('topicA', 'topic', 'Ideas', 'gA', { text: '' }),
    node('gA3', 'goal', 'Analytics add-on', 'topicA', { target: 200_000 }),
    node('gB', 'goal', 'Be the preferred vendor (no target)', 'acc', { target: null }),
    node('gC', 'goal', 'Services', 'acc', { target: 100_000 }),
    node('gC1', 'goal', 'Training', 'gC', { target: 80_000 }),
    node('gC2', 'goal', 'Consulting', 'gC', { target: 40_000 }),
    node('m1', 'milestone', 'Pilot live', 'acc', { target: 10, actual: 3, dueDate: day(100) }),
    node('m2', 'milestone', 'Pipeline built', 'acc', { target: 10, actual: 3, dueDate: day(20) }),
    node('m3', 'milestone', 'Workshop held', 'acc', { target: 1, actual: 0, dueDate: TODAY }),
    node('m4', 'milestone', 'Exec sponsor met', 'acc', { target: 1, actual: null, dueDate: day(-1) }),
    node('m5', 'milestone', 'Reference signed', 'acc', { target: 1, actual: 1, dueDate: day(-30) }),
    node('m6', 'milestone', 'Renewal signed next year', 'acc', { target: 1, actual: 0, dueDate: day(300) }),
    node('m7', 'milestone', 'Vague milestone', 'acc', { target: null }),
    node('a1', 'action', 'Send the proposal', 'gA2', { owner: 'Peter', dueDate: day(-1), status: 'in-progress' }),
    node('a2', 'action', 'Book the workshop', 'gA2', { owner: 'Samir', dueDate: TODAY }),
    node('a3', 'action', 'Plan the rollout', 'gA', { owner: 'Joanna', dueDate: day(210), horizon: '90-days' }),
    node('a4', 'action', 'Close last year’s pilot', 'gA', { owner: 'Milton', dueDate: day(-20), status: 'done' }),
    node('a5', 'action', 'Prepare the next renewal', 'gC', { owner: 'Bill', dueDate: day(400), horizon: '12-months' }),
    node('a6', 'action', 'Quarterly review', 'gC', { owner: 'Bill', dueDate: day(60), horizon: '12-months' }),
    node('s1', 'stakeholder', 'Bill Lumbergh', 'acc', { buyingRole: 'economic-buyer', lastContact: day(-91) }),
    node('s2', 'stakeholder', 'Bob Slydell', 'acc', { buyingRole: 'coach', lastContact: day(-90) }),
    node('s3', 'stakeholder', 'Bob Porter', 'acc', { buyingRole: 'influencer', lastContact: null }),
  ]);
}
