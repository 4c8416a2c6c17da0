import { useId, useMemo } from 'react';
import { healthTrendChart, milestoneFigure, milestoneTrendChart } from '../../shared/charts/trendCharts.ts';
import { DARK_CHART, LIGHT_CHART } from '../../shared/charts/lineChart.ts';
import type { LineChart } from '../../shared/charts/lineChart.ts';
import { useColorScheme } from '../ui/useColorScheme.ts';
import type { PlanDocument, Snapshot } from '../../shared/model.ts';
import { svgDataUrl } from '../export/BlocksView.tsx';
import { healthTrend, milestoneTrends } from '../../shared/trends.ts';
import type { TrendPoint } from '../../shared/trends.ts';

function Chart({ chart, rows }: { chart: LineChart; rows: { name: string; points: TrendPoint[]; cell(point: TrendPoint, at: number): string }[] }) {
  const categories = rows[0]?.points.map((point) => point.label) ?? [];
  return (
    <figure className="atlas-trends__chart">
      <img className="atlas-trends__picture" src={svgDataUrl(chart.svg)} alt={chart.title} width={chart.width} height={chart.height} />
      <figcaption className="atlas-trends__caption">{chart.title}</figcaption>
      <details className="atlas-trends__figures">
        <summary>Figures</summary>
        <table className="atlas-trends__table" aria-label={`${chart.title}: figures`}>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {categories.map((category, at) => (
                <th key={`${category}-${at}`} scope="col">
                  {category}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {row.points.map((point, at) => (
                  <td key={`${point.label}-${at}`}>{row.cell(point, at)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Trends across the plan's reviews: milestones' actual against target, and the health score, as line charts. */
export function TrendsPanel({ reviews, error, current, today }: { reviews: readonly Snapshot[] | null; error: string | null; current: PlanDocument; today: string }) {
  const titleId = useId();
  const trends = useMemo(() => (reviews ? milestoneTrends(reviews, current, today) : []), [reviews, current, today]);
  const health = useMemo(() => (reviews ? healthTrend(reviews, current, today) : []), [reviews, current, today]);
  // Drawn in the app's theme; the documents draw the same charts in the printed look.
  const palette = useColorScheme() === 'dark' ? DARK_CHART : LIGHT_CHART;
  const milestoneChart = useMemo(() => milestoneTrendChart(trends, { width: 300, palette }), [trends, palette]);
  const healthChart = useMemo(() => (health.length > 0 ? healthTrendChart(health, { width: 300, palette }) : null), [health, palette]);
  return (
    <section className="atlas-trends" aria-labelledby={titleId}>
      <h3 id={titleId} className="atlas-score__title">
        Trends
      </h3>
      {error ? (
        <p role="alert" className="atlas-trends__note">
          The reviews could not be read: {error}
        </p>
      ) : reviews === null ? (
        <p className="atlas-trends__note">Reading the reviews…</p>
      ) : (
        <>
          <p className="atlas-trends__note">
            {reviews.length === 0 ? 'No reviews yet: each review you take adds a point to these lines.' : `Across ${reviews.length === 1 ? '1 review' : `${reviews.length} reviews`} and now.`}
          </p>
          {milestoneChart ? (
            <Chart
              chart={milestoneChart}
              rows={trends.map((trend) => ({
                name: trend.name,
                points: trend.points,
                cell: (_point, at) => milestoneFigure(trend, at),
              }))}
            />
          ) : (
            <p className="atlas-trends__note">No milestones on the map yet.</p>
          )}
          {healthChart && <Chart chart={healthChart} rows={[{ name: 'Health score', points: health, cell: (point) => (point.value === null ? '—' : String(point.value)) }]} />}
        </>
      )}
    </section>
  );
}
