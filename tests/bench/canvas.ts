import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../electron/cli/server/startServer.ts';
import type { PlanFile } from '../../shared/planFile.ts';
import { createTempLibrary } from './backend.ts';
import { launchBenchBrowser, WINDOW } from './browser.ts';
import { BENCH_RENDERER_DIR, buildForBench, PEERS_DIR } from './buildBench.ts';
import { dragEffects, dragFrames, emptyPanePoint, loopPath, measureLoad, nodeNearCentre, settle } from './canvasPage.ts';
import type { LoadFigures, Settled } from './canvasPage.ts';
import { focusNode, generatePlan, peerMap } from './generatePlan.ts';
import { withMainThreadBusy } from './mainThreadBusy.ts';
import { installRenderCounter } from './pageProbes.ts';
import { resultOf, resultOfRuns } from './results.ts';
import type { BenchResult } from './results.ts';
import { serveFolder } from './staticServer.ts';
import { bareReactFlowSubject, mindElixirSubject, oursSubject } from './subjects.ts';
import type { CanvasSubject, View } from './subjects.ts';
import { visibleCount } from './visibleCount.ts';

/** How much of the canvas to measure. */
export interface CanvasBenchOptions {
  /** Plan sizes our canvas is measured at. */
  sizes: readonly number[];
  /** Sizes at which the peers are measured too. */
  peerSizes: readonly number[];
  loadRuns: number;
  interactionRuns: number;
  /** Length of each pan or drag gesture. */
  gestureMs: number;
  log: (line: string) => void;
}

/** The canvas figures and the browser they were taken in. */
export interface CanvasBenchOutput {
  results: BenchResult[];
  chromiumVersion: string;
  buildMs: number;
}

/** Production build, browser mode on a temp library, the peer pages beside it; every figure in the same Chromium. */
export async function benchCanvas(options: CanvasBenchOptions): Promise<CanvasBenchOutput> {
  const buildMs = await buildForBench();
  options.log(`canvas: production build of the renderer and the peer pages in ${(buildMs / 1000).toFixed(1)} s`);
  const plans = new Map<number, PlanFile>();
  const planOf = (size: number) => plans.get(size) ?? plans.set(size, generatePlan(size)).get(size)!;
  mkdirSync(join(PEERS_DIR, 'data'), { recursive: true });
  for (const size of options.peerSizes) writeFileSync(join(PEERS_DIR, 'data', `plan-${size}.json`), JSON.stringify(peerMap(planOf(size))));

  const temp = createTempLibrary('atlas-bench-canvas-');
  const server = await startServer({ libraryPath: temp.path, rendererDir: BENCH_RENDERER_DIR });
  const peers = await serveFolder(PEERS_DIR);
  const browser = await launchBenchBrowser();
  try {
    const importPlan = async (size: number, viewport: { x: number; y: number; zoom: number } | null) => {
      const planId = await temp.importPlan({ ...planOf(size), viewport });
      return { planId, done: async () => void (await temp.service.deletePlan({ id: planId })) };
    };
    const focusOf = (size: number) => focusNode(planOf(size));
    const ours = oursSubject(importPlan, server.url, (size) => focusOf(size).position);
    const results: BenchResult[] = [];
    for (const size of options.sizes) {
      const subjects = [ours, ...(options.peerSizes.includes(size) ? [bareReactFlowSubject(peers.baseUrl, (n) => focusOf(n).id), mindElixirSubject(peers.baseUrl, (n) => focusOf(n).id)] : [])];
      for (const subject of subjects) {
        results.push(...(await benchSubject(browser, subject, planOf(size), options)));
        options.log(`canvas: ${subject.name}, ${size} nodes`);
      }
    }
    return { results, chromiumVersion: browser.version(), buildMs };
  } finally {
    await browser.close();
    await peers.close();
    await server.close();
    temp.dispose();
  }
}

/** Frame intervals of each run of each gesture, and the main-thread busy time per frame of each run. */
interface Gestures {
  pan: number[][];
  drag: number[][];
  panBusy: number[];
  dragBusy: number[];
}

async function benchSubject(browser: Browser, subject: CanvasSubject, plan: PlanFile, options: CanvasBenchOptions): Promise<BenchResult[]> {
  const size = plan.nodes.length;
  const rootId = plan.nodes.find((node) => node.parentId === null)!.id;
  const base = { group: 'canvas', subject: subject.name, size } as const;
  const results: BenchResult[] = [];
  const busyNote = 'main-thread busy time per frame (Chromium TaskDuration over the gesture ÷ frames), median of runs';
  // Zoomed out to the map's shape, our map draws only the account as a card: no item there to drag.
  const framesOf = (view: View, frames: Gestures) => [
    resultOfRuns({ ...base, measure: `frames-pan-${view}`, unit: 'ms' }, frames.pan),
    ...(frames.drag.length > 0 ? [resultOfRuns({ ...base, measure: `frames-drag-${view}`, unit: 'ms' }, frames.drag)] : []),
    resultOf({ ...base, measure: `busy-pan-${view}`, unit: 'ms', note: busyNote }, frames.panBusy),
    ...(frames.dragBusy.length > 0 ? [resultOf({ ...base, measure: `busy-drag-${view}`, unit: 'ms', note: busyNote }, frames.dragBusy)] : []),
  ];
  const gestures = async (page: Page): Promise<Gestures> => {
    const measured: Gestures = { pan: [], drag: [], panBusy: [], dragBusy: [] };
    for (let run = 0; run < options.interactionRuns; run += 1) {
      const panStart = await emptyPanePoint(page, subject);
      const pan = await withMainThreadBusy(page, () => dragFrames(page, panStart, loopPath({ x: 160, y: 90 }, 1), options.gestureMs));
      measured.pan.push(pan.frames);
      measured.panBusy.push(pan.busyPerFrameMs);
      const dragStart = await nodeNearCentre(page, subject, [rootId]).catch(() => null);
      if (!dragStart) continue;
      const drag = await withMainThreadBusy(page, () => dragFrames(page, dragStart, loopPath({ x: 40, y: 120 }, 1), options.gestureMs));
      measured.drag.push(drag.frames);
      measured.dragBusy.push(drag.busyPerFrameMs);
    }
    return measured;
  };

  // First the fitted view as it opens: what "all nodes shown" means for this page, then gestures at that zoom.
  const fitted = await visit(browser, subject, size, 'fit', null, subject.react, async (page) => {
    const settled = await settle(page, subject);
    const nodeBox = await page.evaluate((node) => {
      const element = document.querySelector<HTMLElement>(node)!;
      return { width: element.offsetWidth, height: element.offsetHeight };
    }, subject.selectors.node);
    return { settled, nodeBox, frames: await gestures(page) };
  });
  const { settled } = fitted;
  const expected = subject.drawsEveryNode ? size : visibleCount(plan, settled, fitted.nodeBox);
  const visibleNote = subject.drawsEveryNode
    ? 'draws every node'
    : `nodes inside the fitted view, which is all React Flow draws${expected === settled.count ? '' : ` (by position ${expected} overlap the pane)`}`;
  results.push(resultOf({ ...base, measure: 'canvas-visible-nodes', unit: 'count', note: visibleNote }, [settled.count]));

  const loads: LoadFigures[] = [];
  for (let run = 0; run < options.loadRuns; run += 1) {
    const goal = { ...subject.selectors, count: settled.count, transform: settled.transform };
    loads.push(await visitUrl(browser, subject, size, 'fit', null, false, (context, url) => measureLoad(context, subject, url, goal, [rootId])));
  }
  results.push(resultOf({ ...base, measure: 'canvas-load-scripts', unit: 'ms', note: 'DOMContentLoaded: page and module scripts loaded and run' }, loads.map((load) => load.scriptsMs)));
  results.push(resultOf({ ...base, measure: 'canvas-load-data', unit: 'ms', note: 'plan data received (loadPlan over HTTP, or the peer JSON)' }, loads.map((load) => load.dataMs)));
  results.push(resultOf({ ...base, measure: 'canvas-load-shown', unit: 'ms' }, loads.map((load) => load.shownMs)));
  results.push(resultOf({ ...base, measure: 'canvas-load-interactive', unit: 'ms' }, loads.map((load) => load.interactiveMs)));
  results.push(resultOf({ ...base, measure: 'heap-after-load', unit: 'MB' }, loads.map((load) => load.heapMB)));
  results.push(resultOf({ ...base, measure: 'heap-after-gc', unit: 'MB' }, loads.map((load) => load.heapAfterGcMB)));

  // Then 100 % centred on a node in a dense column: gestures, and what one node drag touches.
  const zoomed = await visit(browser, subject, size, 'zoom1', settled.pane, subject.react, async (page) => {
    await settle(page, subject);
    const frames = await gestures(page);
    const node = await nodeNearCentre(page, subject, [rootId]);
    return { frames, effects: await dragEffects(page, subject, node, loopPath({ x: 40, y: 120 }, 1), Math.min(options.gestureMs, 1000)) };
  });
  results.push(...framesOf('zoom1', zoomed.frames), ...framesOf('fit', fitted.frames));

  const { effects } = zoomed;
  const counted = (measure: string, value: number | null, note: string) => (value === null ? [] : [resultOf({ ...base, measure, unit: 'count', note }, [value])]);
  results.push(
    ...counted('drag-moved-node-mutations', effects.movedMutations, 'DOM mutations of the dragged node during the drag and drop'),
    ...counted('drag-other-nodes-mutated', effects.otherNodesMutated, `other node elements with any DOM mutation (${effects.otherMutations} mutations in all)`),
    ...counted('drag-moved-node-renders', effects.movedRenders, 'React renders of the dragged node component'),
    ...counted('drag-other-nodes-rendered', effects.otherNodesRendered, `other node components that re-rendered (${effects.otherRenders ?? 0} renders in all)`),
  );
  return results;
}

async function visitUrl<T>(
  browser: Browser,
  subject: CanvasSubject,
  size: number,
  view: View,
  pane: Settled['pane'] | null,
  countRenders: boolean,
  work: (context: BrowserContext, url: string) => Promise<T>,
): Promise<T> {
  const opened = await subject.open(size, view, pane);
  const context = await browser.newContext({ viewport: WINDOW, deviceScaleFactor: 1 });
  try {
    if (countRenders) await context.addInitScript(installRenderCounter);
    return await work(context, opened.url);
  } finally {
    await context.close();
    await opened.done();
  }
}

async function visit<T>(
  browser: Browser,
  subject: CanvasSubject,
  size: number,
  view: View,
  pane: Settled['pane'] | null,
  countRenders: boolean,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  return visitUrl(browser, subject, size, view, pane, countRenders, async (context, url) => {
    const page = await context.newPage();
    await page.goto(url);
    return work(page);
  });
}
