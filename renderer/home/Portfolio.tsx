import { useEffect, useMemo, useState } from 'react';
import { TIER_CRITERIA, TIER_OPTIONS } from '../../shared/account.ts';
import { PLAN_STATUS_OPTIONS } from '../../shared/plan.ts';
import { healthTrendText, portfolioFlagLabel, sortPortfolio } from '../../shared/portfolio.ts';
import type { PortfolioRow, PortfolioSortKey, SortDirection } from '../../shared/portfolio.ts';
import { useApi } from '../api/ApiContext.tsx';
import { formatDate, formatPeriod } from '../map/format.ts';
import { ErrorMessage, errorSentence } from '../ui/ErrorMessage.tsx';
import '../styles/portfolio.css';

const COLUMNS: { key: PortfolioSortKey; label: string; numeric?: boolean }[] = [
  { key: 'account', label: 'Account' },
  { key: 'tier', label: 'Tier' },
  { key: 'plan', label: 'Current plan' },
  { key: 'health', label: 'Health', numeric: true },
  { key: 'trend', label: 'Trend' },
  { key: 'overdue', label: 'Overdue actions', numeric: true },
  { key: 'lastReview', label: 'Last review' },
  { key: 'renewal', label: 'Next renewal' },
  { key: 'flags', label: 'Flags' },
];

const label = (options: readonly { value: string; label: string }[], value: string) => options.find((option) => option.value === value)?.label ?? value;

/** The direction a column sorts first: scores, counts and flags from the most, names and dates from the first. */
function firstDirection(key: PortfolioSortKey): SortDirection {
  return key === 'health' || key === 'overdue' || key === 'flags' ? 'descending' : 'ascending';
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: { key: PortfolioSortKey; direction: SortDirection }; onSort(key: PortfolioSortKey): void }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={column.numeric ? 'is-numeric' : undefined}>
      <button type="button" className="atlas-portfolio__sort" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="atlas-portfolio__arrow">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

function Row({ row, onOpenPlan }: { row: PortfolioRow; onOpenPlan(planId: string): void }) {
  const criteria = row.tierCriteria.map((criterion) => label(TIER_CRITERIA, criterion));
  return (
    <tr className={row.flags.length > 0 ? 'is-flagged' : undefined}>
      <th scope="row">{row.accountName}</th>
      <td>
        <span className={`atlas-tier atlas-tier--${row.tier}`}>{label(TIER_OPTIONS, row.tier)}</span>
        {criteria.length > 0 ? <ul className="atlas-portfolio__criteria" aria-label={`Why ${row.accountName} is ${label(TIER_OPTIONS, row.tier).toLowerCase()}`}>{criteria.map((criterion) => <li key={criterion}>{criterion}</li>)}</ul> : null}
      </td>
      <td>
        {row.plan ? (
          <>
            <button type="button" className="atlas-link-button" onClick={() => onOpenPlan(row.plan!.id)}>
              <span className="atlas-visually-hidden">Open plan </span>
              {row.plan.title}
            </button>
            <div className="atlas-portfolio__meta">
              {formatPeriod(row.plan.periodStart, row.plan.periodEnd)} · {label(PLAN_STATUS_OPTIONS, row.plan.status)}
            </div>
          </>
        ) : (
          <span className="atlas-portfolio__none">No current plan</span>
        )}
      </td>
      <td className="is-numeric">{row.health ?? '—'}</td>
      <td className={`atlas-portfolio__trend atlas-portfolio__trend--${row.healthTrend}`}>{healthTrendText(row)}</td>
      <td className="is-numeric">{row.plan ? row.overdueActions : '—'}</td>
      <td>{row.lastReviewAt ? formatDate(row.lastReviewAt.slice(0, 10)) : row.plan ? 'Never' : '—'}</td>
      <td>{row.nextRenewal ? formatDate(row.nextRenewal) : '—'}</td>
      <td>
        {row.flags.length > 0 ? (
          <ul className="atlas-portfolio__flags">
            {row.flags.map((flag) => (
              <li key={flag}>{portfolioFlagLabel(flag)}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}

/** The sales leader's view: every account with its tier, current plan and how that plan is doing, sortable by any column. */
export function Portfolio({ onOpenPlan }: { onOpenPlan(planId: string): void }) {
  const api = useApi();
  const [rows, setRows] = useState<PortfolioRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sort, setSort] = useState<{ key: PortfolioSortKey; direction: SortDirection }>({ key: 'account', direction: 'ascending' });
  const [flaggedOnly, setFlaggedOnly] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    api.portfolio({}).then(
      (answer) => {
        if (!cancelled) setRows(answer);
      },
      (caught: unknown) => {
        if (!cancelled) setError(errorSentence(caught));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  const shown = useMemo(() => {
    if (!rows) return [];
    return sortPortfolio(flaggedOnly ? rows.filter((row) => row.flags.length > 0) : rows, sort.key, sort.direction);
  }, [rows, sort, flaggedOnly]);

  const onSort = (key: PortfolioSortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));

  if (error) return <ErrorMessage message={error} action={{ label: 'Try again', onClick: () => setAttempt((n) => n + 1) }} />;
  if (!rows) {
    return (
      <p className="atlas-centered" role="status">
        Loading the portfolio…
      </p>
    );
  }
  const flagged = rows.filter((row) => row.flags.length > 0).length;
  const column = COLUMNS.find((entry) => entry.key === sort.key)!;
  return (
    <section className="atlas-portfolio" aria-labelledby="portfolio-title">
      <div className="atlas-home__heading">
        <h1 id="portfolio-title">Portfolio</h1>
        <span>
          {rows.length} {rows.length === 1 ? 'account' : 'accounts'} · {flagged} flagged
        </span>
        <label className="atlas-portfolio__filter">
          <input type="checkbox" checked={flaggedOnly} onChange={(event) => setFlaggedOnly(event.target.checked)} />
          Flagged only
        </label>
      </div>
      <div className="atlas-portfolio__scroll">
        <table className="atlas-portfolio__table" aria-labelledby="portfolio-title" aria-describedby="portfolio-sorted">
          <thead>
            <tr>
              {COLUMNS.map((entry) => (
                <SortHeader key={entry.key} column={entry} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.accountId} row={row} onOpenPlan={onOpenPlan} />
            ))}
          </tbody>
        </table>
      </div>
      <p id="portfolio-sorted" className="atlas-portfolio__note" aria-live="polite">
        Sorted by {column.label.toLowerCase()}, {sort.direction}. Health is the plan health score (0–100); the trend compares it with the last review.
      </p>
    </section>
  );
}
