import { describe, expect, it } from 'vitest';
import { canConnect } from '../../shared/edges.ts';
import type { EdgeKind } from '../../shared/edges.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import { boxesOverlap, layoutMindMap } from '../../shared/layout.ts';
import { edgeRecordSchema, nodeRecordSchema, nodesOfKind } from '../../shared/model.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import { planFileSchema } from '../../shared/planFile.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { addDays, daysBetween } from '../../shared/sample/dates.ts';

const TODAY = '2026-03-15';

function counter(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

const file = buildSamplePlan(TODAY, { newId: counter() });
const byId = new Map(file.nodes.map((node) => [node.id, node] as const));
const of = <K extends NodeKind>(kind: K) => nodesOfKind(file.nodes, kind);
const edgesOf = (kind: EdgeKind) => file.edges.filter((edge) => edge.kind === kind);
const outgoing = (node: PlanNode, kind: EdgeKind) => edgesOf(kind).filter((edge) => edge.source === node.id);
const incoming = (node: PlanNode, kind: EdgeKind) => edgesOf(kind).filter((edge) => edge.target === node.id);
const target = (edge: PlanEdge) => byId.get(edge.target)!;

describe('the sample plan', () => {
  it('passes the plan file schema, and every node and relation passes its record schema unchanged', () => {
    const parsed = planFileSchema.safeParse(file);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data).toEqual(file);
    for (const node of file.nodes) expect(nodeRecordSchema.parse(node)).toEqual(node);
    for (const edge of file.edges) expect(edgeRecordSchema.parse(edge)).toEqual(edge);
  });

  it('allows every relation between its kinds, between existing distinct nodes, without duplicates', () => {
    const seen = new Set<string>();
    for (const edge of file.edges) {
      const source = byId.get(edge.source);
      const end = byId.get(edge.target);
      expect(source && end, edge.id).toBeTruthy();
      expect(edge.source).not.toBe(edge.target);
      expect(canConnect(edge.kind, source!.kind, end!.kind), `${edge.kind} ${source!.kind}→${end!.kind}`).toBe(true);
      const key = `${edge.kind}:${edge.source}:${edge.target}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect(new Set([...file.nodes, ...file.edges].map((item) => item.id)).size).toBe(file.nodes.length + file.edges.length);
  });

  it('is one tree rooted at the account, with sibling orders 0, 1, 2 …', () => {
    const roots = file.nodes.filter((node) => node.parentId === null);
    expect(roots.map((node) => [node.kind, node.label])).toEqual([['account', file.account.name]]);
    const siblings = new Map<string, number[]>();
    for (const node of file.nodes) {
      if (node.parentId === null) continue;
      expect(byId.has(node.parentId), node.label).toBe(true);
      siblings.set(node.parentId, [...(siblings.get(node.parentId) ?? []), node.order]);
      let steps = 0;
      for (let current: PlanNode | undefined = node; current?.parentId; current = byId.get(current.parentId)) steps += 1;
      expect(steps).toBeLessThan(file.nodes.length);
    }
    for (const orders of siblings.values()) expect(orders).toEqual(orders.map((_, index) => index));
  });

  it('describes a strategic account and a plan whose dates hang on today', () => {
    const { account, plan } = file;
    expect(account.tier).toBe('strategic');
    expect(account.tierCriteria.length).toBeGreaterThanOrEqual(2);
    expect(account.industry).not.toBe('');
    expect(account.revenue).toBeGreaterThan(0);
    expect(of('teamMember').map((member) => member.label)).toContain(account.accountManager);
    expect(daysBetween(TODAY, account.renewalDate!)).toBeGreaterThanOrEqual(118);
    expect(daysBetween(TODAY, account.renewalDate!)).toBeLessThanOrEqual(124);
    expect(plan.title).toContain(account.name);
    expect(plan.accountId).toBe(account.id);
    expect(plan.growthTarget).toBe(2_000_000);
    expect(plan.periodStart! <= TODAY && TODAY <= plan.periodEnd!).toBe(true);
    for (const stamp of [account.createdAt, account.updatedAt, plan.createdAt, plan.updatedAt]) expect(stamp).toBe(`${TODAY}T09:00:00.000Z`);
  });

  it('has at least 8 stakeholders across the buying roles, in an org chart with influence lines', () => {
    const people = of('stakeholder');
    expect(people.length).toBeGreaterThanOrEqual(8);
    const roles = new Set(people.map((person) => person.data.buyingRole));
    for (const role of ['economic-buyer', 'technical-buyer', 'user-buyer', 'gatekeeper', 'influencer', 'blocker'] as const) {
      expect(roles.has(role), role).toBe(true);
    }
    expect(roles.has('coach') || roles.has('champion')).toBe(true);
    for (const person of people) {
      expect(person.data.title).not.toBe('');
      expect(person.data.support).not.toBe('unknown');
      expect(person.data.influence).not.toBe('unknown');
      expect(person.data.relationship).not.toBe('unknown');
      expect(person.data.lastContact! < TODAY).toBe(true);
    }
    const managed = people.filter((person) => outgoing(person, 'reportsTo').length === 1);
    expect(managed.length).toBe(people.length - 1);
    expect(edgesOf('influences').length).toBeGreaterThanOrEqual(1);
  });

  it('covers stakeholders from at least four team members in different functions', () => {
    const covering = of('teamMember').filter((member) => outgoing(member, 'covers').length > 0);
    expect(covering.length).toBeGreaterThanOrEqual(4);
    expect(new Set(covering.map((member) => member.data.function)).size).toBeGreaterThanOrEqual(4);
    for (const edge of edgesOf('covers')) expect(edge.data.strength).not.toBe('unknown');
    const blocker = of('stakeholder').find((person) => person.data.buyingRole === 'blocker')!;
    expect(incoming(blocker, 'covers').length).toBeGreaterThan(0);
  });

  it('has 4–5 needs held by stakeholders, each with priority, category, ROI measure and a confirmed flag', () => {
    const needs = of('need');
    expect(needs.length).toBeGreaterThanOrEqual(4);
    expect(needs.length).toBeLessThanOrEqual(5);
    for (const need of needs) {
      expect(incoming(need, 'hasNeed').length, need.label).toBeGreaterThan(0);
      expect(need.data.roiMeasure).not.toBe('');
      expect(incoming(need, 'addresses').length, need.label).toBeGreaterThan(0);
    }
    expect(new Set(needs.map((need) => need.data.confirmed))).toEqual(new Set([true, false]));
    expect(new Set(needs.map((need) => need.data.category)).size).toBeGreaterThanOrEqual(3);
  });

  it('has a goal build whose components add up exactly to the growth target, each goal addressing a need', () => {
    const goals = of('goal');
    const top = goals.filter((goal) => byId.get(goal.parentId!)?.kind !== 'goal');
    expect(top).toHaveLength(1);
    expect(top[0]!.data.target).toBe(file.plan.growthTarget);
    const components = goals.filter((goal) => goal.parentId === top[0]!.id);
    expect(components.length).toBeGreaterThanOrEqual(3);
    expect(components.reduce((sum, goal) => sum + goal.data.target!, 0)).toBe(file.plan.growthTarget);
    for (const goal of goals) expect(outgoing(goal, 'addresses').length, goal.label).toBeGreaterThan(0);
  });

  it('has opportunities of all three types, each valued, staged, dated and addressing a need', () => {
    const opportunities = of('opportunity');
    expect(new Set(opportunities.map((opportunity) => opportunity.data.type))).toEqual(new Set(['respond', 'shape', 'create']));
    for (const opportunity of opportunities) {
      expect(opportunity.data.value).toBeGreaterThan(0);
      expect(opportunity.data.closeDate! > TODAY).toBe(true);
      expect(opportunity.data.probability).toBeGreaterThan(0);
      expect(outgoing(opportunity, 'addresses').length).toBeGreaterThan(0);
      expect(['goal', 'opportunity']).toContain(byId.get(opportunity.parentId!)!.kind);
    }
  });

  it('has at least 10 owned, dated actions over both horizons, one overdue, each achieving a goal or opportunity', () => {
    const actions = of('action');
    const team = new Set(of('teamMember').map((member) => member.label));
    expect(actions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(actions.map((action) => action.data.horizon))).toEqual(new Set(['90-days', '12-months']));
    for (const action of actions) {
      expect(team.has(action.data.owner), action.data.owner).toBe(true);
      const dueIn = daysBetween(TODAY, action.data.dueDate!);
      expect(action.data.horizon).toBe(dueIn <= 90 ? '90-days' : '12-months');
      const achieves = outgoing(action, 'achieves');
      expect(achieves.length, action.label).toBeGreaterThan(0);
      expect(achieves.map((edge) => edge.target)).toContain(action.parentId);
    }
    const overdue = actions.filter((action) => action.data.dueDate! < TODAY && action.data.status !== 'done');
    expect(overdue).toHaveLength(1);
    expect(new Set(actions.map((action) => action.data.status)).size).toBeGreaterThanOrEqual(3);
    for (const goal of of('goal')) expect(incoming(goal, 'achieves').length, goal.label).toBeGreaterThanOrEqual(2);
  });

  it('has an incumbent and a challenger competing for opportunities', () => {
    const competitors = of('competitor');
    expect(competitors.map((competitor) => competitor.data.position).sort()).toEqual(['challenger', 'incumbent']);
    for (const competitor of competitors) {
      expect(competitor.data.strengths).not.toBe('');
      expect(competitor.data.weaknesses).not.toBe('');
      expect(competitor.internal).toBe(true);
      expect(outgoing(competitor, 'competesFor').some((edge) => target(edge).kind === 'opportunity')).toBe(true);
    }
  });

  it('has a SWOT with at least two entries per quadrant', () => {
    const quadrants = of('swot').map((entry) => entry.data.quadrant);
    for (const quadrant of ['strength', 'weakness', 'opportunity', 'threat'] as const) {
      expect(quadrants.filter((value) => value === quadrant).length, quadrant).toBeGreaterThanOrEqual(2);
    }
  });

  it('has internal and external dependencies that actions or goals depend on', () => {
    const dependencies = of('dependency');
    const areas = (scope: string) => new Set(dependencies.filter((d) => d.data.scope === scope).map((d) => d.data.area));
    for (const area of ['delivery', 'legal', 'finance'] as const) expect(areas('internal').has(area), area).toBe(true);
    for (const area of ['market', 'political'] as const) expect(areas('external').has(area), area).toBe(true);
    for (const dependency of dependencies) {
      const dependents = incoming(dependency, 'dependsOn').map((edge) => byId.get(edge.source)!.kind);
      expect(dependents.length, dependency.label).toBeGreaterThan(0);
      for (const kind of dependents) expect(['action', 'goal']).toContain(kind);
    }
  });

  it('has 3–4 milestones measuring goals, with targets, actuals and one behind', () => {
    const milestones = of('milestone');
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    expect(milestones.length).toBeLessThanOrEqual(4);
    for (const milestone of milestones) {
      expect(milestone.data.target).not.toBeNull();
      expect(outgoing(milestone, 'measures').map((edge) => target(edge).kind)).toEqual(['goal']);
    }
    const behind = milestones.filter((m) => m.data.dueDate! < TODAY && m.data.actual !== null && m.data.actual < m.data.target!);
    expect(behind).toHaveLength(1);
    expect(milestones.filter((m) => m.data.actual !== null && m.data.actual >= m.data.target!).length).toBeGreaterThan(0);
  });

  it('keeps group topics as pure branches and has free-text notes', () => {
    const topics = of('topic');
    const hasChildren = (node: PlanNode) => file.nodes.some((child) => child.parentId === node.id);
    const groups = topics.filter(hasChildren);
    const notes = topics.filter((topic) => !hasChildren(topic));
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const group of groups) expect(group.data.text, group.label).toBe('');
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) expect(note.data.text.length, note.label).toBeGreaterThan(40);
  });

  it('is laid out as a mind map with no overlapping nodes', () => {
    const positions = layoutMindMap(file.nodes);
    expect(file.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    for (const node of file.nodes) expect(node.position).toEqual(positions.get(node.id));
    for (let i = 0; i < file.nodes.length; i += 1) {
      for (let j = i + 1; j < file.nodes.length; j += 1) {
        const [a, b] = [file.nodes[i]!, file.nodes[j]!];
        expect(boxesOverlap(a.position, b.position), `${a.label} / ${b.label}`).toBe(false);
      }
    }
    expect(file.nodes.some((node) => node.position.x < 0)).toBe(true);
    expect(file.nodes.some((node) => node.position.x > 0)).toBe(true);
  });

  it('is the same for the same day apart from ids, and valid on awkward days', () => {
    const again = buildSamplePlan(TODAY, { newId: counter() });
    expect(again).toEqual(file);
    const random = buildSamplePlan(TODAY);
    const byLabel = (plan: typeof file) => plan.nodes.map(({ id: _id, parentId: _parent, ...rest }) => rest);
    expect(byLabel(random)).toEqual(byLabel(file));
    expect(random.account.id).not.toBe(file.account.id);
    for (const day of ['2028-02-29', '2025-12-31', '2027-10-31', addDays('2030-01-01', -1)]) {
      const other = buildSamplePlan(day);
      expect(planFileSchema.safeParse(other).success, day).toBe(true);
      expect(of('action').length).toBe(other.nodes.filter((node) => node.kind === 'action').length);
      const overdue = nodesOfKind(other.nodes, 'action').filter((a) => a.data.dueDate! < day && a.data.status !== 'done');
      expect(overdue, day).toHaveLength(1);
    }
  });
});
