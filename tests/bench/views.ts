import type { Page } from 'playwright-core';
import { startServer } from '../../electron/cli/server/startServer.ts';
import { layoutOrgChart } from '../../shared/rules/orgChart.ts';
import { createTempLibrary } from './backend.ts';
import { launchBenchBrowser, WINDOW } from './browser.ts';
import { BENCH_RENDERER_DIR, buildForBench } from './buildBench.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';
import { timeRuns } from './stats.ts';

/** How much of the stakeholder views to measure. */
export interface ViewsBenchOptions {
  runs: number;
  /** Skip the production build (the canvas part just made it). */
  built: boolean;
  log: (line: string) => void;
}

/** Org charts of these many stakeholders are laid out. */
const LAYOUT_SIZES = [200, 500, 2000];
/** The plan the view switches are timed on. */
const SWITCH_PLAN_SIZE = 1000;
/** How long a switch may take before the run is given up on (a hang, not a figure). */
const SWITCH_TIMEOUT_MS = 20_000;

/** What shows that a view is drawn and can be used. */
const VIEW_READY = {
  'Org chart': 'main[aria-label="Org chart"] [data-stakeholder-id]',
  'Power map': 'main[aria-label="Power map"] [role="cell"]',
  Coverage: 'main[aria-label="Coverage view"] table, main[aria-label="Coverage view"] .atlas-view__empty',
  Outline: 'main[aria-label="Outline"] [role="treeitem"]',
  Actions: 'main[aria-label="Action tracker"] tbody tr, main[aria-label="Action tracker"] .atlas-view__empty',
  Map: 'main[aria-label="Account map"] .react-flow__node[aria-label]',
} as const;

/** A reporting tree: everyone but the first reports to someone earlier, four reports per manager. */
function orgChart(size: number) {
  const ids = Array.from({ length: size }, (_, index) => `s${index}`);
  const links = ids.slice(1).map((id, index) => ({ source: id, target: `s${Math.floor(index / 4)}` }));
  return { ids, links };
}

/**
 * Clicks a view tab and times, in the page, until the view's content is in the DOM and one frame later (it was
 * drawn): the time until the view answers the next click or key.
 */
async function timeSwitch(page: Page, tab: keyof typeof VIEW_READY): Promise<number> {
  return page.evaluate(
    ({ tab: name, ready, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((element) => element.textContent === name);
        if (!button) return reject(new Error(`No "${name}" tab`));
        const started = performance.now();
        button.click();
        const check = () => {
          if (document.querySelector(ready)) requestAnimationFrame(() => resolve(performance.now() - started));
          else if (performance.now() - started > timeout) reject(new Error(`The ${name} view did not appear in ${timeout} ms`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { tab, ready: VIEW_READY[tab], timeout: SWITCH_TIMEOUT_MS },
  );
}

/** The org chart layout at 200, 500 and 2,000 stakeholders, and switching from the map to each view and back. */
export async function benchViews(options: ViewsBenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of LAYOUT_SIZES) {
    const { ids, links } = orgChart(size);
    results.push(resultOf({ group: 'views', subject: 'ours', unit: 'ms', measure: 'org-chart-layout', size, note: 'shared/rules/orgChart.ts, d3-hierarchy tidy tree' }, await timeRuns(Math.max(options.runs, 5), () => layoutOrgChart(ids, links))));
  }
  options.log('views: org chart layouts');

  if (!options.built) await buildForBench();
  const temp = createTempLibrary('atlas-bench-views-');
  const server = await startServer({ libraryPath: temp.path, rendererDir: BENCH_RENDERER_DIR });
  const browser = await launchBenchBrowser();
  try {
    const planId = await temp.importPlan(generatePlan(SWITCH_PLAN_SIZE));
    const context = await browser.newContext({ viewport: WINDOW, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}#/plans/${planId}`);
    await page.locator(VIEW_READY.Map).first().waitFor({ timeout: 60_000 });
    for (const view of ['Org chart', 'Power map', 'Coverage', 'Outline', 'Actions'] as const) {
      const there: number[] = [];
      const back: number[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        there.push(await timeSwitch(page, view));
        back.push(await timeSwitch(page, 'Map'));
      }
      const slug = view.toLowerCase().replace(' ', '-');
      const note = 'click on the tab until the view is in the DOM and drawn (first run includes loading the view code)';
      results.push(resultOf({ group: 'views', subject: 'ours', unit: 'ms', measure: `switch-to-${slug}`, size: SWITCH_PLAN_SIZE, note }, there));
      results.push(resultOf({ group: 'views', subject: 'ours', unit: 'ms', measure: `switch-back-from-${slug}`, size: SWITCH_PLAN_SIZE, note: 'back to the map until its nodes are drawn' }, back));
      options.log(`views: switched to the ${view.toLowerCase()} and back`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    temp.dispose();
  }
  return results;
}
