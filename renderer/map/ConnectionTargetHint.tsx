import { useConnection, useStoreApi as useFlowStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { edgeKindOf } from '../../shared/edges.ts';
import { relationKindsBetween } from '../commands/relations.ts';
import { usePlanStoreApi } from './PlanContext.tsx';

const TARGET_CLASS = 'is-connect-target';
const REFUSED_CLASS = 'is-connect-refused';

/** What a connection dragged onto an item will make: the fitting relation kinds, or that none fits. */
interface TargetHint {
  nodeId: string;
  text: string;
  fits: boolean;
  left: number;
  top: number;
}

function nodeElementAt(x: number, y: number): HTMLElement | null {
  return document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node') ?? null;
}

/**
 * While a connection is dragged: the item under the pointer is outlined and labelled with the relation the drop
 * will make ("has need", "reports to / influences / related" to choose from), or "No relation fits". The outline
 * is a class on the node's element, so no card re-renders during the drag.
 */
export function ConnectionTargetHint() {
  const store = usePlanStoreApi();
  const flowStore = useFlowStoreApi();
  const fromId = useConnection((connection) => (connection.inProgress ? connection.fromNode.id : null));
  const [hint, setHint] = useState<TargetHint | null>(null);

  useEffect(() => {
    if (fromId === null) return;
    let marked: HTMLElement | null = null;
    const unmark = () => {
      marked?.classList.remove(TARGET_CLASS, REFUSED_CLASS);
      marked = null;
    };
    const onMove = (event: PointerEvent) => {
      const near = flowStore.getState().connection.toNode?.id;
      const element = near
        ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(near)}"]`)
        : nodeElementAt(event.clientX, event.clientY);
      const nodeId = element?.dataset.id;
      if (!element || !nodeId || nodeId === fromId) {
        unmark();
        setHint(null);
        return;
      }
      const kinds = relationKindsBetween(store.getState(), fromId, nodeId);
      if (marked !== element) {
        unmark();
        marked = element;
      }
      element.classList.add(TARGET_CLASS);
      element.classList.toggle(REFUSED_CLASS, kinds.length === 0);
      const box = element.getBoundingClientRect();
      const text = kinds.length === 0 ? 'No relation fits' : kinds.map((kind) => edgeKindOf(kind).label).join(' / ');
      setHint((previous) =>
        previous?.nodeId === nodeId && previous.text === text && previous.left === box.left && previous.top === box.top
          ? previous
          : { nodeId, text, fits: kinds.length > 0, left: box.left, top: box.top },
      );
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      unmark();
      setHint(null);
    };
  }, [fromId, flowStore, store]);

  if (!hint) return null;
  // On the page itself: the projector's CSS zoom of the canvas would move a label placed at window pixels.
  return createPortal(
    <div
      className={`atlas-connect-hint ${hint.fits ? '' : 'is-refused'}`}
      role="status"
      style={{ left: hint.left, top: Math.max(4, hint.top - 30) }}
    >
      {hint.text}
    </div>,
    document.body,
  );
}
