import { useMemo } from 'react';
import type { MapFlowNode } from '../map/flowModel.ts';
import { usePlanSearch } from './usePlanSearch.ts';

/** What assistive technology hears on a card the search leaves out. */
export const DIMMED_DESCRIPTION = 'Dimmed: not among the search results';

// One dimmed copy per React Flow node object, so a card keeps its identity (and is not re-rendered) while only
// the search text changes around it.
const dimmedCopies = new WeakMap<MapFlowNode, MapFlowNode>();

function dimmed(node: MapFlowNode): MapFlowNode {
  let copy = dimmedCopies.get(node);
  if (!copy) {
    copy = {
      ...node,
      className: node.className ? `${node.className} is-dimmed` : 'is-dimmed',
      domAttributes: { ...node.domAttributes, 'aria-description': DIMMED_DESCRIPTION, 'data-dimmed': 'true' } as MapFlowNode['domAttributes'],
    };
    dimmedCopies.set(node, copy);
  }
  return copy;
}

/** The map's nodes with every node outside the search results dimmed (faded, still there, and said so to screen readers). */
export function useSearchDimming(nodes: MapFlowNode[]): MapFlowNode[] {
  const search = usePlanSearch();
  return useMemo(() => (search.active ? nodes.map((node) => (search.matched.has(node.id) ? node : dimmed(node))) : nodes), [nodes, search]);
}
