import { MAX_CHART_LINES, healthTrendChart, milestoneFigure, milestoneTrendChart } from '../../charts/trendCharts.ts';
import type { LineChart } from '../../charts/lineChart.ts';
import { formatNumber } from '../format.ts';
import type { Block, MapPicture } from '../blockTypes.ts';
import { column, heading, paragraph, plain, strong, table } from '../blockKit.ts';
import type { PlanOutline } from '../outlineTypes.ts';

/** A chart as a picture block: every format already draws pictures made from plan data (PowerPoint as shapes). */
function chartBlock(chart: LineChart, legend: string): Block {
  const picture: MapPicture = { title: chart.title, svg: chart.svg, shapes: chart.shapes, chart: chart.chart, width: chart.width, height: chart.height };
  return { type: 'map', pictures: [picture], tree: [], legend };
}

/** Section 6's "Trends across reviews": the milestones chart and, internally, the health score's, each with its figures. */
export function trendBlocks(outline: PlanOutline): Block[] {
  const trends = outline.dashboard.trends;
  if (!trends) return [];
  const blocks: Block[] = [
    heading(2, 'Trends across reviews', 'dashboard-trends'),
    paragraph({ text: `Across ${trends.reviews === 1 ? '1 review' : `${formatNumber(trends.reviews)} reviews`} and now.` }),
  ];
  const first = trends.milestones[0];
  const milestoneChart = milestoneTrendChart(trends.milestones);
  if (first && milestoneChart) {
    const more = trends.milestones.length > MAX_CHART_LINES ? ` The chart shows the first ${MAX_CHART_LINES} milestones; the table lists all ${formatNumber(trends.milestones.length)}.` : '';
    blocks.push(
      chartBlock(milestoneChart, `Each milestone’s actual as a percentage of its target at each review and now; the dashed line is the target.${more}`),
      table(
        [column('Milestone', { weight: 2 }), ...first.points.map((point) => column(point.label, { align: 'right' }))],
        trends.milestones.map((trend) => [strong(trend.name), ...trend.points.map((_, at) => plain(milestoneFigure(trend, at)))]),
      ),
    );
  }
  if (trends.health) {
    blocks.push(
      chartBlock(healthTrendChart(trends.health), 'The plan health score (0–100) at each review and now.'),
      table(
        [column('Health score', { weight: 2 }), ...trends.health.map((point) => column(point.label, { align: 'right' }))],
        [[strong('Score'), ...trends.health.map((point) => plain(point.value === null ? '—' : formatNumber(point.value)))]],
      ),
    );
  }
  return blocks;
}
