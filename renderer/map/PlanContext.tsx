import { createContext, useCallback, useContext, useRef } from 'react';
import type { MutableRefObject } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import type { PlanNode } from '../../shared/model.ts';
import type { CanvasControls, Command } from '../commands/command.ts';
import { runCommand } from '../commands/run.ts';
import type { RunHooks } from '../commands/run.ts';
import { movedOnly } from '../store/tree.ts';
import type { PlanStore } from '../store/types.ts';

/** What every part of the open plan's screen shares: the plan store, the canvas controls and how commands run. */
export interface PlanContextValue {
  store: StoreApi<PlanStore>;
  canvas: MutableRefObject<CanvasControls | null>;
  /** Read-only library and confirmations (see RunHooks); absent in tests that need neither. */
  hooks?: MutableRefObject<RunHooks>;
}

/** Provides the open plan to the map, panels and inspector. */
export const PlanContext = createContext<PlanContextValue | null>(null);

function usePlanContext(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('This component must be used inside <PlanContext.Provider>.');
  return value;
}

/** The open plan's store, for event handlers that read state without subscribing. */
export function usePlanStoreApi(): StoreApi<PlanStore> {
  return usePlanContext().store;
}

/** Subscribes to one slice of the open plan; the component re-renders only when that slice changes. */
export function usePlan<T>(selector: (state: PlanStore) => T): T {
  return useStore(usePlanContext().store, selector);
}

/** Like usePlan for a selector that builds an object or array, compared shallowly. */
export function usePlanShallow<T>(selector: (state: PlanStore) => T): T {
  return useStore(usePlanContext().store, useShallow(selector));
}

/**
 * One node for panels that do not show its position (inspector, chooser): keeps the previous object while
 * only the position changes, so dragging the selected node does not re-render the inspector on every frame.
 */
export function usePlanNode(id: string | null | undefined): PlanNode | undefined {
  const last = useRef<PlanNode | undefined>(undefined);
  return usePlan((state) => {
    const node = id ? state.nodes[id] : undefined;
    const previous = last.current;
    if (node && previous && movedOnly(node, previous)) return previous;
    last.current = node;
    return node;
  });
}

/** A stable function that runs a command on the open plan (the one path for toolbar, keys, menus and panels). */
export function useRunCommand(): <A>(command: Command<A>, args: A) => boolean {
  const { store, canvas, hooks } = usePlanContext();
  return useCallback(
    <A,>(command: Command<A>, args: A) => runCommand(store, command, args, canvas.current, hooks?.current),
    [store, canvas, hooks],
  );
}

/** Why editing is off for the open plan (a read-only library), or null. */
export function usePlanReadOnly(): string | null {
  return usePlanContext().hooks?.current.readOnly ?? null;
}
