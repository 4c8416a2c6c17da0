import type { BenchResult } from './results.ts';

/** A target from the issue: a figure of our app at one plan size must stay under a limit. */
export interface Target {
  measure: string;
  size: number;
  stat: 'median' | 'p95';
  limit: number;
  /** True for "≤", false for "<". */
  inclusive: boolean;
  /**
   * Allowance for measurement granularity: frame figures are requestAnimationFrame intervals, timed to 0.1 ms
   * with vsync jitter, so one 60 Hz frame reads 16.6–16.8 ms.
   */
  tolerance?: number;
}

const FRAME_MEASURES = ['frames-pan-zoom1', 'frames-pan-fit', 'frames-drag-zoom1', 'frames-drag-fit'];
const FRAME_TOLERANCE = 0.2;
/** Main-thread busy time per frame during the same gestures: not capped by the refresh rate, compared for insight. */
const BUSY_MEASURES = ['busy-pan-zoom1', 'busy-pan-fit', 'busy-drag-zoom1', 'busy-drag-fit'];

/** Every target of the issue. */
export const TARGETS: readonly Target[] = [
  { measure: 'open-plan', size: 5000, stat: 'median', limit: 150, inclusive: false },
  { measure: 'patch-single-node', size: 1000, stat: 'p95', limit: 1, inclusive: false },
  { measure: 'patch-field-update', size: 1000, stat: 'p95', limit: 1, inclusive: false },
  { measure: 'patch-positions', size: 1000, stat: 'median', limit: 20, inclusive: false },
  { measure: 'canvas-load-interactive', size: 1000, stat: 'median', limit: 1000, inclusive: false },
  ...FRAME_MEASURES.map((measure) => ({ measure, size: 1000, stat: 'p95' as const, limit: 16.7, inclusive: true, tolerance: FRAME_TOLERANCE })),
  ...FRAME_MEASURES.map((measure) => ({ measure, size: 2000, stat: 'p95' as const, limit: 25, inclusive: true, tolerance: FRAME_TOLERANCE })),
  { measure: 'heap-after-load', size: 2000, stat: 'median', limit: 150, inclusive: false },
  { measure: 'export-md', size: 500, stat: 'median', limit: 100, inclusive: false },
  { measure: 'export-docx', size: 500, stat: 'median', limit: 1000, inclusive: false },
  { measure: 'export-pptx', size: 500, stat: 'median', limit: 1500, inclusive: false },
  { measure: 'export-pdf', size: 500, stat: 'median', limit: 3000, inclusive: false },
  { measure: 'layout', size: 1000, stat: 'median', limit: 200, inclusive: false },
  { measure: 'org-chart-layout', size: 500, stat: 'median', limit: 50, inclusive: false },
  ...['org-chart', 'power-map', 'coverage', 'outline', 'actions'].flatMap((view) => [
    { measure: `switch-to-${view}`, size: 1000, stat: 'median' as const, limit: 300, inclusive: false },
    { measure: `switch-back-from-${view}`, size: 1000, stat: 'median' as const, limit: 300, inclusive: false },
  ]),
  { measure: 'workshop-fanout', size: 20, stat: 'p95', limit: 100, inclusive: false },
  { measure: 'search-keystroke', size: 5000, stat: 'p95', limit: 50, inclusive: false },
  { measure: 'search-first-keystroke', size: 5000, stat: 'median', limit: 50, inclusive: false },
  { measure: 'drop-reparent', size: 1000, stat: 'median', limit: 100, inclusive: false },
  { measure: 'contacts-read-preview', size: 5000, stat: 'median', limit: 1000, inclusive: false },
  { measure: 'contacts-import', size: 4999, stat: 'median', limit: 2000, inclusive: false },
  // Issue 15: compare two reviews of a 2,000-node plan.
  { measure: 'compare-reviews', size: 2000, stat: 'median', limit: 200, inclusive: false },
  { measure: 'portfolio', size: 200, stat: 'median', limit: 300, inclusive: false },
];

/** Measures where a drag must touch no node but the dragged one: zero at every size. */
const ZERO_MEASURES = ['drag-other-nodes-rendered', 'drag-other-nodes-mutated', 'workshop-lost', 'workshop-duplicates', 'workshop-unequal-clients'];

/** The target that applies to an (our app) result, if any. */
export function targetFor(result: Pick<BenchResult, 'measure' | 'size' | 'subject'>): Target | null {
  if (result.subject !== 'ours') return null;
  if (ZERO_MEASURES.includes(result.measure)) return { measure: result.measure, size: result.size, stat: 'median', limit: 0, inclusive: true };
  return TARGETS.find((target) => target.measure === result.measure && target.size === result.size) ?? null;
}

/** True when the result meets its target. */
export function meets(result: BenchResult, target: Target): boolean {
  const value = result[target.stat] - (target.tolerance ?? 0);
  return target.inclusive ? value <= target.limit : value < target.limit;
}

/** The target as text, e.g. "p95 ≤ 16.7". */
export function targetText(target: Target): string {
  return `${target.stat} ${target.inclusive ? '≤' : '<'} ${target.limit}`;
}

/** Canvas measures compared with the peers, with the statistic compared and the goals (ours ÷ peer). */
export const RATIO_GOALS = { 'bare-react-flow': 1.2, 'mind-elixir': 1.0 } as const;

/** The statistic a canvas measure is compared on, or null when it is not compared. */
export function ratioStat(measure: string): 'median' | 'p95' | null {
  if (FRAME_MEASURES.includes(measure)) return 'p95';
  if (BUSY_MEASURES.includes(measure)) return 'median';
  if (['canvas-load-scripts', 'canvas-load-data', 'canvas-load-shown', 'canvas-load-interactive', 'heap-after-load', 'heap-after-gc'].includes(measure)) return 'median';
  return null;
}

/** True when the ratio goals apply to a measure (the headline figures); the load phases and heap after GC are shown for insight only. */
export function ratioJudged(measure: string): boolean {
  return FRAME_MEASURES.includes(measure) || measure === 'canvas-load-interactive' || measure === 'heap-after-load';
}
