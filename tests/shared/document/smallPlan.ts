import type { PlanDocument } from '../../../shared/model.ts';
import { sampleDocument, edge, node } from './fixtures.ts';

/** A small hand-made plan whose every number is known, for exact outline checks. */
export function smallPlan(): PlanDocument {
  const { account, plan } = sampleDocument();
  return {
    account: { ...account, name: 'Acme', notes: 'Acme secret notes' },
    plan: { ...plan, title: 'FY27 plan', growthTarget: 1200, currency: 'EUR' },
    viewport: null,
    nodes: [
      node('acc', 'account', 'Acme', null, { overview: 'Acme makes anvils.' }),
      node('g', 'goal', 'Grow Acme', 'acc', { target: 1000 }),
      node('g1', 'goal', 'Renewal', 'g', { target: 600, achieved: 150 }, { order: 0 }),
      node('g1a', 'goal', 'Renewal uplift', 'g1', { target: 200 }),
      node('g2', 'goal', 'Expansion', 'g', { target: 300, achieved: 30 }, { order: 1 }),
      node('o1', 'opportunity', 'Anvil RFP', 'g2', { type: 'respond', value: 1000, probability: 50 }),
      node('o2', 'opportunity', 'Rocket skates', 'acc', { type: 'create', value: 400, probability: null }),
      node('a1', 'action', 'Send proposal', 'o1', { dueDate: '2027-03-01', status: 'not-started', owner: 'Wile' }),
      node('a2', 'action', 'Kick-off', 'o1', { dueDate: '2027-03-01', status: 'done' }),
      node('a3', 'action', 'Board review', 'acc', { dueDate: '2027-04-01', horizon: '12-months' }),
      node('n1', 'need', 'Cheaper anvils', 'acc', { priority: 'low' }),
      node('n2', 'need', 'Faster delivery', 'acc', { priority: 'critical' }),
      node('t1', 'topic', 'Anvil history', 'n1', { text: 'They bought anvils in 1949.' }),
      node('grp', 'topic', 'People', 'acc', { text: '' }),
      node('t3', 'topic', 'How they buy', 'grp', { text: 'Three bids.' }),
      node('s1', 'stakeholder', 'Road Runner', 'grp', { title: 'CEO', buyingRole: 'economic-buyer', support: 'enemy' }),
      node('s2', 'stakeholder', 'Coyote', 'grp', { title: 'Chair' }),
      node('s3', 'stakeholder', 'Bugs', 'grp'),
      node('s4', 'stakeholder', 'Daffy', 'grp'),
      node('s5', 'stakeholder', 'Porky', 'grp'),
      node('t4', 'topic', 'General remark', 'acc', { text: 'Be nice.' }),
      node('t5', 'topic', 'Empty group', 'acc', { text: '   ' }),
      node('tm', 'teamMember', 'Wile', 'acc', { function: 'sales' }),
      node('m1', 'milestone', 'Pipeline', 'acc', { target: 10, actual: 5, dueDate: '2027-03-01' }),
      node('m2', 'milestone', 'Coverage', 'acc', { target: 10, actual: 12, dueDate: '2027-03-01' }),
      node('m3', 'milestone', 'Renewal signed', 'acc', { target: 10, actual: null, dueDate: '2027-05-01' }),
      node('m4', 'milestone', 'Vague', 'acc', { target: null }),
      node('m5', 'milestone', 'Due today', 'acc', { target: 10, actual: 5, dueDate: '2027-03-12' }),
      node('d1', 'dependency', 'Legal review', 'acc', { scope: 'internal', area: 'legal' }),
      node('d2', 'dependency', 'Steel prices', 'acc', { scope: 'external', area: 'market' }),
      node('c1', 'competitor', 'ACME Rival', 'acc'),
    ],
    edges: [
      edge('e1', 'addresses', 'o1', 'n1'),
      edge('e2', 'achieves', 'a1', 'g2'),
      edge('e3', 'hasNeed', 's1', 'n2'),
      edge('e4', 'reportsTo', 's1', 's2'),
      edge('e5', 'reportsTo', 's3', 's2'),
      edge('e6', 'reportsTo', 's4', 's5'),
      edge('e7', 'reportsTo', 's5', 's4'),
      edge('e8', 'covers', 'tm', 's1', { strength: 'trusted-advisor' }),
      edge('e9', 'influences', 's3', 's1'),
      edge('e10', 'dependsOn', 'a3', 'd1'),
      edge('e11', 'measures', 'm1', 'g'),
      edge('e12', 'competesFor', 'c1', 'o1'),
    ],
  };
}
