import { useStoreApi as useFlowStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { showsShape } from '../../shared/mapOverview.ts';
import { nodesInsideBox } from '../../shared/rules/dropPlace.ts';
import { hiddenNodeIds } from '../store/tree.ts';
import { usePlanStoreApi } from './PlanContext.tsx';

interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A selection box drawn while the map shows its shape: React Flow only selects the nodes it holds (the account and
 * the selection), so the items inside the box are worked out from their positions and selected, which makes them
 * cards again. Returns React Flow's selection start and end handlers.
 */
export function useShapeBoxSelect(): { onSelectionStart: () => void; onSelectionEnd: () => void } {
  const flowStore = useFlowStoreApi();
  const store = usePlanStoreApi();
  // React Flow clears its selection rectangle before it calls onSelectionEnd: the last one drawn is kept here.
  const lastRect = useRef<ScreenRect | null>(null);
  useEffect(
    () =>
      flowStore.subscribe((state) => {
        const rect = state.userSelectionRect;
        if (rect && rect.width > 0 && rect.height > 0) lastRect.current = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }),
    [flowStore],
  );
  const onSelectionStart = useCallback(() => {
    lastRect.current = null;
  }, []);
  const onSelectionEnd = useCallback(() => {
    const rect = lastRect.current;
    lastRect.current = null;
    const [x, y, zoom] = flowStore.getState().transform;
    if (!rect || !showsShape(zoom)) return;
    const box = { x: (rect.x - x) / zoom, y: (rect.y - y) / zoom, width: rect.width / zoom, height: rect.height / zoom };
    const state = store.getState();
    const hidden = hiddenNodeIds(state.nodes);
    const inside = nodesInsideBox(
      Object.values(state.nodes).filter((node) => !hidden.has(node.id)),
      box,
    );
    state.select({ nodeIds: inside.map((node) => node.id), edgeId: null });
  }, [flowStore, store]);
  return { onSelectionStart, onSelectionEnd };
}
