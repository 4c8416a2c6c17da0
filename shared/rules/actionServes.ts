import type { PlanIndex } from '../document/planIndex.ts';

/**
 * The goals and opportunities an action serves, as node ids: those it "achieves" and the nearest goal or
 * opportunity above it in the tree (an action filed under an opportunity serves it).
 */
export function actionServes(index: Pick<PlanIndex, 'outgoing' | 'ancestor'>, actionId: string): string[] {
  const achieves = index.outgoing(actionId, 'achieves').map((edge) => edge.target);
  const parent = index.ancestor(actionId, (other) => other.kind === 'goal' || other.kind === 'opportunity');
  return parent ? [...achieves, parent.id] : achieves;
}
