import { useRef } from 'react';
import { locksOfOthers, nodePresence } from './presenceMarks.ts';
import type { NodePresence } from './presenceMarks.ts';
import { useWorkshop } from './workshopStore.ts';

/** Other people's marks on one node in a component; re-renders only when they change. */
export function useNodePresence(nodeId: string): NodePresence | undefined {
  const last = useRef<NodePresence | undefined>(undefined);
  return useWorkshop((view) => {
    const next = nodePresence(view, nodeId);
    if (next && last.current && next.key === last.current.key) return last.current;
    last.current = next;
    return next;
  });
}

/** Who else is editing a node (their name), or null; for the inspector. */
export function useEditedByOther(nodeId: string): string | null {
  return useWorkshop((view) => locksOfOthers(view).get(nodeId)?.name ?? null);
}
