import { OPPORTUNITY_TYPE_OPTIONS } from '../../kinds/opportunity.ts';
import type { PlanNodeOf } from '../../model.ts';
import type { GoalBuildEntry, GoalsOutline, OpportunityEntry } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';
import { depthFirst } from '../walk.ts';

const OPPORTUNITY_DESCRIPTIONS: Record<(typeof OPPORTUNITY_TYPE_OPTIONS)[number]['value'], string> = {
  respond: 'The customer asks (an RFP, a request) and we answer.',
  shape: 'The customer is working on a problem and we help shape the solution.',
  create: 'We bring a fresh idea the customer had not considered.',
};

/** Section 3: the goal build (goals with their component goals, rolled up) and opportunities by type. */
export function goalsOutline(index: PlanIndex): GoalsOutline {
  const growthTarget = index.document.plan.growthTarget;
  const goals = index.ofKind('goal');
  const parentGoal = new Map(
    goals.map((goal) => [goal.id, index.ancestor(goal.id, (node) => node.kind === 'goal')?.id ?? null] as const),
  );
  const addresses = (id: string) => index.labels(index.outgoing(id, 'addresses').map((edge) => edge.target));
  const componentsOf = new Map<string | null, PlanNodeOf<'goal'>[]>();
  for (const goal of goals) {
    const parent = parentGoal.get(goal.id) ?? null;
    const list = componentsOf.get(parent);
    if (list) list.push(goal);
    else componentsOf.set(parent, [goal]);
  }
  const entry = (goal: PlanNodeOf<'goal'>, components: GoalBuildEntry[]): GoalBuildEntry => {
    const rolledUp =
      components.length > 0
        ? components.reduce((sum, component) => sum + (component.target ?? 0), 0)
        : (goal.data.target ?? 0);
    const target = goal.data.target ?? (components.length > 0 ? rolledUp : null);
    return {
      node: goal,
      target,
      rolledUp,
      share: growthTarget && target !== null ? (target / growthTarget) * 100 : null,
      gap: components.length > 0 && goal.data.target !== null ? goal.data.target - rolledUp : null,
      addresses: addresses(goal.id),
      components,
    };
  };
  // Built from the deepest goals up (reverse depth-first order), so a goal build of any depth is fine.
  const order = depthFirst(componentsOf.get(null) ?? [], (goal) => componentsOf.get(goal.id) ?? []);
  const built = new Map<string, GoalBuildEntry>();
  for (let at = order.length - 1; at >= 0; at -= 1) {
    const goal = order[at]!.item;
    const components = (componentsOf.get(goal.id) ?? []).flatMap((component) => built.get(component.id) ?? []);
    built.set(goal.id, entry(goal, components));
  }
  const top = (componentsOf.get(null) ?? []).map((goal) => built.get(goal.id)!);
  const goalBuildTotal = top.reduce((sum, entry) => sum + (entry.target ?? 0), 0);

  const opportunities = index.ofKind('opportunity').map(
    (node): OpportunityEntry => ({
      node,
      weighted:
        node.data.value !== null && node.data.probability !== null
          ? (node.data.value * node.data.probability) / 100
          : null,
      addresses: addresses(node.id),
    }),
  );
  return {
    growthTarget,
    goals: top,
    goalBuildTotal,
    growthGap: growthTarget === null ? null : growthTarget - goalBuildTotal,
    opportunityGroups: OPPORTUNITY_TYPE_OPTIONS.map((option) => {
      const entries = opportunities.filter((entry) => entry.node.data.type === option.value);
      return {
        type: option.value,
        title: option.label,
        description: OPPORTUNITY_DESCRIPTIONS[option.value],
        entries,
        total: entries.reduce((sum, entry) => sum + (entry.node.data.value ?? 0), 0),
        weightedTotal: entries.reduce((sum, entry) => sum + (entry.weighted ?? 0), 0),
      };
    }),
  };
}
