import { formatNumber, formatPercent } from '../document/format.ts';
import type { MilestoneTrend, TrendPoint } from '../trends.ts';
import { percentOfTarget } from '../trends.ts';
import { lineChart, valuesOf } from './lineChart.ts';
import type { ChartPalette, LineChart } from './lineChart.ts';

/** Title of the milestones chart. */
export const MILESTONE_CHART_TITLE = 'Milestones: actual as a share of target, review by review';
/** Title of the health score chart. */
export const HEALTH_CHART_TITLE = 'Plan health score, review by review';

/** Lines one chart can show apart (its colours); the figures table lists every milestone. */
export const MAX_CHART_LINES = 8;

/** One chart of the first MAX_CHART_LINES milestones' actual as a percentage of its target at each review and now; null without milestones. */
export function milestoneTrendChart(trends: readonly MilestoneTrend[], options: { width?: number; palette?: ChartPalette } = {}): LineChart | null {
  const first = trends[0];
  if (!first) return null;
  return lineChart({
    title: MILESTONE_CHART_TITLE,
    categories: first.points.map((point) => point.label),
    lines: trends.slice(0, MAX_CHART_LINES).map((trend) => ({ name: trend.name, values: valuesOf(percentOfTarget(trend)) })),
    yDomain: [0, 100],
    unit: '%',
    reference: { value: 100, label: 'Target' },
    ...options,
  });
}

/** The health score at each review and now, on a 0–100 axis. */
export function healthTrendChart(points: readonly TrendPoint[], options: { width?: number; palette?: ChartPalette } = {}): LineChart {
  return lineChart({
    title: HEALTH_CHART_TITLE,
    categories: points.map((point) => point.label),
    lines: [{ name: 'Health score', values: valuesOf(points) }],
    yDomain: [0, 100],
    ...options,
  });
}

/** A milestone's figure at one point, as the charts' tables show it: "2 of 3 (67%)", or "—" without an actual. */
export function milestoneFigure(trend: MilestoneTrend, at: number): string {
  const actual = trend.points[at]?.value ?? null;
  if (actual === null) return '—';
  const target = trend.targets[at]?.value ?? null;
  const share = percentOfTarget(trend)[at]?.value ?? null;
  return `${formatNumber(actual)}${target === null ? '' : ` of ${formatNumber(target)}`}${share === null ? '' : ` (${formatPercent(share)})`}`;
}
