import { searchPlan } from '../../shared/rules/search.ts';
import type { PlanSearchQuery, PlanSearchResult } from '../../shared/rules/search.ts';
import type { PlanNode } from '../../shared/model.ts';
import { usePlan } from '../map/PlanContext.tsx';
import { mapTree } from '../store/tree.ts';
import { searchStore, useSearch } from './searchStore.ts';

const NOTHING: PlanSearchResult = { active: false, hits: [], matched: new Set() };
let last: { nodes: Readonly<Record<string, PlanNode>>; query: PlanSearchQuery; result: PlanSearchResult } | null = null;

/** The search of one version of the plan, worked out once however many parts of the screen ask (the box, the map). */
export function planSearchOf(nodes: Readonly<Record<string, PlanNode>>, query: PlanSearchQuery): PlanSearchResult {
  if (last && last.nodes === nodes && last.query === query) return last.result;
  const result = searchPlan(mapTree(nodes).ordered, query);
  last = { nodes, query, result };
  return result;
}

/** The open plan's search result, current with the plan and the box; inactive while the box is closed or for another plan. */
export function usePlanSearch(): PlanSearchResult {
  const nodes = usePlan((state) => state.nodes);
  const planId = usePlan((state) => state.plan.id);
  const query = useSearch((state) => (state.open && state.planId === planId ? state.query : null));
  return query ? planSearchOf(nodes, query) : NOTHING;
}

/** Reads the current result outside React (event handlers). */
export function currentSearch(nodes: Readonly<Record<string, PlanNode>>): PlanSearchResult {
  const state = searchStore.getState();
  return state.open ? planSearchOf(nodes, state.query) : NOTHING;
}
