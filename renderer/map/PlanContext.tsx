import { createContext, useCallback, useContext } from 'react';
import type { MutableRefObject } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import type { CanvasControls, Command } from '../commands/command.ts';
import { runCommand } from '../commands/run.ts';
import type { PlanStore } from '../store/types.ts';

/** What every part of the open plan's screen shares: the plan store and the canvas controls. */
export interface PlanContextValue {
  store: StoreApi<PlanStore>;
  canvas: MutableRefObject<CanvasControls | null>;
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

/** A stable function that runs a command on the open plan (the one path for toolbar, keys, menus and panels). */
export function useRunCommand(): <A>(command: Command<A>, args: A) => boolean {
  const { store, canvas } = usePlanContext();
  return useCallback(<A,>(command: Command<A>, args: A) => runCommand(store, command, args, canvas.current), [store, canvas]);
}
