import { OPPORTUNITY_TYPE_OPTIONS } from '../../kinds/opportunity.ts';
import { goalBuild } from '../../rules/goalBuild.ts';
import type { GoalBuildEntry, GoalsOutline, OpportunityEntry } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

const OPPORTUNITY_DESCRIPTIONS: Record<(typeof OPPORTUNITY_TYPE_OPTIONS)[number]['value'], string> = {
  respond: 'The customer asks (an RFP, a request) and we answer.',
  shape: 'The customer is working on a problem and we help shape the solution.',
  create: 'We bring a fresh idea the customer had not considered.',
};

/** Section 3: the goal build (goals with their sub-goals, from the one goal-build rule) and opportunities by type. */
export function goalsOutline(index: PlanIndex): GoalsOutline {
  const growthTarget = index.document.plan.growthTarget;
  const addresses = (id: string) => index.labels(index.outgoing(id, 'addresses').map((edge) => edge.target));
  const { goals: figures, plan } = goalBuild(index.tree, growthTarget);
  const entries = new Map<string, GoalBuildEntry>();
  for (const goal of index.ofKind('goal')) {
    const figure = figures.get(goal.id)!;
    entries.set(goal.id, {
      node: goal,
      target: figure.target,
      build: figure.build,
      contribution: figure.contribution,
      share: growthTarget ? (figure.contribution / growthTarget) * 100 : null,
      gap: figure.gap,
      achieved: figure.achieved,
      addresses: addresses(goal.id),
      components: [],
    });
  }
  for (const [id, figure] of figures) entries.get(id)!.components = figure.subGoalIds.map((subId) => entries.get(subId)!);
  const top = plan.topGoalIds.map((id) => entries.get(id)!);

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
    planBuild: plan.build,
    planGap: plan.gap,
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

/** Goal-build entries in reading order, each with its depth under the top goals (iterative: any depth). */
export function flattenGoals(entries: readonly GoalBuildEntry[]): { entry: GoalBuildEntry; depth: number }[] {
  const out: { entry: GoalBuildEntry; depth: number }[] = [];
  const stack = [...entries].reverse().map((entry) => ({ entry, depth: 0 }));
  while (stack.length > 0) {
    const item = stack.pop()!;
    out.push(item);
    for (let at = item.entry.components.length - 1; at >= 0; at -= 1) stack.push({ entry: item.entry.components[at]!, depth: item.depth + 1 });
  }
  return out;
}
