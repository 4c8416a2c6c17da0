import { startServer } from '../../electron/cli/server/startServer.ts';
import { createTempLibrary } from './backend.ts';
import { launchBenchBrowser, WINDOW } from './browser.ts';
import { BENCH_RENDERER_DIR, buildForBench } from './buildBench.ts';
import { dragFrames, emptyPanePoint, loopPath, nodeNearCentre, settle } from './canvasPage.ts';
import { focusNode, generatePlan } from './generatePlan.ts';
import { quantile } from './stats.ts';
import { oursSubject } from './subjects.ts';
import type { View } from './subjects.ts';

/**
 * Where frame time goes: the same pan and node drag on our map with one suspect switched off at a time by an
 * injected style sheet (the renderer's code is untouched). A suspect whose removal brings the p95 down is where
 * the painting time goes. Run: `node tests/bench/attribute.ts [size]` (through npm's PATH for Node 22).
 */
export const SUSPECTS: Record<string, string> = {
  'as built': '',
  'no relation dashes': '.atlas-relation__path{stroke-dasharray:none!important}',
  'no relation edges': '.react-flow__edge-relation{display:none!important}',
  'no tree edges': '.react-flow__edge-tree{display:none!important}',
  'no background dots': '.react-flow__background{display:none!important}',
  'no shadows': '*{box-shadow:none!important;transition:none!important}',
  'no edges at all': '.react-flow__edges,.react-flow__edge{display:none!important}',
  'no card contents': '.atlas-node__body,.atlas-node__stripe,.atlas-node__light-label{display:none!important}',
  'no handles': '.react-flow__handle{display:none!important}',
  'no text': '.atlas-node *{color:transparent!important}',
  'inert tree edges': '.react-flow__edge-tree{pointer-events:none!important}',
  'inert edges': '.react-flow__edge,.react-flow__edge *{pointer-events:none!important}',
  'inert while panning': '.react-flow__pane.dragging .react-flow__viewport{pointer-events:none!important}',
  'layer while panning': '.react-flow__pane.dragging .react-flow__viewport{will-change:transform}',
  'layer always': '.react-flow__viewport{will-change:transform}',
  'dots overview': '.atlas-node.is-light .react-flow__handle-top,.atlas-node.is-light .react-flow__handle-bottom,.atlas-node.is-light .atlas-node__light-label,.atlas-node.is-light .atlas-node__toggle{display:none!important}',
  'relation stroke-opacity': '.atlas-relation__path{opacity:1!important;stroke-opacity:0.5;transition:none!important}.atlas-relation__label{opacity:1!important;visibility:hidden;transition:none!important}',
  'no internal stripes': '.atlas-node.is-internal{background:#fff!important}',
};

/** Prints pan and drag frame times (p50 / p95) per suspect switched off, at 100 % and at fit. */
export async function attributeFrameTime(size: number, gestureMs = 2000): Promise<void> {
  await buildForBench();
  const plan = generatePlan(size);
  const temp = createTempLibrary('atlas-bench-attribute-');
  const server = await startServer({ libraryPath: temp.path, rendererDir: BENCH_RENDERER_DIR });
  const browser = await launchBenchBrowser();
  try {
    const ours = oursSubject(async (_size, viewport) => ({ planId: await temp.importPlan({ ...plan, viewport }), done: async () => undefined }), server.url, () => focusNode(plan).position);
    const rootId = plan.nodes.find((node) => node.parentId === null)!.id;
    let pane: { width: number; height: number } | null = null;
    console.log(`${size} nodes; frame times in ms, p50 / p95`);
    for (const view of ['fit', 'zoom1'] as View[]) {
      const only = process.argv[3]?.split(',');
      for (const [suspect, css] of Object.entries(SUSPECTS).filter(([name]) => !only || name === 'as built' || only.some((word) => name.includes(word)))) {
        const opened = await ours.open(size, view, pane);
        const context = await browser.newContext({ viewport: WINDOW });
        try {
          const page = await context.newPage();
          await page.goto(opened.url);
          pane = (await settle(page, ours)).pane;
          if (css) await page.addStyleTag({ content: css });
          const pan = await dragFrames(page, await emptyPanePoint(page, ours), loopPath({ x: 160, y: 90 }, 1), gestureMs);
          const drag = await dragFrames(page, await nodeNearCentre(page, ours, [rootId]), loopPath({ x: 40, y: 120 }, 1), gestureMs);
          const text = (frames: number[]) => `${quantile(frames, 0.5).toFixed(1)} / ${quantile(frames, 0.95).toFixed(1)}`;
          console.log(`${view.padEnd(6)} ${suspect.padEnd(20)} pan ${text(pan).padEnd(14)} drag ${text(drag)}`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    temp.dispose();
  }
}

if (import.meta.main) await attributeFrameTime(Number(process.argv[2] ?? 1000));
