import { nodesOfKind } from '../../shared/model.ts';
import type { PlanNode } from '../../shared/model.ts';
import { NO_FILTERS, searchPlan } from '../../shared/rules/search.ts';
import type { PlanSearchQuery } from '../../shared/rules/search.ts';
import { planTree } from '../../shared/rules/tree.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';
import { timeRuns } from './stats.ts';

/** How much of the search to measure. */
export interface SearchBenchOptions {
  sizes: readonly number[];
  runs: number;
  log: (line: string) => void;
}

/** What a person types, one keystroke at a time: a job title (matched in a field, not a label). */
const TYPED = 'chief financial officer';
const NOTE = 'shared/rules/search.ts, every prefix of "chief financial officer"';

/** The plan's nodes as fresh objects, so no text is cached from an earlier run (as after the plan is opened). */
function freshNodes(nodes: readonly PlanNode[]): PlanNode[] {
  return nodes.map((node) => ({ ...node, data: { ...node.data } }) as PlanNode);
}

const query = (text: string, filters = NO_FILTERS): PlanSearchQuery => ({ text, filters });

/**
 * The pure search the search box runs on each keystroke, over generated plans: each keystroke once the plan's text
 * has been read (as while typing), the first keystroke on a freshly opened plan (indexing the tree and reading every
 * node's text), and a keystroke with the kind and owner filters set.
 */
export async function benchSearch(options: SearchBenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of options.sizes) {
    const file = generatePlan(size);
    const ordered = planTree(file.nodes).ordered;
    const keystrokes: number[] = [];
    let hits = 0;
    for (let run = 0; run < options.runs; run += 1) {
      for (let at = 1; at <= TYPED.length; at += 1) {
        const started = performance.now();
        hits = searchPlan(ordered, query(TYPED.slice(0, at))).hits.length;
        keystrokes.push(performance.now() - started);
      }
    }
    results.push(resultOf({ group: 'search', subject: 'ours', unit: 'ms', measure: 'search-keystroke', size, note: `${NOTE}; ${hits} hits at the end` }, keystrokes));
    const first = await timeRuns(Math.max(options.runs, 5), () => searchPlan(planTree(freshNodes(file.nodes)).ordered, query('c')));
    results.push(resultOf({ group: 'search', subject: 'ours', unit: 'ms', measure: 'search-first-keystroke', size, note: 'tree index + every node’s text read, fresh node objects (copying them is timed too)' }, first));
    const owner = nodesOfKind(file.nodes, 'action').find((action) => action.data.owner !== '')!.data.owner;
    const filtered = await timeRuns(Math.max(options.runs, 5) * 4, () => searchPlan(ordered, query('review', { ...NO_FILTERS, kinds: ['action'], owner })));
    results.push(resultOf({ group: 'search', subject: 'ours', unit: 'ms', measure: 'search-filtered', size, note: `text "review", kind Action, owner ${owner}` }, filtered));
    options.log(`search: ${size} nodes`);
  }
  return results;
}
