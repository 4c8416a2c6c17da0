import type { AtlasApi } from '../../shared/api.ts';
import type { PlanDocument } from '../../shared/model.ts';

/** A load of the plan the app opens on, started before React first renders; taken once by the plan screen. */
let early: { planId: string; promise: Promise<PlanDocument> } | null = null;

/**
 * Starts loading the plan of the address the app opens on, while the rest of the app still starts: the request
 * then overlaps the first render instead of waiting for the plan screen to mount.
 */
export function prefetchPlan(api: AtlasApi, planId: string): void {
  const promise = api.loadPlan({ planId });
  // Handled here too: if the screen never asks for it (the user went elsewhere), a failure is no unhandled error.
  promise.catch(() => undefined);
  early = { planId, promise };
}

/** The plan's document: the early load when it is for this plan (once), else a new load. */
export function loadPlanDocument(api: AtlasApi, planId: string): Promise<PlanDocument> {
  if (early && early.planId === planId) {
    const { promise } = early;
    early = null;
    return promise;
  }
  return api.loadPlan({ planId });
}
