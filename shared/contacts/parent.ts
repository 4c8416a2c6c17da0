import type { PlanNode } from '../model.ts';

/**
 * Where imported stakeholders go when the user does not say: under the node that already holds most stakeholders
 * (the plan's buying centre), else under the account.
 */
export function defaultContactParent(nodes: readonly PlanNode[]): string | undefined {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.kind === 'stakeholder' && node.parentId !== null) counts.set(node.parentId, (counts.get(node.parentId) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  const ids = new Set(nodes.map((node) => node.id));
  return best !== undefined && ids.has(best) ? best : nodes.find((node) => node.parentId === null)?.id;
}
