import { describe, expect, it } from 'vitest';
import { lineChart } from '../../shared/charts/lineChart.ts';
import { MAX_CHART_LINES, milestoneTrendChart } from '../../shared/charts/trendCharts.ts';
import { planHealthScore } from '../../shared/healthScore.ts';
import type { PlanNode, Snapshot } from '../../shared/model.ts';
import { healthTrend, milestoneTrends, percentOfTarget } from '../../shared/trends.ts';
import { TODAY, sampleDocument } from './document/fixtures.ts';

const HUBS = 'EMEA pilot hubs live';

function review(label: string, takenAt: string, actual: number | null, change: (node: PlanNode) => PlanNode = (node) => node): Snapshot {
  const document = sampleDocument();
  const nodes = document.nodes.map((node) => change(node.kind === 'milestone' && node.label === HUBS ? ({ ...node, data: { ...node.data, actual } } as PlanNode) : node));
  return { id: label, planId: document.plan.id, label, takenAt, nodeCount: nodes.length, content: { plan: document.plan, nodes, edges: document.edges } };
}

describe('trends across reviews', () => {
  it('gives each milestone its actual and target at every review, oldest first, then now', () => {
    const reviews = [review('Q2 review', '2027-02-10T10:00:00.000Z', 2), review('Q1 review', '2027-01-10T10:00:00.000Z', 1), review('', '2027-03-01T10:00:00.000Z', 3)];
    const trends = milestoneTrends(reviews, sampleDocument(), TODAY);
    const hubs = trends.find((trend) => trend.name === HUBS)!;
    expect(hubs.points.map((point) => [point.label, point.date, point.value])).toEqual([
      ['Q1 review', '2027-01-10', 1],
      ['Q2 review', '2027-02-10', 2],
      ['Review 3', '2027-03-01', 3],
      ['Now', TODAY, 0],
    ]);
    expect(hubs.targets.map((point) => point.value)).toEqual([3, 3, 3, 3]);
    expect(percentOfTarget(hubs).map((point) => point.value)).toEqual([33.3, 66.7, 100, 0]);
  });

  it('has no value where a review did not hold the milestone yet', () => {
    const early = review('Q1 review', '2027-01-10T10:00:00.000Z', null);
    early.content.nodes = early.content.nodes.filter((node) => node.label !== HUBS);
    const hubs = milestoneTrends([early], sampleDocument(), TODAY).find((trend) => trend.name === HUBS)!;
    expect(hubs.points.map((point) => point.value)).toEqual([null, 0]);
  });

  it('scores each review on its own day, the review counting as the last one, and now against the latest review', () => {
    const reviews = [review('Q1 review', '2027-01-10T10:00:00.000Z', 1)];
    const current = sampleDocument();
    const points = healthTrend(reviews, current, TODAY);
    const atReview = planHealthScore({ ...current, nodes: reviews[0]!.content.nodes }, '2027-01-10', { lastReviewAt: reviews[0]!.takenAt }).score;
    expect(points).toEqual([
      { date: '2027-01-10', label: 'Q1 review', value: atReview },
      { date: TODAY, label: 'Now', value: planHealthScore(current, TODAY, { lastReviewAt: reviews[0]!.takenAt }).score },
    ]);
  });
});

describe('line chart', () => {
  it('draws one path per line with a point per value, leaving gaps for missing values, and escapes its text', () => {
    const chart = lineChart({
      title: 'A <b>chart</b>',
      categories: ['Q1', 'Q2', 'Now'],
      lines: [
        { name: 'One & two', values: [10, null, 30] },
        { name: 'Empty', values: [null, null, null] },
      ],
      yDomain: [0, 100],
      reference: { value: 100, label: 'Target' },
    });
    expect(chart.svg.match(/<path /g)?.length).toBe(1);
    expect(chart.svg.match(/<circle /g)?.length).toBe(2);
    // The gap splits the line in two moves.
    expect(chart.svg.match(/<path d="([^"]+)"/)?.[1]?.match(/M/g)?.length).toBe(2);
    expect(chart.svg).toContain('A &lt;b&gt;chart&lt;/b&gt;');
    expect(chart.svg).toContain('One &amp; two');
    expect(chart.svg).toContain('stroke-dasharray');
    expect(chart.shapes.filter((shape) => shape.kind === 'circle')).toHaveLength(2);
    // No segment joins across the gap.
    expect(chart.shapes.filter((shape) => shape.kind === 'line' && shape.width === 2.5)).toHaveLength(0);
  });

  it('draws at most MAX_CHART_LINES milestones, the colours it can tell apart', () => {
    const one = milestoneTrends([], sampleDocument(), TODAY).find((trend) => trend.points[0]?.value !== null)!;
    const many = Array.from({ length: MAX_CHART_LINES + 3 }, (_, at) => ({ ...one, id: `m${at}`, name: `Milestone ${at}` }));
    const chart = milestoneTrendChart(many)!;
    expect(chart.svg.match(/<path /g)?.length).toBe(MAX_CHART_LINES);
    expect(chart.svg).not.toContain(`Milestone ${MAX_CHART_LINES}<`);
  });

  it('draws no milestones chart without milestones, and grows the axis past 100 % for milestones beyond target', () => {
    expect(milestoneTrendChart([])).toBeNull();
    const trends = milestoneTrends([], sampleDocument(), TODAY);
    const chart = milestoneTrendChart(trends)!;
    expect(chart.svg).toContain('>120%<');
  });
});
