import { applyPlanChange } from '../../shared/changes.ts';
import type { PlanChange, PlanContent } from '../../shared/changes.ts';
import type { LoggedChange } from '../../shared/patch.ts';

/** Own changes acknowledged out of revision order are kept apart at most this long before they are folded in. */
const MAX_ACKED_APART = 500;

/** What became of a change heard on the live channel. */
export type RemoteOutcome = 'applied' | 'own' | 'known' | 'gap';

/**
 * The plan as the backend has confirmed it, built in revision order. Changes heard on the live channel are
 * applied in order; this window's own changes, acknowledged over the API before the live channel has told the
 * ones accepted just before them, wait apart until the gap is filled, so that two changes to one field end up
 * as they did in the library. Without a live channel, own changes simply fold in.
 */
export interface ConfirmedPlan {
  /** The confirmed content: everything in revision order, then own changes still waiting for the ones before them. */
  content(): PlanContent;
  /** The revision up to which every change is in. */
  revision(): number;
  /** The backend accepted one of this window's changes under `revision`. */
  acknowledge(revision: number, change: PlanChange, changeId: string): void;
  /** A change heard on the live channel; `ownIds` are the ids of this window's changes not yet acknowledged. */
  hear(entry: LoggedChange, ownIds: ReadonlySet<string>): RemoteOutcome;
  /** Starts again from a freshly loaded plan. */
  reset(content: PlanContent, revision: number): void;
}

/** Creates the confirmed plan of a freshly loaded plan. */
export function createConfirmedPlan(initial: PlanContent, initialRevision: number): ConfirmedPlan {
  let base = initial;
  let baseRevision = initialRevision;
  // Own changes acknowledged ahead of the base, by revision.
  let apart = new Map<number, { change: PlanChange; changeId: string }>();
  // Own changes the live channel told before their acknowledgement came back.
  const heardOwn = new Set<string>();
  let cached: PlanContent | null = null;

  const fold = () => {
    while (apart.has(baseRevision + 1)) {
      const next = apart.get(baseRevision + 1)!;
      apart.delete(baseRevision + 1);
      base = applyPlanChange(base, next.change);
      baseRevision += 1;
    }
    if (apart.size > MAX_ACKED_APART) {
      // Nobody is filling the gaps (no live channel while another program writes): keep what this window knows.
      for (const revision of [...apart.keys()].sort((a, b) => a - b)) base = applyPlanChange(base, apart.get(revision)!.change);
      baseRevision = Math.max(baseRevision, ...apart.keys());
      apart = new Map();
    }
    cached = null;
  };

  return {
    content() {
      if (cached) return cached;
      let content = base;
      for (const revision of [...apart.keys()].sort((a, b) => a - b)) content = applyPlanChange(content, apart.get(revision)!.change);
      cached = content;
      return content;
    },
    revision: () => baseRevision,
    acknowledge(revision, change, changeId) {
      if (heardOwn.delete(changeId) || revision <= baseRevision) return;
      apart.set(revision, { change, changeId });
      fold();
    },
    hear(entry, ownIds) {
      if (entry.revision <= baseRevision) return 'known';
      if (entry.revision > baseRevision + 1) return 'gap';
      const own = apart.get(entry.revision);
      if (own) {
        fold();
        return 'own';
      }
      base = applyPlanChange(base, entry.change as PlanChange);
      baseRevision = entry.revision;
      fold();
      if (entry.changeId !== undefined && ownIds.has(entry.changeId)) {
        heardOwn.add(entry.changeId);
        return 'own';
      }
      return 'applied';
    },
    reset(content, revision) {
      base = content;
      baseRevision = revision;
      apart = new Map();
      heardOwn.clear();
      cached = null;
    },
  };
}
