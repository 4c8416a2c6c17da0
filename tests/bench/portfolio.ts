import type { PlanFile } from '../../shared/planFile.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { createTempLibrary } from './backend.ts';
import { BENCH_TODAY, seededIds } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';

/** How much of the portfolio to measure. */
export interface PortfolioBenchOptions {
  runs: number;
  log: (line: string) => void;
}

/** Accounts in the portfolio the issue names. */
export const PORTFOLIO_ACCOUNTS = 200;
/** Reviews each plan has: the portfolio reads the last one of each to give the health trend. */
const REVIEWS_PER_PLAN = 2;

/**
 * The sample plan (73 nodes) as account number `n` of the portfolio, with its own ids and name and two reviews of
 * itself (a review holds the whole plan, as the app's do).
 */
function portfolioAccount(n: number): PlanFile {
  const file = buildSamplePlan(BENCH_TODAY, { newId: seededIds(1000 + n) });
  const name = `Account ${String(n).padStart(3, '0')}`;
  const reviews = Array.from({ length: REVIEWS_PER_PLAN }, (_, at) => ({
    id: `review-${n}-${at}`,
    planId: file.plan.id,
    label: `Review ${at + 1}`,
    takenAt: `2025-${String(10 + at).padStart(2, '0')}-15T09:00:00.000Z`,
    nodeCount: file.nodes.length,
    content: { plan: file.plan, nodes: file.nodes, edges: file.edges },
  }));
  return { ...file, account: { ...file.account, name, tier: n % 3 === 0 ? 'key' : 'strategic' }, snapshots: reviews };
}

/**
 * The portfolio of 200 accounts through the real service on a real SQLite file: every account's current plan read,
 * scored now and at its last review (read from its stored review), overdue actions counted and flags worked out; the
 * first call of a process, then calls with one plan changed before each (the target applies to these).
 */
export async function benchPortfolio(options: PortfolioBenchOptions): Promise<BenchResult[]> {
  const { runs, log } = options;
  const temp = createTempLibrary('atlas-bench-portfolio-');
  try {
    for (let n = 1; n <= PORTFOLIO_ACCOUNTS; n += 1) await temp.service.importPlanFile({ file: portfolioAccount(n) });
    log(`portfolio: ${PORTFOLIO_ACCOUNTS} accounts imported, each with a 73-node plan and ${REVIEWS_PER_PLAN} reviews`);
    const check = (rows: Awaited<ReturnType<typeof temp.service.portfolio>>) => {
      if (rows.length !== PORTFOLIO_ACCOUNTS || rows.some((row) => row.plan === null || row.healthAtLastReview === null)) {
        throw new Error('The portfolio did not give every account its plan and its score at the last review.');
      }
      return rows;
    };
    // The first call of a process reads and scores every plan and its last review.
    const firstStarted = performance.now();
    const first = check(await temp.service.portfolio({}));
    const firstMs = performance.now() - firstStarted;
    // Then the home screen asks again as a sales leader works: between two calls someone changed one plan (a new
    // action on a different account each run), which is read and scored again.
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const changed = first[(run * 37) % first.length]!.plan!;
      const document = await temp.service.loadPlan({ planId: changed.id });
      const root = document.nodes.find((node) => node.kind === 'account')!;
      await temp.service.applyPatch({ planId: changed.id, upsertNodes: [{ id: `bench-action-${run}`, kind: 'action', label: 'Call the CFO', parentId: root.id, data: { dueDate: '2025-01-01' } }] });
      const started = performance.now();
      const rows = check(await temp.service.portfolio({}));
      samples.push(performance.now() - started);
      const row = rows.find((entry) => entry.plan?.id === changed.id)!;
      const before = first.find((entry) => entry.plan?.id === changed.id)!;
      if (row.overdueActions <= before.overdueActions) throw new Error('The portfolio did not read the changed plan again.');
    }
    log(`portfolio: first call and ${runs} runs after a change`);
    const note = `accounts; 73-node plans with ${REVIEWS_PER_PLAN} reviews each, service.portfolio on a real SQLite file`;
    return [
      resultOf({ group: 'portfolio', subject: 'ours', unit: 'ms', measure: 'portfolio', size: PORTFOLIO_ACCOUNTS, note: `${note}; one plan changed before each call` }, samples),
      resultOf({ group: 'portfolio', subject: 'ours', unit: 'ms', measure: 'portfolio-first', size: PORTFOLIO_ACCOUNTS, note: `${note}; the first call of a process, every plan read and scored` }, [firstMs]),
    ];
  } finally {
    temp.dispose();
  }
}
