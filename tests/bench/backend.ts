import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { layoutMindMap } from '../../shared/layout.ts';
import type { PlanFile } from '../../shared/planFile.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf, resultOfRuns } from './results.ts';
import type { BenchResult } from './results.ts';
import { timeRuns } from './stats.ts';

/** How much of the backend to measure. */
export interface BackendBenchOptions {
  /** Plan sizes to open (5,000 is always added: the target is set there). */
  sizes: readonly number[];
  /** Runs per figure (the median is reported). */
  runs: number;
  log: (line: string) => void;
}

/** A real library file in a temp folder with the service over it. */
export interface TempLibrary {
  path: string;
  library: Library;
  service: PlanService;
  /** Imports a plan file and returns its plan id. */
  importPlan(file: PlanFile): Promise<string>;
  /** Closes the library and deletes the folder. */
  dispose(): void;
}

/** Opens a new library file in a temp folder. */
export function createTempLibrary(prefix = 'atlas-bench-'): TempLibrary {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const path = join(folder, 'atlas.db');
  const library = openLibrary(path);
  const service = createPlanService(library);
  return {
    path,
    library,
    service,
    importPlan: async (file) => (await service.importPlanFile({ file })).planId,
    dispose: () => {
      library.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const base = { group: 'backend', subject: 'ours', unit: 'ms' } as const;

/** Open, single-node patches, a batch of positions and the auto-layout, on real SQLite files. */
export async function benchBackend(options: BackendBenchOptions): Promise<BenchResult[]> {
  const { runs, log } = options;
  const results: BenchResult[] = [];
  const temp = createTempLibrary();
  try {
    const sizes = [...new Set([...options.sizes, 5000])].sort((a, b) => a - b);
    for (const size of sizes) {
      const planId = await temp.importPlan(generatePlan(size));
      // The service validates the input and reads nodes and relations from SQLite, as the renderer's open does.
      results.push(resultOf({ ...base, measure: 'open-plan', size }, await timeRuns(runs, () => temp.service.loadPlan({ planId }))));
      results.push(
        resultOf({ ...base, measure: 'open-plan-json', size, note: 'loadPlan plus JSON.stringify, as the HTTP/IPC transport sends it' }, await timeRuns(runs, async () => JSON.stringify(await temp.service.loadPlan({ planId })))),
      );
      results.push(resultOf({ ...base, measure: 'open-plan-cold', size, note: 'open the library file, create the service, loadPlan' }, await timeRuns(runs, () => coldOpen(temp.path, planId))));
      log(`backend: opened the ${size}-node plan`);
    }

    const planId = await temp.importPlan(generatePlan(1000));
    const document = await temp.service.loadPlan({ planId });
    const editable = document.nodes.filter((node) => node.parentId !== null);
    const patchRuns: number[][] = [];
    for (let run = 0; run < runs; run += 1) {
      const times: number[] = [];
      for (let i = 0; i < 1000; i += 1) {
        const node = editable[i % editable.length]!;
        const edited = { ...node, label: `${node.label} · edit ${run}.${i}` };
        const started = performance.now();
        await temp.service.applyPatch({ planId, upsertNodes: [edited] });
        times.push(performance.now() - started);
      }
      patchRuns.push(times);
    }
    results.push(resultOfRuns({ ...base, measure: 'patch-single-node', size: 1000, note: '1,000 applyPatch calls, each upserting one node; median and p95 of the calls, median over runs' }, patchRuns));
    log('backend: single-node patches');

    // What the app sends for an inspector edit now: the one field that changed, merged and validated by the service.
    const updateRuns: number[][] = [];
    for (let run = 0; run < runs; run += 1) {
      const times: number[] = [];
      for (let i = 0; i < 1000; i += 1) {
        const node = editable[i % editable.length]!;
        const started = performance.now();
        await temp.service.applyPatch({ planId, updateNodes: [{ id: node.id, label: `${node.label} · field ${run}.${i}` }] });
        times.push(performance.now() - started);
      }
      updateRuns.push(times);
    }
    results.push(
      resultOfRuns(
        { ...base, measure: 'patch-field-update', size: 1000, note: '1,000 applyPatch calls, each updating one field of one node (merged and validated, revision and change log row); compare patch-single-node' },
        updateRuns,
      ),
    );
    results.push(
      resultOf(
        { ...base, measure: 'list-changes', size: 1000, note: 'listChanges of the last 1,000 changes (a client catching up)' },
        await timeRuns(runs, async () => {
          const { revision } = await temp.service.listChanges({ planId });
          return temp.service.listChanges({ planId, afterRevision: Math.max(0, revision - 1000) });
        }),
      ),
    );
    log('backend: field updates and the change log');

    let shift = 0;
    results.push(
      resultOf(
        { ...base, measure: 'patch-positions', size: 1000, note: 'one applyPatch with the positions of all 1,000 nodes' },
        await timeRuns(runs, () => {
          shift += 1;
          return temp.service.applyPatch({ planId, positions: document.nodes.map((node) => ({ id: node.id, x: node.position.x + shift, y: node.position.y })) });
        }),
      ),
    );
    log('backend: positions');

    for (const size of [1000, 5000]) {
      const nodes = generatePlan(size).nodes;
      results.push(resultOf({ ...base, measure: 'layout', size, note: 'layoutMindMap over the whole plan' }, await timeRuns(runs, () => layoutMindMap(nodes))));
    }
    log('backend: layout');
  } finally {
    temp.dispose();
  }
  return results;
}

async function coldOpen(path: string, planId: string): Promise<void> {
  const library = openLibrary(path);
  try {
    await createPlanService(library).loadPlan({ planId });
  } finally {
    library.close();
  }
}
