import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 5;

/** A card or chip being dragged: which one and how far it has moved. */
export interface DragState {
  id: string;
  dx: number;
  dy: number;
}

/**
 * Drags cards with the pointer and drops them on elements marked `data-drop`: while dragging the card follows
 * the pointer (the view draws it with `dragging`), on release `onDrop` gets the card and the drop element under
 * the pointer. Nothing changes in the plan until the drop, so a drag is one command and one undo step.
 */
export function usePointerDrag(onDrop: (id: string, target: HTMLElement) => void) {
  const [dragging, setDragging] = useState<DragState | null>(null);
  const press = useRef<{ id: string; x: number; y: number; moved: boolean } | null>(null);
  const justDropped = useRef(false);
  const drop = useRef(onDrop);
  drop.current = onDrop;
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => () => cleanup.current?.(), []);

  const onPointerDown = useCallback((event: ReactPointerEvent, id: string) => {
    if (event.button !== 0) return;
    // Under a CSS zoom (projector mode) the card moves in zoomed pixels: the pointer's screen pixels are divided by it.
    const scale = (event.currentTarget as Element & { currentCSSZoom?: number }).currentCSSZoom || 1;
    press.current = { id, x: event.clientX, y: event.clientY, moved: false };
    const move = (moveEvent: PointerEvent) => {
      const start = press.current;
      if (!start) return;
      const dx = moveEvent.clientX - start.x;
      const dy = moveEvent.clientY - start.y;
      if (!start.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      start.moved = true;
      setDragging({ id: start.id, dx: dx / scale, dy: dy / scale });
    };
    const up = (upEvent: PointerEvent) => {
      const start = press.current;
      cleanup.current?.();
      press.current = null;
      setDragging(null);
      if (!start?.moved) return;
      justDropped.current = true;
      const target = document
        .elementsFromPoint(upEvent.clientX, upEvent.clientY)
        .map((element) => element.closest<HTMLElement>('[data-drop]'))
        .find((element): element is HTMLElement => element !== null && element.dataset.dropId !== start.id);
      if (target) drop.current(start.id, target);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    cleanup.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      cleanup.current = null;
    };
  }, []);

  /** True once for the click that ends a drag, which must not count as a click on the card. */
  const consumeDropClick = useCallback(() => {
    const was = justDropped.current;
    justDropped.current = false;
    return was;
  }, []);

  return { dragging, onPointerDown, consumeDropClick };
}
