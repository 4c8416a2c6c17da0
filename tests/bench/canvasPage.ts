import type { BrowserContext, Page } from 'playwright-core';
import { installLoadWatcher, startFrames, startMutations, stopFrames, stopMutations } from './pageProbes.ts';
import type { LoadGoal, LoadTimes } from './pageProbes.ts';
import type { CanvasSubject } from './subjects.ts';

/** A point on the page, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** The state of a map once it has stopped changing. */
export interface Settled {
  count: number;
  transform: string | null;
  /** Size of the map pane. */
  pane: { width: number; height: number };
}

const SETTLE_QUIET_MS = 500;
const SETTLE_TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the map draws nodes and neither their number nor the viewport has changed for a while. */
export async function settle(page: Page, subject: CanvasSubject): Promise<Settled> {
  await page.locator(subject.selectors.node).first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  const read = () =>
    page.evaluate(({ node, viewport, pane }) => {
      const box = document.querySelector(pane)!.getBoundingClientRect();
      const visible = [...document.querySelectorAll<HTMLElement>(node)].filter((element) => element.style.visibility !== 'hidden').length;
      return { count: visible, transform: document.querySelector<HTMLElement>(viewport)?.style.transform ?? null, pane: { width: box.width, height: box.height } };
    }, { ...subject.selectors, pane: subject.pane });
  let last = await read();
  let quietSince = performance.now();
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  while (performance.now() - quietSince < SETTLE_QUIET_MS) {
    if (performance.now() > deadline) throw new Error(`${subject.name}: the map never settled.`);
    await sleep(100);
    const now = await read();
    if (now.count !== last.count || now.transform !== last.transform) quietSince = performance.now();
    last = now;
  }
  return last;
}

/** Figures of one navigation. */
export interface LoadFigures {
  /** DOMContentLoaded done: the page and its module scripts loaded and run. */
  scriptsMs: number;
  /** The plan's data received (the loadPlan call, or the peer's JSON). */
  dataMs: number;
  shownMs: number;
  interactiveMs: number;
  heapMB: number;
  heapAfterGcMB: number;
}

/**
 * One navigation in a fresh context: the time from navigation start until the goal's nodes are drawn at the final
 * viewport, then a click on the node nearest the centre; "interactive" adds the click's press-to-selected time
 * to the shown time (the harness's own delay between seeing the map and clicking is left out). Then the heap.
 */
export async function measureLoad(context: BrowserContext, subject: CanvasSubject, url: string, goal: LoadGoal, notDraggableIds: string[]): Promise<LoadFigures> {
  const page = await context.newPage();
  await page.addInitScript(installLoadWatcher, goal);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window.__benchLoad?.shownAt ?? null) !== null, undefined, { timeout: SETTLE_TIMEOUT_MS, polling: 'raf' });
  // Zoomed out to its shape, our map's only card is the account: the click selects that.
  const target = await nodeNearCentre(page, subject, notDraggableIds).catch(() => centreOf(page, subject.notDraggable));
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(() => (window.__benchLoad?.selectedAt ?? -1) > 0, undefined, { timeout: 10_000 });
  const times = (await page.evaluate(() => window.__benchLoad)) as LoadTimes;
  const phases = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const data = performance.getEntriesByType('resource').find((entry) => /\/api\/loadPlan|\/data\/plan-/.test(entry.name)) as PerformanceResourceTiming | undefined;
    return { scriptsMs: navigation.domContentLoadedEventEnd, dataMs: data?.responseEnd ?? Number.NaN };
  });
  await sleep(300);
  const heap = () => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1024 / 1024);
  const heapMB = await heap();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGcMB = await heap();
  await cdp.detach();
  await page.close();
  return { ...phases, shownMs: times.shownAt!, interactiveMs: times.shownAt! + (times.selectedAt! - times.pointerDownAt!), heapMB, heapAfterGcMB };
}

/** The middle of the first element matching `selector`. */
async function centreOf(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point on the body of the node nearest the middle of the pane that lies wholly inside it (not the root). */
export async function nodeNearCentre(page: Page, subject: CanvasSubject, excludeIds: string[]): Promise<Point & { id: string }> {
  const found = await page.evaluate(
    ({ node, pane, idAttribute, notDraggable, excludeIds }) => {
      const area = document.querySelector(pane)!.getBoundingClientRect();
      const middle = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
      const excluded = new Set([...document.querySelectorAll(notDraggable)]);
      let best: { x: number; y: number; id: string; distance: number } | null = null;
      for (const element of document.querySelectorAll<HTMLElement>(node)) {
        const id = element.getAttribute(idAttribute) ?? '';
        if (excluded.has(element) || excludeIds.some((excludedId) => id.endsWith(excludedId))) continue;
        const box = element.getBoundingClientRect();
        if (box.left < area.left || box.top < area.top || box.right > area.right || box.bottom > area.bottom) continue;
        // Press on the node's body, never on a connection handle (at low zoom they cover much of a small box).
        const point = [0.5, 0.3, 0.7, 0.15, 0.85]
          .map((fraction) => ({ x: box.left + box.width * fraction, y: box.top + box.height / 2 }))
          .find(({ x, y }) => {
            const hit = document.elementFromPoint(x, y);
            return hit?.closest(node) === element && !hit.closest('.react-flow__handle');
          });
        if (!point) continue;
        const distance = Math.hypot(point.x - middle.x, point.y - middle.y);
        if (!best || distance < best.distance) best = { ...point, id, distance };
      }
      return best;
    },
    { ...subject.selectors, pane: subject.pane, notDraggable: subject.notDraggable, excludeIds },
  );
  if (!found) throw new Error(`${subject.name}: no node lies wholly inside the map pane.`);
  return found;
}

/** An empty spot of the pane near its middle, where a drag pans the map. */
export async function emptyPanePoint(page: Page, subject: CanvasSubject): Promise<Point> {
  const found = await page.evaluate(
    ({ node, pane }) => {
      const paneElement = document.querySelector(pane)!;
      const area = paneElement.getBoundingClientRect();
      const middle = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
      const isEmpty = (x: number, y: number) => {
        const element = document.elementFromPoint(x, y);
        return element !== null && paneElement.contains(element) && element.closest(node) === null && !(element instanceof SVGElement);
      };
      for (let radius = 0; radius < Math.min(area.width, area.height) / 2; radius += 12) {
        for (let step = 0; step < 16; step += 1) {
          const angle = (step / 16) * Math.PI * 2;
          const x = middle.x + Math.cos(angle) * radius;
          const y = middle.y + Math.sin(angle) * radius;
          // The whole neighbourhood must be empty, so the press cannot land on a box edge.
          if ([0, 6, -6].every((d) => isEmpty(x + d, y) && isEmpty(x, y + d))) return { x, y };
        }
      }
      return null;
    },
    { node: subject.selectors.node, pane: subject.pane },
  );
  if (!found) throw new Error(`${subject.name}: no empty spot on the map pane.`);
  return found;
}

/** A pointer path: where the pointer is at fraction t (0..1) of the gesture, relative to its start. */
export type Path = (t: number) => Point;

/** A back-and-forth path (a Lissajous loop) that ends where it started. */
export function loopPath(amplitude: Point, cycles: number): Path {
  return (t) => ({ x: amplitude.x * Math.sin(2 * Math.PI * cycles * t), y: amplitude.y * Math.sin(4 * Math.PI * cycles * t) / 2 });
}

/** Presses at `start`, moves along `path` at about 60 moves a second for `durationMs`, releases; returns the frame times. */
export async function dragFrames(page: Page, start: Point, path: Path, durationMs: number): Promise<number[]> {
  await page.mouse.move(start.x, start.y);
  await page.evaluate(startFrames);
  await gesture(page, start, path, durationMs);
  return page.evaluate(stopFrames);
}

async function gesture(page: Page, start: Point, path: Path, durationMs: number): Promise<void> {
  await page.mouse.down();
  const began = performance.now();
  for (let step = 1; ; step += 1) {
    const elapsed = performance.now() - began;
    const t = Math.min(1, elapsed / durationMs);
    const offset = path(t);
    await page.mouse.move(start.x + offset.x, start.y + offset.y);
    if (t >= 1) break;
    const wait = began + step * (1000 / 60) - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
}

/** What a node drag touched besides the dragged node. */
export interface DragEffects {
  movedMutations: number;
  otherNodesMutated: number;
  otherMutations: number;
  movedRenders: number | null;
  otherNodesRendered: number | null;
  otherRenders: number | null;
}

/** Drags one node along `path` and counts DOM mutations (and React renders, where the hook is installed) per node. */
export async function dragEffects(page: Page, subject: CanvasSubject, node: Point & { id: string }, path: Path, durationMs: number): Promise<DragEffects> {
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  // Start the drag (and its selection) before counting: what is counted is the movement and the drop.
  await page.mouse.move(node.x + 4, node.y + 4);
  await page.mouse.move(node.x, node.y);
  await sleep(200);
  await page.evaluate(() => window.__benchRenders?.start());
  await page.evaluate(startMutations, subject.selectors);
  const began = performance.now();
  for (let step = 1; ; step += 1) {
    const t = Math.min(1, (performance.now() - began) / durationMs);
    const offset = path(t);
    await page.mouse.move(node.x + offset.x, node.y + offset.y);
    if (t >= 1) break;
    await sleep(Math.max(0, began + step * (1000 / 60) - performance.now()));
  }
  await page.mouse.up();
  await sleep(500);
  const mutations = await page.evaluate(stopMutations);
  const renders = await page.evaluate(() => window.__benchRenders?.stop() ?? null);
  const counted = { mutations, renders };
  const others = (counts: Record<string, number>) => Object.entries(counts).filter(([id]) => id !== node.id);
  return {
    movedMutations: counted.mutations.counts[node.id] ?? 0,
    otherNodesMutated: others(counted.mutations.counts).length,
    otherMutations: others(counted.mutations.counts).reduce((sum, [, count]) => sum + count, 0),
    movedRenders: renders ? (renders[node.id] ?? 0) : null,
    otherNodesRendered: renders ? others(renders).length : null,
    otherRenders: renders ? others(renders).reduce((sum, [, count]) => sum + count, 0) : null,
  };
}
