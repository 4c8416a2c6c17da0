import type { ProbeSelectors } from './pageProbes.ts';
import type { Subject } from './results.ts';

/** How the map is first shown: fitted to the window (the app's default) or centred on the root at 100 %. */
export type View = 'fit' | 'zoom1';

/** One canvas measured: our app or a peer page, with the selectors the probes use. */
export interface CanvasSubject {
  name: Subject;
  selectors: ProbeSelectors;
  /** The element a pan drag starts on. */
  pane: string;
  /** Node elements never picked for a drag (the root). */
  notDraggable: string;
  /** True when the page draws every node (no culling of nodes outside the window). */
  drawsEveryNode: boolean;
  /** Whether the page is React (render counting through the DevTools hook applies). */
  react: boolean;
  /** A fresh address showing the plan of `size` nodes in `view`, and what to do once it is no longer needed. */
  open(size: number, view: View, pane: { width: number; height: number } | null): Promise<{ url: string; done(): Promise<void> }>;
}

const REACT_FLOW_SELECTORS = { selected: '.react-flow__node.selected', viewport: '.react-flow__viewport', idAttribute: 'data-id' };

/** Our app in browser mode: each navigation gets its own fresh copy of the plan (the app saves the viewport). */
export function oursSubject(
  importPlan: (size: number, viewport: { x: number; y: number; zoom: number } | null) => Promise<{ planId: string; done(): Promise<void> }>,
  serverUrl: string,
  focusOf: (size: number) => { x: number; y: number },
): CanvasSubject {
  return {
    name: 'ours',
    selectors: { node: '.react-flow__node[aria-label]', ...REACT_FLOW_SELECTORS },
    pane: '.react-flow__pane',
    notDraggable: '.react-flow__node[aria-label^="Account:"]',
    drawsEveryNode: false,
    react: true,
    async open(size, view, pane) {
      // Our map's boxes are 220 × 72; centre the focus node in the map pane at 100 %.
      const focus = focusOf(size);
      const viewport = view === 'zoom1' && pane ? { x: pane.width / 2 - focus.x - 110, y: pane.height / 2 - focus.y - 36, zoom: 1 } : null;
      const plan = await importPlan(size, viewport);
      return { url: `${serverUrl}#/plans/${plan.planId}`, done: plan.done };
    },
  };
}

/** The bare React Flow page: default nodes and edges at the same positions. */
export function bareReactFlowSubject(peersUrl: string, focusId: (size: number) => string): CanvasSubject {
  return {
    name: 'bare-react-flow',
    selectors: { node: '.react-flow__node', ...REACT_FLOW_SELECTORS },
    pane: '.react-flow__pane',
    notDraggable: '.react-flow__node[aria-label^="account:"]',
    drawsEveryNode: false,
    react: true,
    async open(size, view) {
      return { url: `${peersUrl}/reactflow.html?size=${size}&view=${view}&focus=${focusId(size)}`, done: async () => undefined };
    },
  };
}

/** The mind-elixir page showing the same tree. */
export function mindElixirSubject(peersUrl: string, focusId: (size: number) => string): CanvasSubject {
  return {
    name: 'mind-elixir',
    selectors: { node: 'me-tpc', selected: 'me-tpc.selected', viewport: '.map-canvas', idAttribute: 'data-nodeid' },
    pane: '.map-container',
    notDraggable: 'me-root me-tpc',
    drawsEveryNode: true,
    react: false,
    async open(size, view) {
      return { url: `${peersUrl}/mindelixir.html?size=${size}&view=${view}&focus=${focusId(size)}`, done: async () => undefined };
    },
  };
}
