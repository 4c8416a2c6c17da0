import { afterEach, beforeEach } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { tempFolder } from './tempLibrary.ts';

/** The library and service of a test, on a fresh SQLite file made before each test and removed after it. */
export interface TempBackend {
  readonly temp: ReturnType<typeof tempFolder>;
  readonly library: Library;
  readonly service: PlanService;
}

/** Registers the hooks that give each test of the file a fresh library file and a service on it (clock fixed by `now`). */
export function tempBackend(options: { now?: () => Date } = {}): TempBackend {
  let current: TempBackend | null = null;
  beforeEach(() => {
    const temp = tempFolder();
    const library = openLibrary(temp.path('atlas.db'));
    current = { temp, library, service: createPlanService(library, options.now ? { now: options.now } : {}) };
  });
  afterEach(() => {
    current?.library.close();
    current?.temp.cleanup();
    current = null;
  });
  const now = (): TempBackend => {
    if (!current) throw new Error('The temporary backend exists only while a test runs.');
    return current;
  };
  return {
    get temp() {
      return now().temp;
    },
    get library() {
      return now().library;
    },
    get service() {
      return now().service;
    },
  };
}
