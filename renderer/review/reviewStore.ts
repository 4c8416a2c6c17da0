import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Snapshot } from '../../shared/model.ts';
import type { ChangeCategory, PlanComparison } from '../../shared/review/index.ts';

/** The open plan's review state: the review compared with and what changed since, and the review opened to read. */
export interface ReviewState {
  /** The review the plan is compared with, or null when not comparing. */
  compared: Snapshot | null;
  /** What changed since `compared`, following the plan's edits; null until first computed. */
  comparison: PlanComparison | null;
  /** The review opened to read, as it was. */
  viewing: Snapshot | null;
  compareWith(snapshot: Snapshot | null): void;
  setComparison(comparison: PlanComparison | null): void;
  view(snapshot: Snapshot | null): void;
  reset(): void;
}

/** The one review store of the window (a window shows one plan at a time; leaving the plan resets it). */
export const reviewStore = createStore<ReviewState>()((set) => ({
  compared: null,
  comparison: null,
  viewing: null,
  compareWith: (compared) => set({ compared, comparison: null }),
  setComparison: (comparison) => set({ comparison }),
  view: (viewing) => set({ viewing }),
  reset: () => set({ compared: null, comparison: null, viewing: null }),
}));

/** Reads the review store in a component. */
export function useReview<T>(select: (state: ReviewState) => T): T {
  return useStore(reviewStore, select);
}

const NONE: readonly ChangeCategory[] = [];

/** What changed on one item since the compared review (empty when not comparing or unchanged). */
export function useChangeCategories(nodeId: string): readonly ChangeCategory[] {
  return useReview((state) => state.comparison?.byNode[nodeId] ?? NONE);
}
