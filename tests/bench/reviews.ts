import type { PlanNode } from '../../shared/model.ts';
import type { PlanPatchInput } from '../../shared/patch.ts';
import { comparePlans } from '../../shared/review/index.ts';
import { createTempLibrary } from './backend.ts';
import { BENCH_TODAY, generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';

/** How much of the review compare to measure. */
export interface ReviewsBenchOptions {
  runs: number;
  log: (line: string) => void;
}

/** Nodes of the plan whose reviews are compared (the figure). */
export const REVIEW_PLAN_SIZE = 2000;

const base = { group: 'reviews', subject: 'ours', unit: 'ms' } as const;

/**
 * A quarter's worth of edits to a plan: one node in ten changed (support moved, an action done or slipped, a
 * milestone's actual, a goal's target, a renamed item), 40 needs added and 20 leaves removed.
 */
function quarterOfEdits(planId: string, nodes: readonly PlanNode[]): PlanPatchInput {
  const parents = new Set(nodes.map((node) => node.parentId));
  const deleteNodes = nodes.filter((node) => node.parentId !== null && !parents.has(node.id) && node.kind === 'topic').slice(0, 20).map((node) => node.id);
  const deleted = new Set(deleteNodes);
  const updateNodes: NonNullable<PlanPatchInput['updateNodes']> = [];
  nodes.forEach((node, at) => {
    if (at % 10 !== 3 || deleted.has(node.id)) return;
    if (node.kind === 'stakeholder') updateNodes.push({ id: node.id, data: { support: node.data.support === 'mentor' ? 'neutral' : 'mentor' } });
    else if (node.kind === 'action') updateNodes.push({ id: node.id, data: at % 20 === 3 ? { status: 'done' } : { dueDate: '2027-12-31' } });
    else if (node.kind === 'milestone') updateNodes.push({ id: node.id, data: { actual: (node.data.actual ?? 0) + 1 } });
    else if (node.kind === 'goal') updateNodes.push({ id: node.id, data: { target: (node.data.target ?? 0) + 1000 } });
    else if (node.kind !== 'account') updateNodes.push({ id: node.id, label: `${node.label} (revised)` });
  });
  const root = nodes.find((node) => node.kind === 'account')!;
  const upsertNodes = Array.from({ length: 40 }, (_, at) => ({ id: `benchNeed${String(at).padStart(6, '0')}`, kind: 'need' as const, label: `New need ${at}`, parentId: root.id }));
  return { planId, updateNodes, upsertNodes, deleteNodes };
}

/**
 * Two reviews of a 2,000-node plan compared as `atlas compare --since` and the app do it: both reviews read from a
 * real SQLite library through the service, then comparePlans; and comparePlans alone (what the app reruns as edits
 * settle while comparing).
 */
export async function benchReviews(options: ReviewsBenchOptions): Promise<BenchResult[]> {
  const { runs, log } = options;
  const temp = createTempLibrary('atlas-bench-reviews-');
  try {
    const planId = await temp.importPlan(generatePlan(REVIEW_PLAN_SIZE));
    const first = await temp.service.takeSnapshot({ planId, label: 'Q1 review' });
    const document = await temp.service.loadPlan({ planId });
    await temp.service.applyPatch(quarterOfEdits(planId, document.nodes));
    const second = await temp.service.takeSnapshot({ planId, label: 'Q2 review' });
    const since = { id: first.id, label: first.label, takenAt: first.takenAt };

    const whole: number[] = [];
    const compareOnly: number[] = [];
    let changes = 0;
    for (let run = 0; run < runs + 2; run += 1) {
      const started = performance.now();
      const [before, after] = await Promise.all([temp.service.loadSnapshot({ id: first.id }), temp.service.loadSnapshot({ id: second.id })]);
      const loaded = performance.now();
      const result = comparePlans(before.content, after.content, since, BENCH_TODAY);
      const done = performance.now();
      changes = result.items.length;
      // The first two runs warm the JIT and SQLite's page cache.
      if (run < 2) continue;
      whole.push(done - started);
      compareOnly.push(done - loaded);
    }
    if (changes < 200) throw new Error(`The compare found only ${changes} changes; the edits did not land.`);
    log(`reviews: compared two reviews of a ${REVIEW_PLAN_SIZE}-node plan (${changes} changes)`);
    return [
      resultOf({ ...base, measure: 'compare-reviews', size: REVIEW_PLAN_SIZE, note: `two loadSnapshot calls on a real SQLite file + comparePlans; ${changes} changes` }, whole),
      resultOf({ ...base, measure: 'compare-plans', size: REVIEW_PLAN_SIZE, note: `comparePlans alone, ${changes} changes` }, compareOnly),
    ];
  } finally {
    temp.dispose();
  }
}
