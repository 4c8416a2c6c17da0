import type { Library } from './library.ts';
import { accountsRepo } from './repos/accounts.ts';
import { changesRepo } from './repos/changes.ts';
import { edgesRepo } from './repos/edges.ts';
import { nodesRepo } from './repos/nodes.ts';
import { plansRepo } from './repos/plans.ts';
import { snapshotsRepo } from './repos/snapshots.ts';

/** The repositories over one open library, plus its transaction helper. */
export function createStore(library: Library) {
  const { db } = library;
  return {
    accounts: accountsRepo(db),
    plans: plansRepo(db),
    nodes: nodesRepo(db),
    edges: edgesRepo(db),
    snapshots: snapshotsRepo(db),
    changes: changesRepo(db),
    /** Runs `work` in one transaction (nested calls join the outer one). */
    transaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
  };
}

/** The repositories of a library. */
export type Store = ReturnType<typeof createStore>;
