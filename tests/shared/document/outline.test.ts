import { describe, expect, it } from 'vitest';
import { planOutline } from '../../../shared/document/outline.ts';
import { newId } from '../../../shared/ids.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { planStartNodes } from '../../../shared/templates/planTemplates.ts';
import { TODAY } from './fixtures.ts';
import { smallPlan } from './smallPlan.ts';

const internal = () => planOutline(smallPlan(), { edition: 'internal', today: TODAY });

describe('plan outline', () => {
  it('builds the goal build: a goal with sub-goals brings its build, a shortfall below shows at every level', () => {
    const { goals } = internal();
    expect(goals.goals.map((entry) => entry.node.id)).toEqual(['g']);
    const [top] = goals.goals;
    // Renewal (600) is built from one 200 sub-goal, so it brings 200; with Expansion's 300 the top goal builds 500.
    expect(top?.build).toBe(500);
    expect(top?.gap).toBe(500);
    expect(top?.share).toBeCloseTo((500 / 1200) * 100);
    const renewal = top?.components[0];
    expect(renewal?.node.id).toBe('g1');
    expect(renewal?.build).toBe(200);
    expect(renewal?.gap).toBe(400);
    expect(renewal?.components[0]?.build).toBeNull();
    expect(renewal?.components[0]?.gap).toBeNull();
    expect(top?.components[1]?.contribution).toBe(300);
    expect(goals.planBuild).toBe(500);
    expect(goals.planGap).toBe(700);
  });

  it('groups opportunities respond / shape / create with weighted values and the needs they address', () => {
    const groups = internal().goals.opportunityGroups;
    expect(groups.map((group) => group.type)).toEqual(['respond', 'shape', 'create']);
    expect(groups[0]?.entries[0]?.weighted).toBe(500);
    expect(groups[0]?.entries[0]?.addresses).toEqual(['Cheaper anvils']);
    expect(groups[1]?.entries).toEqual([]);
    expect(groups[2]?.entries[0]?.weighted).toBeNull();
    expect(groups[2]?.total).toBe(400);
  });

  it('splits actions by horizon, flags overdue ones and says what each serves', () => {
    const { actions } = internal();
    const soon = actions.horizons.find((horizon) => horizon.horizon === '90-days');
    // Same due date: outline order (siblings of equal order by id) decides.
    expect(soon?.actions.map((entry) => [entry.node.id, entry.overdue])).toEqual([
      ['a1', true],
      ['a2', false],
    ]);
    expect(soon?.actions[0]?.serves).toEqual(['Expansion', 'Anvil RFP']);
    expect(actions.horizons[1]?.actions.map((entry) => entry.node.id)).toEqual(['a3']);
    expect(actions.overdue).toBe(1);
  });

  it('judges milestones on the day: missed once past due, behind on the due date, on track further out', () => {
    const status = Object.fromEntries(internal().dashboard.milestones.map((entry) => [entry.node.id, entry.status]));
    expect(status).toEqual({ m1: 'missed', m2: 'achieved', m3: 'on-track', m4: 'no-target', m5: 'behind' });
    const { dashboard } = internal();
    expect(dashboard.actions).toEqual({ done: 1, total: 3, overdue: 1 });
    expect(dashboard.goalProgress.find((goal) => goal.name === 'Grow Acme')?.achieved).toBe(180);
  });

  it('orders needs by priority and lists who has them', () => {
    const { needs } = internal();
    expect(needs.needs.map((entry) => entry.node.label)).toEqual(['Faster delivery', 'Cheaper anvils']);
    expect(needs.needs[0]?.heldBy).toEqual(['Road Runner']);
  });

  it('draws the org chart under the top people, keeps reporting loops, and lists influence lines', () => {
    const { orgChart, influences, stakeholders } = internal().needs;
    expect(orgChart.map((entry) => [entry.node.label, entry.reports.map((report) => report.node.label)])).toEqual([
      ['Coyote', ['Road Runner', 'Bugs']],
      ['Daffy', ['Porky']],
    ]);
    expect(influences).toEqual([{ from: 'Bugs', to: 'Road Runner' }]);
    expect(stakeholders.find((entry) => entry.node.id === 's1')?.coveredBy).toEqual([{ name: 'Wile', strength: 'Trusted advisor' }]);
  });

  it('files the answers to the method template’s questions in the section their branch is named after', () => {
    const { account, plan } = smallPlan();
    const nodes = planStartNodes('method', 'Acme', newId);
    const answers: Record<string, string> = {
      'What do we do in the next 90 days?': 'Run the pilot in Rotterdam.',
      'Which milestones do we track, with targets and actuals?': 'Pilot live by June.',
    };
    const filled = nodes.map((node) => (answers[node.label] ? ({ ...node, data: { text: answers[node.label] } } as PlanNode) : node));
    const { notes } = planOutline({ account, plan, viewport: null, nodes: filled, edges: [] }, { edition: 'internal', today: TODAY });
    expect(notes.actions.map((note) => note.text)).toEqual(['Run the pilot in Rotterdam.']);
    expect(notes.dashboard.map((note) => note.text)).toEqual(['Pilot live by June.']);
    expect(notes.profile).toEqual([]);
  });

  it('puts topic notes in the section of their item, their group, or Profile; skips empty group topics', () => {
    const { notes } = internal();
    expect(notes.needs.map((note) => note.title)).toEqual(['How they buy', 'Anvil history']);
    expect(notes.needs[1]?.about).toBe('Cheaper anvils');
    expect(notes.profile.map((note) => note.title)).toEqual(['General remark']);
    expect(Object.values(notes).flat().map((note) => note.title)).not.toContain('Empty group');
  });

  it('groups internal commitments by function and lists what depends on them', () => {
    const { team } = internal();
    expect(team.internal).toEqual([{ area: 'Legal', entries: [expect.objectContaining({ neededFor: ['Board review'] })] }]);
    expect(team.external.map((entry) => entry.node.label)).toEqual(['Steel prices']);
  });
});
