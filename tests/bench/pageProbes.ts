// Functions that run inside the measured page (serialised by playwright): they may use nothing from outside.

/** How a probe finds the map's parts in one page. */
export interface ProbeSelectors {
  node: string;
  selected: string;
  viewport: string;
  idAttribute: string;
}

/** What the load watcher waits for: this many nodes drawn and this viewport transform. */
export interface LoadGoal extends ProbeSelectors {
  count: number;
  transform: string | null;
}

/** Times the load watcher records, in ms since navigation start. */
export interface LoadTimes {
  shownAt: number | null;
  pointerDownAt: number | null;
  selectedAt: number | null;
}

declare global {
  interface Window {
    __benchLoad?: LoadTimes;
    __benchFrames?: { stamps: number[]; running: boolean };
    __benchMutations?: { observer: MutationObserver; counts: Record<string, number>; outside: number; count(records: MutationRecord[]): void };
    __benchRenders?: { start(): void; stop(): Record<string, number> };
  }
}

/**
 * Installed before the page's own scripts: marks the first frame in which `goal.count` visible nodes are drawn
 * at the final viewport (time taken just after that frame is handed to the compositor), then the time a node
 * becomes selected after a pointer press.
 */
export function installLoadWatcher(goal: LoadGoal): void {
  const times: LoadTimes = { shownAt: null, pointerDownAt: null, selectedAt: null };
  window.__benchLoad = times;
  const afterPaint = (record: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record(performance.now());
      channel.port2.postMessage(null);
    });
  const allShown = () => {
    const nodes = document.querySelectorAll<HTMLElement>(goal.node);
    if (nodes.length !== goal.count) return false;
    for (const node of nodes) if (node.style.visibility === 'hidden') return false;
    if (goal.transform === null) return true;
    return document.querySelector<HTMLElement>(goal.viewport)?.style.transform === goal.transform;
  };
  const watch = () => {
    if (allShown()) afterPaint((at) => (times.shownAt = at));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  window.addEventListener('pointerdown', () => (times.pointerDownAt ??= performance.now()), { capture: true });
  const selection = new MutationObserver(() => {
    if (times.pointerDownAt === null || times.selectedAt !== null || !document.querySelector(goal.selected)) return;
    times.selectedAt = -1;
    afterPaint((at) => (times.selectedAt = at));
  });
  const observe = () => selection.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  if (document.body) observe();
  else document.addEventListener('DOMContentLoaded', observe);
}

/** Starts recording the start time of every animation frame. */
export function startFrames(): void {
  const recorder = { stamps: [] as number[], running: true };
  window.__benchFrames = recorder;
  const tick = (stamp: number) => {
    if (!recorder.running) return;
    recorder.stamps.push(stamp);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops the frame recorder and returns the time between consecutive frames, in ms. */
export function stopFrames(): number[] {
  const recorder = window.__benchFrames!;
  recorder.running = false;
  return recorder.stamps.slice(1).map((stamp, index) => stamp - recorder.stamps[index]!);
}

/** Starts counting DOM mutations per node element (by its id attribute). */
export function startMutations(selectors: ProbeSelectors): void {
  const state = { counts: {} as Record<string, number>, outside: 0, observer: null as unknown as MutationObserver, count: (_records: MutationRecord[]) => {} };
  state.count = (records) => {
    for (const record of records) {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      const node = element?.closest(selectors.node);
      const id = node?.getAttribute(selectors.idAttribute);
      if (id) state.counts[id] = (state.counts[id] ?? 0) + 1;
      else state.outside += 1;
    }
  };
  state.observer = new MutationObserver(state.count);
  state.observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
  window.__benchMutations = state;
}

/** Stops counting mutations and returns the counts per node id. */
export function stopMutations(): { counts: Record<string, number>; outside: number } {
  const state = window.__benchMutations!;
  state.count(state.observer.takeRecords());
  state.observer.disconnect();
  return { counts: state.counts, outside: state.outside };
}

/**
 * Installed before React loads: a stand-in for the React DevTools hook. Between start() and stop() it counts, per
 * node id, the commits in which a component receiving React Flow node props (id, data, dragging, …) actually
 * rendered: its props or its hook state changed since the previous commit. Idle, it only keeps the last root.
 */
export function installRenderCounter(): void {
  type Fiber = { tag: number; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; memoizedProps: Record<string, unknown> | null; memoizedState: unknown };
  const seen = new WeakMap<Fiber, [unknown, unknown]>();
  let counts: Record<string, number> | null = null;
  let lastRoot: { current: Fiber } | null = null;
  const isNodeProps = (props: Record<string, unknown> | null) => props !== null && typeof props === 'object' && typeof props.id === 'string' && 'data' in props && 'dragging' in props;
  const visit = (root: Fiber) => {
    const stack: Fiber[] = [root];
    while (stack.length > 0) {
      const fiber = stack.pop()!;
      // Function components (0), forward refs (11) and simple memo components (15).
      if ((fiber.tag === 0 || fiber.tag === 11 || fiber.tag === 15) && isNodeProps(fiber.memoizedProps)) {
        const key = fiber.alternate && seen.has(fiber.alternate) ? fiber.alternate : fiber;
        const signature = seen.get(key);
        const rendered = !signature || signature[0] !== fiber.memoizedProps || signature[1] !== fiber.memoizedState;
        seen.delete(key);
        seen.set(fiber, [fiber.memoizedProps, fiber.memoizedState]);
        if (rendered && counts) {
          const id = fiber.memoizedProps!.id as string;
          counts[id] = (counts[id] ?? 0) + 1;
        }
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
  };
  window.__benchRenders = {
    start: () => {
      // Record every node's current props and state first, so only later renders count.
      if (lastRoot) visit(lastRoot.current);
      counts = {};
    },
    stop: () => {
      const result = counts ?? {};
      counts = null;
      return result;
    },
  };
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      lastRoot = root;
      if (counts) visit(root.current);
    },
  };
}
