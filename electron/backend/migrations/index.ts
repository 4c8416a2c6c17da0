import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-revisions.ts';
import { migration0003 } from './0003-trash.ts';
import type { Migration } from './migration.ts';

/** Every migration in version order; the last one's version is the schema version this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];

/** The newest schema version this build knows. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export type { Migration } from './migration.ts';
