import type { Database } from 'better-sqlite3';
import type { LoggedChange } from '../../../shared/patch.ts';
import { parseStoredJson } from './json.ts';

interface ChangeRow {
  revision: number;
  changed_at: string;
  author: string;
  change_id: string | null;
  change: string;
}

/** The change log: one row per accepted change of a plan, by revision. */
export function changesRepo(db: Database) {
  const insert = db.prepare<[string, number, string, string, string | null, string]>(
    'INSERT INTO plan_changes (plan_id, revision, changed_at, author, change_id, change) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const after = db.prepare<[string, number, number], ChangeRow>(
    'SELECT revision, changed_at, author, change_id, change FROM plan_changes WHERE plan_id = ? AND revision > ? ORDER BY revision LIMIT ?',
  );

  return {
    insert(planId: string, change: LoggedChange): void {
      insert.run(planId, change.revision, change.changedAt, change.author, change.changeId ?? null, JSON.stringify(change.change));
    },
    /** Changes after `revision`, oldest first, at most `limit`. */
    after(planId: string, revision: number, limit: number): LoggedChange[] {
      return after.all(planId, revision, limit).map((row) => ({
        revision: row.revision,
        changedAt: row.changed_at,
        author: row.author,
        ...(row.change_id === null ? {} : { changeId: row.change_id }),
        change: parseStoredJson(row.change, {}) as LoggedChange['change'],
      }));
    },
  };
}
