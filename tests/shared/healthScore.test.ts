import { describe, expect, it } from 'vitest';
import { planHealthScore } from '../../shared/healthScore.ts';
import type { HealthRuleResult } from '../../shared/healthScore.ts';
import { HEALTH_WEIGHTS, overdueLoss } from '../../shared/healthWeights.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../../shared/model.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { edge, node, sampleDocument, TODAY } from './document/fixtures.ts';

const REVIEWED = `${TODAY}T09:00:00.000Z`;

/** A small plan that earns every point; each test breaks one rule. */
function healthyPlan(): { nodes: PlanNode[]; edges: PlanEdge[] } {
  return {
    nodes: [
      node('root', 'account', 'Acme', null),
      node('eb', 'stakeholder', 'Erin Buyer', 'root', { buyingRole: 'economic-buyer', lastContact: '2027-03-01', coverage: 'in-depth' }),
      node('co', 'stakeholder', 'Carl Coach', 'root', { buyingRole: 'coach', support: 'mentor', lastContact: '2027-02-20' }),
      node('tm', 'teamMember', 'Tia', 'root'),
      node('n1', 'need', 'Cut freight cost', 'root'),
      node('g1', 'goal', 'Renewal', 'root', { target: 1_000_000 }),
      node('a1', 'action', 'Exec briefing', 'g1', { owner: 'Tia', dueDate: '2027-04-01' }),
      node('a2', 'action', 'Pricing model', 'g1', { owner: 'Tia', dueDate: '2027-04-15' }),
    ],
    edges: [
      edge('c1', 'covers', 'tm', 'eb', { strength: 'trusted-advisor' }),
      edge('c2', 'covers', 'tm', 'co', { strength: 'problem-solver' }),
      edge('ad', 'addresses', 'g1', 'n1'),
    ],
  };
}

function documentOf(parts: { nodes: PlanNode[]; edges: PlanEdge[] }, growthTarget: number | null = null): PlanDocument {
  const sample = buildSamplePlan(TODAY);
  return { account: sample.account, plan: { ...sample.plan, growthTarget }, nodes: parts.nodes, edges: parts.edges, viewport: null };
}

function withChange(change: (plan: { nodes: PlanNode[]; edges: PlanEdge[] }) => void, growthTarget: number | null = null): PlanDocument {
  const parts = healthyPlan();
  change(parts);
  return documentOf(parts, growthTarget);
}

function setData(parts: { nodes: PlanNode[] }, id: string, data: Record<string, unknown>): void {
  const index = parts.nodes.findIndex((candidate) => candidate.id === id);
  parts.nodes[index] = { ...parts.nodes[index], data: { ...parts.nodes[index]!.data, ...data } } as PlanNode;
}

function ruleOf(document: PlanDocument, id: string, lastReviewAt: string | null = REVIEWED): HealthRuleResult {
  const found = planHealthScore(document, TODAY, { lastReviewAt }).parts.flatMap((part) => part.rules).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const scoreOf = (document: PlanDocument, lastReviewAt: string | null = REVIEWED) => planHealthScore(document, TODAY, { lastReviewAt }).score;

describe('plan health score', () => {
  it('gives a plan with nothing to fix 100, with four parts that add up', () => {
    const score = planHealthScore(documentOf(healthyPlan()), TODAY, { lastReviewAt: REVIEWED });
    expect(score.score).toBe(100);
    expect(score.parts.map((part) => [part.id, part.score, part.max])).toEqual([
      ['relationships', 35, 35],
      ['needs-goals', 25, 25],
      ['actions', 25, 25],
      ['freshness', 15, 15],
    ]);
    for (const entry of score.parts.flatMap((part) => part.rules)) expect(entry).toMatchObject({ gain: 0, findings: [] });
  });

  it('gives an empty plan nothing and says what to add', () => {
    const score = planHealthScore(documentOf({ nodes: [node('root', 'account', 'Acme', null)], edges: [] }), TODAY);
    expect(score.score).toBe(0);
    expect(ruleOf(documentOf({ nodes: [node('root', 'account', 'Acme', null)], edges: [] }), 'coach').explanation).toContain('No stakeholders yet');
  });

  it('economic buyer identified: 8 points, linked to "no-economic-buyer"', () => {
    const document = withChange((parts) => setData(parts, 'eb', { buyingRole: 'user-buyer' }));
    const result = ruleOf(document, 'economic-buyer-known');
    expect(result).toMatchObject({ earned: 0, points: 8, gain: 8, findings: ['no-economic-buyer'] });
    expect(ruleOf(document, 'economic-buyer-covered')).toMatchObject({ earned: 0, gain: 0 });
    expect(scoreOf(document)).toBe(100 - 8 - 7);
  });

  it('economic buyer met and covered: nothing when not met, 3 when covered below problem solver', () => {
    const unmet = withChange((parts) => {
      setData(parts, 'eb', { lastContact: null, coverage: 'unknown' });
      parts.edges = parts.edges.filter((candidate) => candidate.id !== 'c1');
    });
    expect(ruleOf(unmet, 'economic-buyer-covered')).toMatchObject({ earned: 0, gain: 7, findings: ['economic-buyer-not-met'], nodeIds: ['eb'] });
    const under = withChange((parts) => {
      parts.edges[0] = edge('c1', 'covers', 'tm', 'eb', { strength: 'vendor' });
    });
    expect(ruleOf(under, 'economic-buyer-covered')).toMatchObject({ earned: 3, gain: 4, findings: ['economic-buyer-under-covered'] });
  });

  it('a coach or champion: 8 points, linked to "no-coach"', () => {
    const document = withChange((parts) => setData(parts, 'co', { buyingRole: 'influencer' }));
    expect(ruleOf(document, 'coach')).toMatchObject({ earned: 0, gain: 8, findings: ['no-coach'] });
    expect(scoreOf(document)).toBe(92);
  });

  it('more than one thread: 6 points, linked to "single-threaded"', () => {
    const document = withChange((parts) => {
      parts.edges = parts.edges.filter((candidate) => candidate.id !== 'c2');
    });
    expect(ruleOf(document, 'multi-threaded')).toMatchObject({ earned: 0, gain: 6, findings: ['single-threaded'], nodeIds: ['eb'] });
  });

  it('uncovered detractors: 3 points each, at most 6', () => {
    const one = withChange((parts) => {
      parts.nodes.push(node('bl', 'stakeholder', 'Bo Blocker', 'root', { buyingRole: 'blocker', support: 'enemy', lastContact: '2027-03-01' }));
    });
    expect(ruleOf(one, 'detractors-covered')).toMatchObject({ earned: 3, gain: 3, findings: ['uncovered-opponent'], nodeIds: ['bl'] });
    const three = withChange((parts) => {
      parts.nodes.push(node('bl', 'stakeholder', 'Bo', 'root', { buyingRole: 'blocker', lastContact: '2027-03-01' }));
      parts.nodes.push(node('en', 'stakeholder', 'En', 'root', { support: 'enemy', buyingRole: 'user-buyer', lastContact: '2027-03-01' }));
      parts.nodes.push(node('dt', 'stakeholder', 'Di', 'root', { support: 'non-supporter', influence: 'high', buyingRole: 'user-buyer', lastContact: '2027-03-01' }));
    });
    // Three uncovered cost 9 but the rule is worth 6: covering one of them does not raise the score yet.
    expect(ruleOf(three, 'detractors-covered')).toMatchObject({ earned: 0, gain: 0, findings: ['uncovered-opponent', 'uncovered-detractor'] });
  });

  it('needs addressed: 4 points per unaddressed need', () => {
    const document = withChange((parts) => {
      parts.nodes.push(node('n2', 'need', 'Faster customs', 'root'));
    });
    expect(ruleOf(document, 'needs-addressed')).toMatchObject({ earned: 9, gain: 4, findings: ['unaddressed-need'], nodeIds: ['n2'] });
    expect(scoreOf(document)).toBe(96);
  });

  it('goal build adds up: 6 points per goal build that does not', () => {
    const document = withChange(() => undefined, 2_500_000);
    expect(ruleOf(document, 'goal-build')).toMatchObject({ earned: 6, gain: 6, findings: ['goal-build-gap'], nodeIds: ['g1'] });
  });

  it('actions owned and dated: 2 points per open action without owner or due date; done actions do not count', () => {
    const document = withChange((parts) => {
      parts.nodes.push(node('a3', 'action', 'Workshop', 'g1', { owner: '', dueDate: '2027-05-01' }));
      parts.nodes.push(node('a4', 'action', 'Demo', 'g1', { owner: 'Tia', dueDate: null }));
      parts.nodes.push(node('a5', 'action', 'Old call', 'g1', { owner: '', dueDate: null, status: 'done' }));
    });
    expect(ruleOf(document, 'owned-and-dated')).toMatchObject({ earned: 6, gain: 2, nodeIds: ['a3', 'a4'] });
  });

  it('nothing overdue: each overdue action costs more the longer it is overdue (2, 4, 6)', () => {
    expect([overdueLoss(1), overdueLoss(7), overdueLoss(8), overdueLoss(30), overdueLoss(31), overdueLoss(400)]).toEqual([2, 2, 4, 4, 6, 6]);
    const document = withChange((parts) => {
      setData(parts, 'a1', { dueDate: '2027-03-10' });
      setData(parts, 'a2', { dueDate: '2027-01-01' });
    });
    expect(ruleOf(document, 'nothing-overdue')).toMatchObject({ earned: 15 - 2 - 6, gain: 6, findings: ['overdue-action'], nodeIds: ['a2', 'a1'] });
  });

  it('contacts touched in 90 days: 3 points per stale stakeholder', () => {
    const document = withChange((parts) => setData(parts, 'co', { lastContact: '2026-11-01' }));
    expect(ruleOf(document, 'contacts-touched')).toMatchObject({ earned: 6, gain: 3, findings: ['stale-contact'], nodeIds: ['co'] });
  });

  it('reviewed in the last 90 days: 6 points, none without a review or after 90 days', () => {
    const document = documentOf(healthyPlan());
    expect(ruleOf(document, 'recent-review', null)).toMatchObject({ earned: 0, gain: 6 });
    expect(ruleOf(document, 'recent-review', '2026-12-12T10:00:00.000Z')).toMatchObject({ earned: 6 });
    expect(ruleOf(document, 'recent-review', '2026-12-11T10:00:00.000Z')).toMatchObject({ earned: 0 });
  });

  it('explains the sample plan part by part, and fixing one finding raises it by the stated gain', () => {
    const sample = sampleDocument();
    const score = planHealthScore(sample, TODAY);
    expect(score.parts.reduce((sum, part) => sum + part.score, 0)).toBe(score.score);
    const overdue = score.parts.flatMap((part) => part.rules).find((candidate) => candidate.id === 'nothing-overdue')!;
    const costliest = overdue.nodeIds[0]!;
    expect(overdue.gain).toBeGreaterThan(0);
    const fixed = { ...sample, nodes: sample.nodes.map((candidate) => (candidate.id === costliest ? ({ ...candidate, data: { ...candidate.data, status: 'done' } } as PlanNode) : candidate)) };
    expect(planHealthScore(fixed, TODAY).score).toBe(score.score + overdue.gain);
  });
});

describe('health weights', () => {
  it('add up to 100 over the four parts', () => {
    const r = HEALTH_WEIGHTS.relationships;
    const n = HEALTH_WEIGHTS.needsGoals;
    const a = HEALTH_WEIGHTS.actions;
    const f = HEALTH_WEIGHTS.freshness;
    expect(r.economicBuyerKnown + r.economicBuyerCovered + r.coach + r.multiThreaded + r.detractorsCovered + n.needsAddressed + n.goalBuild + a.ownedAndDated + a.nothingOverdue + f.contactsTouched + f.recentReview).toBe(100);
  });
});
