import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AtlasError } from '../../../shared/errors.ts';
import type { Library } from '../../backend/library.ts';
import { resolveLibraryPath } from '../../backend/libraryPath.ts';
import { storageError } from '../../backend/storageErrors.ts';
import type { PlanService } from '../../backend/service.ts';
import type { CliContext } from './command.ts';

/** How a command uses the library. */
export interface LibraryUse {
  /** Create the library when the file does not exist yet (commands that add plans); otherwise a missing file is an error. */
  create: boolean;
}

/** Opens the library named by --data / ATLAS_DATA / the default, runs `work` with its service, and always closes it. */
export async function withService<T>(
  context: CliContext,
  use: LibraryUse,
  work: (service: PlanService, library: Library) => Promise<T>,
): Promise<T> {
  const path = resolveLibraryPath(context.data);
  const existed = existsSync(path);
  if (!use.create && !existed) {
    throw new AtlasError('not-found', `There is no library at "${path}"; create one with "atlas demo" or "atlas import FILE", or pick another with --data.`);
  }
  // Loaded on demand, so help and usage mistakes answer at once without SQLite or the exporters.
  const [{ openLibrary }, { createPlanService }] = await Promise.all([
    import('../../backend/library.ts'),
    import('../../backend/service.ts'),
  ]);
  const library = openLibrary(path, { create: use.create });
  let failed = true;
  try {
    const result = await work(createPlanService(library), library);
    failed = false;
    return result;
  } catch (error) {
    throw storageError(error, { folder: dirname(path), readOnlyReason: library.readOnlyReason });
  } finally {
    library.close();
    // A library this command created for work that then failed holds nothing: don't leave it behind.
    if (failed && !existed) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
}
