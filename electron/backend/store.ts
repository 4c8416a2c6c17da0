import type { Library } from './library.ts';
import { accountsRepo } from './repos/accounts.ts';
import { changesRepo } from './repos/changes.ts';
import { edgesRepo } from './repos/edges.ts';
import { nodesRepo } from './repos/nodes.ts';
import { plansRepo } from './repos/plans.ts';
import { snapshotsRepo } from './repos/snapshots.ts';
import { trashRepo } from './repos/trash.ts';

/** The repositories over one open library, plus its transaction helper. */
export function createStore(library: Library) {
  const { db } = library;
  return {
    accounts: accountsRepo(db),
    plans: plansRepo(db),
    nodes: nodesRepo(db),
    edges: edgesRepo(db),
    snapshots: snapshotsRepo(db),
    trash: trashRepo(db),
    changes: changesRepo(db),
    /**
     * Runs `work` in one transaction (nested calls join the outer one). It begins IMMEDIATE: it takes the write
     * lock first, waiting up to the busy timeout for another program, so it never fails half-way when a read
     * snapshot turns stale. A read-only library has no write lock to take.
     */
    transaction<T>(work: () => T): T {
      const transaction = db.transaction(work);
      return db.readonly ? transaction.deferred() : transaction.immediate();
    },
  };
}

/** The repositories of a library. */
export type Store = ReturnType<typeof createStore>;
