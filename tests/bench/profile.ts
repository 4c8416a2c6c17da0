import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { join } from 'node:path';
import { startServer } from '../../electron/cli/server/startServer.ts';
import { createTempLibrary } from './backend.ts';
import { launchBenchBrowser, WINDOW } from './browser.ts';
import { BENCH_RENDERER_DIR, buildForBench, PEERS_DIR } from './buildBench.ts';
import { serveFolder } from './staticServer.ts';
import { dragFrames, emptyPanePoint, loopPath, nodeNearCentre, settle } from './canvasPage.ts';
import { focusNode, generatePlan, peerMap } from './generatePlan.ts';
import { quantile } from './stats.ts';
import { bareReactFlowSubject, oursSubject } from './subjects.ts';
import type { View } from './subjects.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self time per function (name, file, line) of a CPU profile, largest first. */
function selfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node] as const));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, at) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
  });
  return [...totals.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Time per top-level task kind on the renderer's main thread (nested events counted inside their parent). */
function mainThreadTimes(events: TraceEvent[]): { name: string; ms: number; count: number }[] {
  // The busiest renderer main thread (a navigation may move the page to a new renderer process).
  const mains = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const ownOf = (main: TraceEvent) => events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined);
  const own = mains.map(ownOf).sort((a, b) => b.length - a.length)[0]?.sort((a, b) => a.ts - b.ts);
  if (!own) return [];
  // Self time: each event's duration less that of its direct children.
  const totals = new Map<string, { ms: number; count: number }>();
  const stack: { event: TraceEvent; end: number; childTime: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      const entry = totals.get(done.event.name) ?? { ms: 0, count: 0 };
      entry.ms += (done.event.dur! - done.childTime) / 1000;
      entry.count += 1;
      totals.set(done.event.name, entry);
      if (stack.length > 0) stack[stack.length - 1]!.childTime += done.event.dur!;
    }
  };
  for (const event of own) {
    close(event.ts);
    stack.push({ event, end: event.ts + event.dur!, childTime: 0 });
  }
  close(Infinity);
  return [...totals.entries()].map(([name, entry]) => ({ name, ...entry })).sort((a, b) => b.ms - a.ms);
}

/** A navigation to the map and a click on a node, traced: main-thread time per task kind, and the phases. */
async function profileLoad(browser: Browser, context: BrowserContext, url: string, rootId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('about:blank');
  // The sampling profiler's chunks go into the trace too (a CDP profiler session would not survive the navigation).
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
  const navigationStart = Date.now();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  const shownMs = Date.now() - navigationStart;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // Zoomed out to its shape, the map's only card is the account: the click selects that.
  const target = await nodeNearCentre(page, oursSubject(async () => ({ planId: '', done: async () => undefined }), '', () => ({ x: 0, y: 0 })), [rootId]).catch(async () => {
    const box = (await page.locator('.react-flow__node[aria-label^="Account:"]').boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const clicked = Date.now();
  await page.mouse.click(target.x, target.y);
  await page.locator('.react-flow__node.selected').first().waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const selectMs = Date.now() - clicked;
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join('tests', 'output', 'profile-click.cpuprofile'), JSON.stringify(profile));
  for (const { name, ms } of selfTimes(profile as never).slice(0, 25)) console.log(`click ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  writeFileSync(join('tests', 'output', 'profile-load.json'), JSON.stringify(trace));
  console.log(`first node shown ${shownMs} ms after navigation (harness clock); click → selected + painted ${selectMs} ms`);
  for (const { name, ms, count } of mainThreadTimes(trace.traceEvents).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(5)}×  ${name}`);
}

/**
 * Where a gesture's time goes, for tuning: a CPU profile (self time per function) and a trace of a pan, a node
 * drag, or the map's load and a click, written to tests/output. Run:
 * `node tests/bench/profile.ts [size] [fit|zoom1] [pan|drag|load]` through npm's PATH (Node 22). Environment:
 * ATLAS_BENCH_READABLE=1 builds unminified (function names), ATLAS_PROFILE_PEER=1 profiles the bare React Flow
 * page instead, ATLAS_PROFILE_CSS adds a style sheet. Not part of the bench's figures.
 */
export async function profileGesture(size: number, view: View, gesture: 'pan' | 'drag' | 'load'): Promise<void> {
  await buildForBench();
  const plan = generatePlan(size);
  const temp = createTempLibrary('atlas-bench-profile-');
  const server = await startServer({ libraryPath: temp.path, rendererDir: BENCH_RENDERER_DIR });
  mkdirSync(join(PEERS_DIR, 'data'), { recursive: true });
  writeFileSync(join(PEERS_DIR, 'data', `plan-${size}.json`), JSON.stringify(peerMap(plan)));
  const peers = await serveFolder(PEERS_DIR);
  const browser = await launchBenchBrowser();
  try {
    const oursOnly = oursSubject(async (_size, viewport) => ({ planId: await temp.importPlan({ ...plan, viewport }), done: async () => undefined }), server.url, () => focusNode(plan).position);
    // ATLAS_PROFILE_PEER=1 profiles the bare React Flow page on the same plan instead, for comparison.
    const ours = process.env.ATLAS_PROFILE_PEER === '1' ? bareReactFlowSubject(peers.baseUrl, () => focusNode(plan).id) : oursOnly;
    const rootId = plan.nodes.find((node) => node.parentId === null)!.id;
    const context = await browser.newContext({ viewport: WINDOW });
    let pane: { width: number; height: number } | null = null;
    if (view === 'zoom1') {
      const first = await context.newPage();
      await first.goto((await ours.open(size, 'fit', null)).url);
      pane = (await settle(first, ours)).pane;
      await first.close();
    }
    if (gesture === 'load') return await profileLoad(browser, context, (await ours.open(size, view, pane)).url, rootId);
    const page = await context.newPage();
    await page.goto((await ours.open(size, view, pane)).url);
    await settle(page, ours);
    console.log(await page.evaluate(() => ({
      transform: document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform,
      nodes: document.querySelectorAll('.react-flow__node').length,
      treeEdges: document.querySelectorAll('.react-flow__edge-tree').length,
      relationEdges: document.querySelectorAll('.react-flow__edge-relation').length,
      elements: document.querySelectorAll('*').length,
      paneHoldsViewport: document.querySelector('.react-flow__pane')?.contains(document.querySelector('.react-flow__viewport')) ?? false,
    })));
    const start = gesture === 'pan' ? await emptyPanePoint(page, ours) : await nodeNearCentre(page, ours, [rootId]);
    // ATLAS_PROFILE_CSS adds a style sheet first, to try a change without rebuilding.
    if (process.env.ATLAS_PROFILE_CSS) await page.addStyleTag({ content: process.env.ATLAS_PROFILE_CSS });
    await page.evaluate(() => {
      const counts = { viewport: 0 };
      (window as unknown as { __viewportChanges: typeof counts }).__viewportChanges = counts;
      new MutationObserver(() => (counts.viewport += 1)).observe(document.querySelector('.react-flow__viewport')!, { attributes: true, attributeFilter: ['style'] });
    });
    console.log('gesture starts at', start);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    const traced = await dragFrames(page, start, gesture === 'pan' ? loopPath({ x: 160, y: 90 }, 1) : loopPath({ x: 40, y: 120 }, 1), 3000);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    writeFileSync(join('tests', 'output', `profile-${size}-${view}-${gesture}.trace.json`), JSON.stringify(trace));
    console.log('viewport changes during the gesture', await page.evaluate(() => (window as unknown as { __viewportChanges: { viewport: number } }).__viewportChanges.viewport));
    console.log(`traced gesture: frames p50 ${quantile(traced, 0.5).toFixed(1)} p95 ${quantile(traced, 0.95).toFixed(1)} ms; long frames (index: ms) ${traced.flatMap((ms, at) => (ms > 20 ? [`${at}: ${ms.toFixed(0)}`] : [])).join(', ')} of ${traced.length}`);
    for (const { name, ms, count } of mainThreadTimes(trace.traceEvents).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(5)}×  ${name}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // The first gesture may leave the dragged node a pixel off: pick the starting point again.
    const again = gesture === 'pan' ? await emptyPanePoint(page, ours) : await nodeNearCentre(page, ours, [rootId]);
    const frames = await dragFrames(page, again, gesture === 'pan' ? loopPath({ x: 160, y: 90 }, 1) : loopPath({ x: 40, y: 120 }, 1), 3000);
    const { profile } = await cdp.send('Profiler.stop');
    const out = join('tests', 'output', `profile-${size}-${view}-${gesture}.cpuprofile`);
    writeFileSync(out, JSON.stringify(profile));
    const total = profile.timeDeltas!.reduce((sum, delta) => sum + delta, 0) / 1000;
    console.log(`${size} nodes, ${view}, ${gesture}: frames p50 ${quantile(frames, 0.5).toFixed(1)} p95 ${quantile(frames, 0.95).toFixed(1)} ms; profile ${total.toFixed(0)} ms → ${out}`);
    for (const { name, ms } of selfTimes(profile as never).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  } finally {
    await browser.close();
    await peers.close();
    await server.close();
    temp.dispose();
  }
}

if (import.meta.main) {
  await profileGesture(Number(process.argv[2] ?? 1000), (process.argv[3] ?? 'fit') as View, (process.argv[4] ?? 'drag') as 'pan' | 'drag' | 'load');
}
