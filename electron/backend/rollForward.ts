import { AtlasError } from '../../shared/errors.ts';
import type { PlanDocument } from '../../shared/model.ts';
import type { Plan } from '../../shared/plan.ts';
import { nextPlanFields, rollForwardContent } from '../../shared/rollForward.ts';
import type { RollForwardOutcome } from '../../shared/rollForward.ts';
import { applyPlanPatch } from './applyPatch.ts';
import type { Store } from './store.ts';

/** What the caller may choose instead of the rule's title and period. */
export interface RollForwardChoices {
  title?: string | undefined;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}

/**
 * Creates the next period's plan from `document` (in the caller's transaction): the rule's fields unless chosen, the
 * carried nodes and relations with the old viewport; then archives the old plan. Refused, writing nothing, when the old
 * plan holds damaged items (they would be carried as their defaults), when the period runs backwards, or when the
 * account already has a plan that is not archived for the same start.
 */
export function rollForward(
  store: Store,
  document: PlanDocument,
  choices: RollForwardChoices,
  ids: { newId: () => string; today: string; time: string },
): RollForwardOutcome {
  const old = document.plan;
  const damaged = document.nodes.filter((node) => node.damaged !== undefined);
  if (damaged.length > 0) {
    throw new AtlasError(
      'damaged',
      `${damaged.length === 1 ? `“${damaged[0]!.label}” is` : `${damaged.length} items are`} damaged in the library, so the plan cannot be carried into the next period as it is; restore a backup first.`,
    );
  }
  const rule = nextPlanFields(old, ids.today);
  const fields = {
    ...rule,
    title: choices.title ?? rule.title,
    periodStart: choices.periodStart ?? rule.periodStart,
    periodEnd: choices.periodEnd ?? rule.periodEnd,
  };
  if (fields.periodEnd < fields.periodStart) {
    throw new AtlasError('invalid-input', `The next period cannot end (${fields.periodEnd}) before it starts (${fields.periodStart}).`);
  }
  const twin = store.plans
    .listWithCounts()
    .find((plan) => plan.accountId === old.accountId && plan.id !== old.id && plan.status !== 'archived' && plan.periodStart === fields.periodStart);
  if (twin) {
    throw new AtlasError('conflict', `${document.account.name} already has the plan “${twin.title}” from ${fields.periodStart}; open it instead of rolling forward again.`);
  }

  const content = rollForwardContent(document.nodes, document.edges);
  const plan: Plan = { ...fields, id: ids.newId(), accountId: old.accountId, createdAt: ids.time, updatedAt: ids.time };
  store.plans.save(plan);
  applyPlanPatch(
    store,
    {
      planId: plan.id,
      upsertNodes: content.nodes,
      updateNodes: [],
      deleteNodes: [],
      upsertEdges: content.edges,
      updateEdges: [],
      deleteEdges: [],
      positions: [],
      viewport: document.viewport ?? undefined,
    },
    { nodes: 'nodes', edges: 'edges' },
  );
  store.plans.touch(plan.id, ids.time);
  const archived: Plan = { ...old, status: 'archived', updatedAt: ids.time };
  store.plans.save(archived);
  return { plan, archived, summary: { ...content.summary, reviewsLeftBehind: store.snapshots.list(old.id).length } };
}
