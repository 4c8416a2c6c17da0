import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { nodeAtPoint } from '../../shared/rules/dropPlace.ts';
import { reparentRefusal } from '../../shared/rules/moveBranch.ts';
import type { PlanNode } from '../../shared/model.ts';
import type { PlanTree } from '../../shared/rules/tree.ts';
import { dropNodes, dropRefusal, refuseDrop } from '../commands/dropNodes.ts';
import type { NodeMove } from '../commands/moveNodes.ts';
import { hiddenNodeIds, mapTree } from '../store/tree.ts';
import type { MapFlowEdge, MapFlowNode } from './flowModel.ts';
import { usePlanStoreApi, useRunCommand } from './PlanContext.tsx';

/** The node a drag would drop onto: whether the move is allowed and, if not, why; placed over that node on screen. */
export interface DropHintState {
  targetId: string;
  targetLabel: string;
  reason: string | null;
  /** The target's box on screen. */
  left: number;
  top: number;
  width: number;
  height: number;
}

interface DragFacts {
  tree: PlanTree<PlanNode>;
  hidden: Set<string>;
  dragged: Set<string>;
  tops: string[];
}

function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('changedTouches' in event && event.changedTouches.length > 0) {
    return { x: event.changedTouches[0]!.clientX, y: event.changedTouches[0]!.clientY };
  }
  return { x: (event as MouseEvent).clientX, y: (event as MouseEvent).clientY };
}

/**
 * Dragging a node onto another: the node under the pointer is marked as the would-be parent (with the reason
 * when the move is refused), and the drop runs the move, or puts the nodes back and says why.
 */
export function useBranchDrop(instance: RefObject<ReactFlowInstance<MapFlowNode, MapFlowEdge> | null>) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const [hint, setHint] = useState<DropHintState | null>(null);
  const facts = useRef<DragFacts | null>(null);
  const target = useRef<string | null>(null);

  const setTarget = useCallback((id: string | null) => {
    if (id === target.current) return;
    target.current = id;
    const drag = facts.current;
    if (id === null || !drag) {
      setHint(null);
      return;
    }
    const node = drag.tree.node(id);
    const reason = drag.tops.map((top) => reparentRefusal(drag.tree, top, id)).find((refusal) => refusal !== null) ?? null;
    // Marked by an outline drawn over the node, not on it: a drag changes no other node's element.
    const box = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
    setHint({
      targetId: id,
      targetLabel: node?.label.trim() || 'this item',
      reason,
      left: box?.left ?? 0,
      top: box?.top ?? 0,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
    });
  }, []);

  const onNodeDragStart = useCallback(
    (_event: MouseEvent | TouchEvent, _node: MapFlowNode, nodes: MapFlowNode[]) => {
      const state = store.getState();
      const tree = mapTree(state.nodes);
      const dragged = new Set(nodes.map((node) => node.id));
      const tops = [...dragged].filter((id) => !tree.ancestor(id, (node) => dragged.has(node.id)));
      facts.current = { tree, hidden: hiddenNodeIds(state.nodes), dragged, tops };
    },
    [store],
  );

  const targetAt = useCallback(
    (event: MouseEvent | TouchEvent): string | null => {
      const flow = instance.current;
      const drag = facts.current;
      if (!flow || !drag) return null;
      const point = flow.screenToFlowPosition(pointOf(event));
      return nodeAtPoint(Object.values(store.getState().nodes), point, (id) => drag.dragged.has(id) || drag.hidden.has(id));
    },
    [instance, store],
  );

  const onNodeDrag = useCallback((event: MouseEvent | TouchEvent) => setTarget(targetAt(event)), [setTarget, targetAt]);

  /** Ends the drag: re-parents, reorders or places the moved nodes, or refuses with the reason. */
  const drop = useCallback(
    (event: MouseEvent | TouchEvent, moves: readonly NodeMove[]) => {
      const targetId = facts.current ? targetAt(event) : null;
      setTarget(null);
      facts.current = null;
      const args = { moves, targetId };
      run(dropRefusal(store.getState(), args) ? refuseDrop : dropNodes, args);
    },
    [run, setTarget, store, targetAt],
  );

  return { hint, onNodeDragStart, onNodeDrag, drop };
}
