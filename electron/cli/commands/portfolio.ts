import { TIER_CRITERIA, TIER_OPTIONS } from '../../../shared/account.ts';
import { PORTFOLIO_SORT_KEYS, healthTrendText, portfolioFlagLabel, sortPortfolio } from '../../../shared/portfolio.ts';
import type { PortfolioRow, PortfolioSortKey } from '../../../shared/portfolio.ts';
import { todayIso } from '../../../shared/values.ts';
import { choice, parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

/** The --sort names, as typed on a command line. */
const SORT_NAMES: Record<string, PortfolioSortKey> = Object.fromEntries(
  PORTFOLIO_SORT_KEYS.map((key) => [key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), key]),
);

const label = (options: readonly { value: string; label: string }[], value: string) => options.find((option) => option.value === value)?.label ?? value;

/** The portfolio as a table of text: one line per account, its tier criteria and flags on lines below. */
export function portfolioText(rows: readonly PortfolioRow[], today: string): string {
  if (rows.length === 0) return 'No accounts yet; run "atlas demo" to add a sample plan, or "atlas import FILE".\n';
  const flagged = rows.filter((row) => row.flags.length > 0).length;
  const header = ['Account', 'Tier', 'Current plan', 'Health', 'Trend', 'Overdue', 'Last review', 'Renewal'];
  const cells = rows.map((row) => [
    row.accountName,
    label(TIER_OPTIONS, row.tier),
    row.plan ? row.plan.title : '(none)',
    row.health === null ? '-' : String(row.health),
    healthTrendText(row),
    row.plan ? String(row.overdueActions) : '-',
    row.lastReviewAt ? row.lastReviewAt.slice(0, 10) : '-',
    row.nextRenewal ?? '-',
  ]);
  const widths = header.map((title, at) => Math.max(title.length, ...cells.map((line) => line[at]!.length)));
  const line = (values: readonly string[]) => values.map((value, at) => value.padEnd(widths[at]!)).join('  ').trimEnd();
  const lines = [`Portfolio on ${today}: ${rows.length} account${rows.length === 1 ? '' : 's'}, ${flagged} flagged.`, '', line(header)];
  rows.forEach((row, at) => {
    lines.push(line(cells[at]!));
    if (row.tierCriteria.length > 0) lines.push(`    because: ${row.tierCriteria.map((criterion) => label(TIER_CRITERIA, criterion)).join('; ')}`);
    for (const flag of row.flags) lines.push(`    FLAG: ${portfolioFlagLabel(flag)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** `atlas portfolio`: every account with its tier, current plan, health and trend, overdue actions, review, renewal and flags. */
export const portfolioCommand: Command = {
  name: 'portfolio',
  summary: 'List every account with its tier, current plan, health score and trend, overdue actions, last review, renewal and flags',
  usage: [
    'atlas portfolio [--sort COLUMN] [--descending] [--json]',
    `--sort is one of ${Object.keys(SORT_NAMES).join(', ')} (default account); rows without a value come last.`,
    'Flags strategic accounts without a current plan, and current plans not reviewed for 90 days.',
  ],
  async run(args, context) {
    const { values, switches } = parseArguments(args, { command: 'portfolio', values: ['sort'], switches: ['descending', 'json'] });
    const sortName = choice('sort', values.get('sort'), Object.keys(SORT_NAMES), 'account');
    return withService(context, { create: false }, async (service) => {
      const rows = sortPortfolio(await service.portfolio({}), SORT_NAMES[sortName]!, switches.has('descending') ? 'descending' : 'ascending');
      context.print(switches.has('json') ? `${JSON.stringify(rows, null, 2)}\n` : portfolioText(rows, todayIso()));
      return 0;
    });
  },
};
