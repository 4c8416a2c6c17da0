import type { Page } from 'playwright-core';
import { startServer } from '../../electron/cli/server/startServer.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout.ts';
import { createTempLibrary } from './backend.ts';
import { launchBenchBrowser, WINDOW } from './browser.ts';
import { BENCH_RENDERER_DIR, buildForBench } from './buildBench.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';

/** How much of the branch moves to measure. */
export interface MoveBenchOptions {
  runs: number;
  /** Skip the production build (another part just made it). */
  built: boolean;
  log: (line: string) => void;
}

/** The plan the drop is timed on. */
const MOVE_PLAN_SIZE = 1000;
/** The dragged stakeholder and the one it is dropped onto (neighbours in the sample's buying centre). */
const DRAGGED = 'Stakeholder: Sam Ortiz';
const TARGET = 'Stakeholder: Dana Whitfield';
/** How long one drop may take before the run is given up on (a hang, not a figure). */
const DROP_TIMEOUT_MS = 20_000;

/**
 * Arms a probe in the page: from the mouseup that drops the dragged node (seen first, in the capture phase)
 * until its card has moved to its new place (or out of the view) and one frame has been drawn after that.
 */
async function armDropProbe(page: Page): Promise<void> {
  await page.evaluate(
    ({ dragged, timeout }) => {
      const node = document.querySelector<HTMLElement>(`.react-flow__node[aria-label="${dragged}"]`)!;
      (window as unknown as { dropTime: Promise<number> }).dropTime = new Promise<number>((resolve, reject) => {
        const onUp = () => {
          window.removeEventListener('mouseup', onUp, true);
          const started = performance.now();
          const dropped = node.style.transform;
          const check = () => {
            // Laid out out of view, the card is no longer drawn at all: that too is the new layout shown.
            if (!node.isConnected || node.style.transform !== dropped) requestAnimationFrame(() => resolve(performance.now() - started));
            else if (performance.now() - started > timeout) reject(new Error(`The dropped node did not move to its new place in ${timeout} ms`));
            else requestAnimationFrame(check);
          };
          // A change of style is seen at once; the frame after it shows it drawn.
          const observer = new MutationObserver(() => {
            if (node.style.transform !== dropped) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(node, { attributes: true, attributeFilter: ['style'] });
          requestAnimationFrame(check);
        };
        window.addEventListener('mouseup', onUp, true);
      });
    },
    { dragged: DRAGGED, timeout: DROP_TIMEOUT_MS },
  );
}

/** Drags the stakeholder onto the other with the mouse, as a person would, and returns the time from drop to new layout. */
async function timeDrop(page: Page): Promise<number> {
  const from = (await page.locator(`.react-flow__node[aria-label="${DRAGGED}"]`).boundingBox())!;
  const to = (await page.locator(`.react-flow__node[aria-label="${TARGET}"]`).boundingBox())!;
  await armDropProbe(page);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + ((end.x - start.x) * step) / 10, start.y + ((end.y - start.y) * step) / 10);
  await page.locator('[role="status"][aria-label="Drop target"]').waitFor({ timeout: DROP_TIMEOUT_MS });
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as { dropTime: Promise<number> }).dropTime);
}

/** A drag-to-re-parent drop on a 1,000-node plan: time from the drop until the branch is drawn under its new parent. */
export async function benchMoveBranch(options: MoveBenchOptions): Promise<BenchResult[]> {
  if (!options.built) await buildForBench();
  const temp = createTempLibrary('atlas-bench-move-');
  const server = await startServer({ libraryPath: temp.path, rendererDir: BENCH_RENDERER_DIR });
  const browser = await launchBenchBrowser();
  const samples: number[] = [];
  try {
    const file = generatePlan(MOVE_PLAN_SIZE);
    const sam = file.nodes.find((node) => node.label === 'Sam Ortiz')!;
    // Opens at 100 % with the two stakeholders in the middle of the window (both drawn, full detail).
    const viewport = { x: WINDOW.width / 2 - sam.position.x - NODE_WIDTH / 2, y: WINDOW.height / 2 - sam.position.y - NODE_HEIGHT, zoom: 1 };
    const planId = await temp.importPlan({ ...file, viewport });
    const context = await browser.newContext({ viewport: WINDOW, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}#/plans/${planId}`);
    const dragged = page.locator(`.react-flow__node[aria-label="${DRAGGED}"]`);
    await dragged.waitFor({ timeout: 60_000 });
    for (let run = 0; run < options.runs; run += 1) {
      const before = await dragged.evaluate((element) => (element as HTMLElement).style.transform);
      samples.push(await timeDrop(page));
      // Undo puts it back for the next run; waits until it is drawn where it started.
      await page.keyboard.press('Control+z');
      await page.waitForFunction(
        ({ label, transform }) => document.querySelector<HTMLElement>(`.react-flow__node[aria-label="${label}"]`)?.style.transform === transform,
        { label: DRAGGED, transform: before },
        { timeout: DROP_TIMEOUT_MS },
      );
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    temp.dispose();
  }
  options.log(`move: ${samples.length} re-parent drops on a ${MOVE_PLAN_SIZE.toLocaleString('en-US')}-node plan`);
  const note = 'mouse drop of a stakeholder onto another until it is drawn under its new parent (production build, 100 % zoom)';
  return [resultOf({ group: 'move', subject: 'ours', unit: 'ms', measure: 'drop-reparent', size: MOVE_PLAN_SIZE, note }, samples)];
}
