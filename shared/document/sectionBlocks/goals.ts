import type { PlanNodeOf } from '../../model.ts';
import type { Block, ListItem, Run } from '../blockTypes.ts';
import { column, componentIndent, detailItems, details, fieldColumns, heading, nothingYet, paragraph, plain, strong, table } from '../blockKit.ts';
import { NONE, formatDate, formatMoney, formatPercent, joinNames } from '../format.ts';
import type { GoalBuildEntry, PlanOutline } from '../outlineTypes.ts';
import { depthFirst } from '../walk.ts';

/** Section 3 blocks: the goal build and opportunities grouped respond / shape / create. */
export function goalsBlocks(outline: PlanOutline): Block[] {
  return [...goalBuildBlocks(outline), ...opportunityBlocks(outline)];
}

function flatten(entries: GoalBuildEntry[]): { entry: GoalBuildEntry; depth: number }[] {
  return depthFirst(entries, (entry) => entry.components).map(({ item, depth }) => ({ entry: item, depth }));
}

function goalBuildBlocks(outline: PlanOutline): Block[] {
  const { goals, growthTarget, goalBuildTotal, growthGap } = outline.goals;
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const blocks: Block[] = [heading(2, 'Objectives and the goal build', 'goals-goal-build')];
  if (goals.length === 0) return [...blocks, nothingYet('No goals on the map yet.')];
  blocks.push(buildSentence(outline));
  const rows = flatten(goals).map(({ entry, depth }) => [
    depth === 0 ? strong(entry.node.label) : plain(`${componentIndent(depth)}↳ ${entry.node.label}`),
    plain(entry.node.data.metric.trim() || NONE),
    plain(money(entry.target)),
    plain(entry.components.length > 0 ? money(entry.rolledUp) : NONE),
    plain(formatPercent(entry.share)),
    gapCell(entry.gap, outline.currency),
  ]);
  const totals: Run[][][] = [
    [strong('Goal build total'), plain(''), strong(money(goalBuildTotal)), plain(''), plain(formatPercent(growthTarget ? (goalBuildTotal / growthTarget) * 100 : null)), plain('')],
  ];
  if (growthTarget !== null) {
    totals.push([strong('Growth target'), plain(''), strong(money(growthTarget)), plain(''), plain('100%'), gapCell(growthGap, outline.currency)]);
  }
  blocks.push(
    table(
      [
        column('Goal', { weight: 2.2 }),
        column('Metric', { weight: 1.4 }),
        column('Target', { align: 'right', weight: 1.4 }),
        column('Rolled up', { align: 'right', weight: 1.4 }),
        column('Share of target', { align: 'right', weight: 0.8 }),
        column('Gap', { align: 'right', weight: 1.4 }),
      ],
      [...rows, ...totals],
      totals.length,
    ),
  );
  const goalNodes = flatten(goals).map(({ entry }) => entry.node);
  const extras: ListItem[] = flatten(goals)
    .filter(({ entry }) => entry.addresses.length > 0 || entry.node.data.dueDate)
    .map(({ entry }) => ({
      runs: [
        { text: entry.node.label, strong: true },
        { text: entry.node.data.dueDate ? ` — due ${formatDate(entry.node.data.dueDate)}` : '' },
        { text: entry.addresses.length > 0 ? `; addresses ${joinNames(entry.addresses)}` : '' },
      ].filter((run) => run.text),
    }));
  blocks.push(...details('Due dates and the needs each goal addresses', extras));
  blocks.push(...details('Notes on goals', detailItems('goal', goalNodes, ['notes'], outline.edition)));
  return blocks;
}

function gapCell(gap: number | null, currency: string): Run[] {
  if (gap === null) return plain(NONE);
  if (gap === 0) return plain('none');
  return [{ text: gap > 0 ? `${formatMoney(gap, currency)} short` : `${formatMoney(-gap, currency)} over`, strong: gap > 0 }];
}

/**
 * The goal build in one line, e.g. "Renewal USD 1,200,000 + Expansion USD 500,000 = USD 1,700,000, USD 300,000
 * short of the growth target". A single top goal is built from its components; several top goals build the target.
 */
function buildSentence(outline: PlanOutline): Block {
  const { goals, growthTarget } = outline.goals;
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const only = goals.length === 1 ? goals[0] : undefined;
  const parts = only && only.components.length > 0 ? only.components : goals;
  const total = parts.reduce((sum, entry) => sum + (entry.target ?? 0), 0);
  const sum = `${parts.map((entry) => `${entry.node.label} ${money(entry.target ?? 0)}`).join(' + ')} = ${money(total)}`;
  const lead = { text: 'Goal build: ', strong: true };
  if (growthTarget === null) {
    return { type: 'callout', tone: 'note', runs: [lead, { text: `${sum}. The plan has no growth target yet.` }] };
  }
  const gap = growthTarget - total;
  if (gap === 0) {
    return { type: 'callout', tone: 'note', runs: [lead, { text: `${sum}, matching the growth target of ${money(growthTarget)}.` }] };
  }
  const verdict = gap > 0 ? `${money(gap)} short of` : `${money(-gap)} above`;
  return {
    type: 'callout',
    tone: gap > 0 ? 'warning' : 'note',
    runs: [lead, { text: `${sum}, ${verdict} the growth target of ${money(growthTarget)}.` }],
  };
}

function opportunityBlocks(outline: PlanOutline): Block[] {
  const blocks: Block[] = [heading(2, 'Opportunities', 'goals-opportunities')];
  const groups = outline.goals.opportunityGroups;
  if (groups.every((group) => group.entries.length === 0)) return [...blocks, nothingYet('No opportunities on the map yet.')];
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const fields = fieldColumns<PlanNodeOf<'opportunity'>>('opportunity', ['value', 'stage', 'closeDate', 'probability'], outline.edition, outline.currency, {
    value: 1.45,
    stage: 0.9,
    probability: 0.95,
  });
  for (const group of groups) {
    blocks.push(heading(3, `${group.title}`, `goals-opportunities-${group.type}`), paragraph({ text: group.description, emphasis: true }));
    if (group.entries.length === 0) {
      blocks.push(nothingYet(`No ${group.title.toLowerCase()} opportunities yet.`));
      continue;
    }
    const rows = group.entries.map((entry) => [
      strong(entry.node.label),
      ...fields.map((f) => f.cell(entry.node)),
      plain(money(entry.weighted)),
      plain(joinNames(entry.addresses)),
    ]);
    const total = [strong('Total'), ...fields.map((f) => (f.key === 'value' ? strong(money(group.total)) : plain(''))), strong(money(group.weightedTotal)), plain('')];
    blocks.push(
      table(
        [column('Opportunity', { weight: 2 }), ...fields.map((f) => f.column), column('Weighted value', { align: 'right', weight: 1.45 }), column('Addresses', { weight: 2.2 })],
        [...rows, total],
        1,
      ),
    );
  }
  blocks.push(
    ...details('Notes on opportunities', detailItems('opportunity', groups.flatMap((group) => group.entries.map((entry) => entry.node)), ['notes'], outline.edition)),
  );
  return blocks;
}
