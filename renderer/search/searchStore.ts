import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { NO_FILTERS } from '../../shared/rules/search.ts';
import type { PlanFilters, PlanSearchQuery } from '../../shared/rules/search.ts';

/** The search box of the open plan (transient: never saved, cleared when another plan opens). */
export interface SearchState {
  /** The plan the search belongs to. */
  planId: string | null;
  open: boolean;
  query: PlanSearchQuery;
  /** Which result next/previous last went to (-1 before the first). */
  current: number;
  /** Raised each time Ctrl/Cmd+F or the menu asks for the box, so the box takes focus again. */
  focusRequest: number;
}

/** What can be done with the search box. */
export interface SearchActions {
  /** Opens the box for a plan (keeping what was typed for the same plan) and asks for focus. */
  openSearch(planId: string): void;
  setText(text: string): void;
  setFilters(filters: Partial<PlanFilters>): void;
  setCurrent(current: number): void;
  /** Escape: clears the text and filters and closes the box, so the map is shown whole again. */
  closeSearch(): void;
}

const CLOSED = { open: false, query: { text: '', filters: NO_FILTERS }, current: -1 } as const;

/** The one search box store (one plan screen is open at a time). */
export const searchStore = createStore<SearchState & SearchActions>()((set, get) => ({
  planId: null,
  ...CLOSED,
  focusRequest: 0,
  openSearch: (planId) => set(get().planId === planId ? { open: true, focusRequest: get().focusRequest + 1 } : { ...CLOSED, planId, open: true, focusRequest: get().focusRequest + 1 }),
  setText: (text) => set({ query: { ...get().query, text }, current: -1 }),
  setFilters: (filters) => set({ query: { ...get().query, filters: { ...get().query.filters, ...filters } }, current: -1 }),
  setCurrent: (current) => set({ current }),
  closeSearch: () => set(CLOSED),
}));

/** Subscribes to one slice of the search box. */
export function useSearch<T>(selector: (state: SearchState & SearchActions) => T): T {
  return useStore(searchStore, selector);
}
