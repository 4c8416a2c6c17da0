import type { PlanEdge, PlanNodeOf } from '../../model.ts';
import { edgeKindOf } from '../../edges.ts';
import { kinds } from '../../kinds/index.ts';
import { optionLabel } from '../../kinds/fields.ts';
import type { CoverageLink, NeedsOutline, OrgChartEntry } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';
import { isStaleContact } from '../../rules/contacts.ts';

/** Section 2: needs by priority, stakeholders (stale contacts flagged), our team's coverage and the org chart. */
export function needsOutline(index: PlanIndex, today: string): NeedsOutline {
  const priorityField = kinds.need.field('priority');
  const priorities = priorityField?.type === 'select' ? priorityField.options.map((option) => option.value) : [];
  const priorityRank = (value: string) => {
    const at = priorities.indexOf(value);
    return at < 0 ? priorities.length : at;
  };
  const needs = index
    .ofKind('need')
    .map((node) => ({
      node,
      heldBy: index.labels(index.incoming(node.id, 'hasNeed').map((edge) => edge.source)),
      addressedBy: index.labels(index.incoming(node.id, 'addresses').map((edge) => edge.source)),
    }))
    .sort((a, b) => priorityRank(a.node.data.priority) - priorityRank(b.node.data.priority));

  const link = (edge: PlanEdge, end: 'source' | 'target'): CoverageLink => ({
    name: index.node(edge[end])?.label ?? '',
    strength: strengthOf(edge),
  });
  return {
    needs,
    stakeholders: index.ofKind('stakeholder').map((node) => ({
      node,
      coveredBy: index.incoming(node.id, 'covers').map((edge) => link(edge, 'source')),
      staleContact: isStaleContact(node.data.lastContact, today),
    })),
    coverage: index.ofKind('teamMember').map((member) => ({
      member,
      covers: index.outgoing(member.id, 'covers').map((edge) => link(edge, 'target')),
    })),
    orgChart: orgChart(index),
    influences: index.ofKind('stakeholder').flatMap((node) =>
      index.outgoing(node.id, 'influences').map((edge) => ({
        from: node.label,
        to: index.node(edge.target)?.label ?? '',
      })),
    ),
  };
}

function strengthOf(edge: PlanEdge): string | null {
  const value = edge.data.strength;
  if (typeof value !== 'string' || value === 'unknown') return null;
  return optionLabel(edgeKindOf('covers').fields.find((field) => field.key === 'strength'), value);
}

function orgChart(index: PlanIndex): OrgChartEntry[] {
  const people = index.ofKind('stakeholder');
  const managerOf = new Map<string, string>();
  const inChart = new Set<string>();
  for (const person of people) {
    for (const edge of index.outgoing(person.id, 'reportsTo')) {
      if (index.node(edge.target)?.kind !== 'stakeholder' || edge.target === person.id) continue;
      if (!managerOf.has(person.id)) managerOf.set(person.id, edge.target);
      inChart.add(person.id).add(edge.target);
    }
  }
  const reportsOf = new Map<string, PlanNodeOf<'stakeholder'>[]>();
  for (const person of people) {
    const manager = managerOf.get(person.id);
    if (manager === undefined) continue;
    const list = reportsOf.get(manager);
    if (list) list.push(person);
    else reportsOf.set(manager, [person]);
  }
  const placed = new Set<string>();
  // Each chart is built with a work list rather than recursion, so a reporting line of any length is fine.
  const entry = (top: PlanNodeOf<'stakeholder'>): OrgChartEntry => {
    const root: OrgChartEntry = { node: top, reports: [] };
    placed.add(top.id);
    const work = [root];
    while (work.length > 0) {
      const current = work.pop()!;
      for (const report of reportsOf.get(current.node.id) ?? []) {
        if (placed.has(report.id)) continue;
        placed.add(report.id);
        const child: OrgChartEntry = { node: report, reports: [] };
        current.reports.push(child);
        work.push(child);
      }
    }
    return root;
  };
  const chart = people.filter((person) => inChart.has(person.id) && !managerOf.has(person.id)).map(entry);
  // People in a reporting loop have no top person; start the loop at its first person in outline order.
  for (const person of people) if (inChart.has(person.id) && !placed.has(person.id)) chart.push(entry(person));
  return chart;
}
