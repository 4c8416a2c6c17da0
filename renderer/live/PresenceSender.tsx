import { useEffect } from 'react';
import { usePlanStoreApi } from '../map/PlanContext.tsx';
import type { PlanState } from '../store/types.ts';
import type { LiveFeed } from './liveFeed.ts';
import { createPresenceSender, presenceOf } from './presenceSender.ts';
import { workshopStore } from './workshopStore.ts';

/** The parts of the plan state presence is made of changed. */
function presenceChanged(state: PlanState, previous: PlanState): boolean {
  return (
    state.selection.nodeIds !== previous.selection.nodeIds ||
    state.renamingNodeId !== previous.renamingNodeId ||
    state.inspectingNodeId !== previous.inspectingNodeId ||
    state.view !== previous.view ||
    state.viewport !== previous.viewport
  );
}

/**
 * While a workshop runs, tells it this window's selection, the node it renames or edits and, for the host, the view
 * and viewport (coalesced to one message per PRESENCE_INTERVAL_MS). Mounted once per open plan; draws nothing.
 */
export function PresenceSender({ feed }: { feed: Pick<LiveFeed, 'sendPresence'> }) {
  const store = usePlanStoreApi();
  useEffect(() => {
    const sender = createPresenceSender((update) => feed.sendPresence(update));
    const tell = () => {
      const { you } = workshopStore.getState();
      if (!you) return;
      const state = store.getState();
      const source = { ...state, planId: state.plan.id, selection: state.selection.nodeIds };
      sender.update(presenceOf(source, you.role === 'host'));
    };
    tell();
    const stopPlan = store.subscribe((state, previous) => {
      if (presenceChanged(state, previous)) tell();
    });
    const stopWorkshop = workshopStore.subscribe((state, previous) => {
      if (state.you !== previous.you) tell();
    });
    return () => {
      stopPlan();
      stopWorkshop();
      sender.dispose();
    };
  }, [feed, store]);
  return null;
}
