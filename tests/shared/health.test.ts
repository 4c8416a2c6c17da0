import { describe, expect, it } from 'vitest';
import { planHealth } from '../../shared/health.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../../shared/model.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { edge, node } from './document/fixtures.ts';

const TODAY = '2026-11-22';

function plan(nodes: PlanNode[], edges: PlanEdge[] = [], growthTarget: number | null = null): PlanDocument {
  const sample = buildSamplePlan(TODAY);
  return { account: sample.account, plan: { ...sample.plan, growthTarget }, nodes: [node('root', 'account', 'Acme', null), ...nodes], edges, viewport: null };
}

const checksOf = (document: PlanDocument) => planHealth(document, TODAY).map((finding) => finding.check);

describe('plan health', () => {
  it('flags a buying centre without economic buyer or coach, single-threaded, with an uncovered blocker', () => {
    const findings = planHealth(
      plan(
        [
          node('s1', 'stakeholder', 'Ann', 'root', { buyingRole: 'user-buyer', influence: 'high' }),
          node('s2', 'stakeholder', 'Bob', 'root', { buyingRole: 'blocker', support: 'enemy' }),
          node('t1', 'teamMember', 'Tia', 'root'),
        ],
        [edge('c1', 'covers', 't1', 's1')],
      ),
      TODAY,
    );
    expect(findings.map((finding) => finding.check)).toEqual([
      'no-economic-buyer',
      'no-coach',
      'uncovered-opponent',
      'single-threaded',
      'unknown-key-person',
    ]);
    expect(findings.find((finding) => finding.check === 'single-threaded')?.message).toContain('hangs on Ann');
    expect(findings.find((finding) => finding.check === 'uncovered-opponent')?.nodeIds).toEqual(['s2']);
  });

  it('flags unaddressed needs, goals with fewer than two committed actions, overdue actions and a goal build that does not add up', () => {
    const document = plan(
      [
        node('n1', 'need', 'Cut freight cost', 'root'),
        node('n2', 'need', 'Faster customs', 'root'),
        node('g0', 'goal', 'Grow 2.0M', 'root', { target: 2_000_000 }),
        node('g1', 'goal', 'Renewal', 'g0', { target: 1_200_000 }),
        node('g2', 'goal', 'EMEA', 'g0', { target: 500_000 }),
        node('a1', 'action', 'Exec briefing', 'g1', { owner: 'Tia', dueDate: '2026-11-01', status: 'in-progress' }),
        node('a2', 'action', 'Pricing model', 'g1', { owner: 'Raj', dueDate: '2026-12-15' }),
        node('a3', 'action', 'EMEA workshop', 'root', { owner: '', dueDate: '2027-01-10' }),
      ],
      [edge('ad', 'addresses', 'g1', 'n1'), edge('ac', 'achieves', 'a3', 'g2')],
      2_500_000,
    );
    const findings = planHealth(document, TODAY);
    expect(findings.map((finding) => finding.check).sort()).toEqual(
      ['goal-build-gap', 'goal-build-gap', 'goal-without-actions', 'overdue-action', 'unaddressed-need'].sort(),
    );
    expect(findings.find((finding) => finding.check === 'goal-without-actions')?.nodeIds).toEqual(['g2']);
    expect(findings.find((finding) => finding.check === 'unaddressed-need')?.nodeIds).toEqual(['n2']);
    expect(findings.filter((finding) => finding.check === 'goal-build-gap').map((finding) => finding.message)).toEqual([
      'The goal build of "Grow 2.0M" adds up to 1,700,000, 300,000 short of its target of 2,000,000.',
      "The goals add up to 1,700,000, 800,000 short of the plan's growth target of 2,500,000.",
    ]);
  });

  it('flags contacts not touched in 90 days and missed milestones, not one due next year', () => {
    const document = plan([
      node('s1', 'stakeholder', 'Ann', 'root', { buyingRole: 'economic-buyer', lastContact: '2026-08-01', coverage: 'in-depth' }),
      node('s2', 'stakeholder', 'Cy', 'root', { buyingRole: 'coach', lastContact: '2026-11-01' }),
      node('m1', 'milestone', 'Pilot sites live', 'root', { target: 5, actual: 3, dueDate: '2026-10-31' }),
      node('m2', 'milestone', 'Renewal signed', 'root', { target: 1, actual: 0, dueDate: '2027-03-01' }),
    ]);
    expect(checksOf(document)).toEqual(['single-threaded', 'milestone-missed', 'stale-contact']);
    expect(planHealth(document, TODAY).find((finding) => finding.check === 'milestone-missed')?.message).toBe(
      'Milestone missed: "Pilot sites live" was due 2026-10-31 and stands at 3 of 5.',
    );
  });

  it('finds the deliberate gaps of the sample plan and no structural ones', () => {
    const sample = buildSamplePlan(TODAY);
    const checks = checksOf({ ...sample, viewport: null });
    expect(checks).toContain('overdue-action');
    expect(checks).toContain('milestone-missed');
    for (const structural of ['no-economic-buyer', 'no-coach', 'single-threaded', 'goal-build-gap']) expect(checks).not.toContain(structural);
  });
});

describe('plan health: stakeholder mapping', () => {
  it('flags a high-influence detractor nobody covers, an economic buyer covered below problem solver, and placeholders', () => {
    const findings = planHealth(
      plan(
        [
          node('eb', 'stakeholder', 'Dana', 'root', { buyingRole: 'economic-buyer', support: 'supporter', influence: 'high', lastContact: '2026-11-01' }),
          node('d1', 'stakeholder', 'Tom', 'root', { buyingRole: 'technical-buyer', support: 'non-supporter', influence: 'high' }),
          node('d2', 'stakeholder', 'Ivo', 'root', { buyingRole: 'user-buyer', support: 'non-supporter', influence: 'high' }),
          node('d3', 'stakeholder', 'Kai', 'root', { buyingRole: 'user-buyer', support: 'non-supporter', influence: 'medium' }),
          node('c1', 'stakeholder', 'Ravi', 'root', { buyingRole: 'coach', support: 'mentor', influence: 'low' }),
          node('p1', 'stakeholder', 'Unknown — Head of IT', 'root', { placeholder: true }),
          node('t1', 'teamMember', 'Maya', 'root'),
          node('t2', 'teamMember', 'Luis', 'root'),
        ],
        [
          edge('c1', 'covers', 't1', 'eb', { strength: 'credible-source' }),
          edge('c2', 'covers', 't2', 'eb', { strength: 'vendor' }),
          edge('c3', 'covers', 't2', 'd2', { strength: 'vendor' }),
          edge('c4', 'covers', 't1', 'c1', { strength: 'trusted-advisor' }),
        ],
      ),
      TODAY,
    );
    const of = (check: string) => findings.filter((finding) => finding.check === check);
    expect(of('uncovered-detractor').map((finding) => finding.nodeIds)).toEqual([['d1']]);
    expect(of('uncovered-detractor')[0]!.message).toBe('Tom has high influence and negative support, and nobody on our team covers them.');
    expect(of('economic-buyer-under-covered').map((finding) => finding.message)).toEqual([
      'The economic buyer Dana is covered only as credible source: aim for problem solver or better.',
    ]);
    expect(of('placeholder-stakeholder').map((finding) => finding.nodeIds)).toEqual([['p1']]);
  });

  it('is content once the economic buyer is covered as problem solver and nobody is a placeholder', () => {
    const checks = checksOf(
      plan(
        [
          node('eb', 'stakeholder', 'Dana', 'root', { buyingRole: 'economic-buyer', support: 'supporter', influence: 'high' }),
          node('t1', 'teamMember', 'Maya', 'root'),
        ],
        [edge('c1', 'covers', 't1', 'eb', { strength: 'problem-solver' })],
      ),
    );
    expect(checks).not.toContain('economic-buyer-under-covered');
    expect(checks).not.toContain('placeholder-stakeholder');
    expect(checks).not.toContain('uncovered-detractor');
  });
});
