import type { PlanNodeOf } from '../../model.ts';
import type { Block, ListItem, Run } from '../blockTypes.ts';
import { column, componentIndent, detailItems, details, fieldColumns, heading, nothingYet, paragraph, plain, strong, table } from '../blockKit.ts';
import { NONE, formatDate, formatMoney, formatPercent, joinNames } from '../format.ts';
import { gapStatus } from '../../rules/goalBuild.ts';
import { inEdition, showsField } from '../editions.ts';
import type { PlanOutline } from '../outlineTypes.ts';
import { flattenGoals } from '../sections/goals.ts';

/** How the customer edition names each kind of opportunity: what it means for them, not how we sell. */
const CUSTOMER_GROUP_WORDS: Record<'respond' | 'shape' | 'create', { title: string; description: string }> = {
  respond: { title: 'Your requests', description: 'What you have asked us for, and how we answer.' },
  shape: { title: 'Shaping solutions together', description: 'Problems you are working on, where we help shape the solution.' },
  create: { title: 'New ideas from us', description: 'Ideas we bring to you for the first time.' },
};

/** Section 3 blocks: the goal build and opportunities grouped respond / shape / create. */
export function goalsBlocks(outline: PlanOutline): Block[] {
  return [...goalBuildBlocks(outline), ...opportunityBlocks(outline)];
}

function goalBuildBlocks(outline: PlanOutline): Block[] {
  const { goals, growthTarget, planBuild, planGap } = outline.goals;
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const blocks: Block[] = [heading(2, inEdition(outline.edition, { internal: 'Objectives and the goal build', customer: 'Shared objectives' }), 'goals-goal-build')];
  if (goals.length === 0) return [...blocks, nothingYet('No goals on the map yet.')];
  if (!showsField('goal', 'target', outline.edition)) return [...blocks, ...objectiveBlocks(outline)];
  blocks.push(buildSentence(outline));
  const rows = flattenGoals(goals).map(({ entry, depth }) => [
    depth === 0 ? strong(entry.node.label) : plain(`${componentIndent(depth)}↳ ${entry.node.label}`),
    plain(entry.node.data.metric.trim() || NONE),
    plain(money(entry.target)),
    plain(entry.build === null ? NONE : money(entry.build)),
    plain(formatPercent(entry.share)),
    gapCell(entry.gap, outline.currency),
  ]);
  // The plan's row: its growth target against the build of its top-level goals, from the same rule as every goal's.
  const totals: Run[][][] = [
    [
      strong('Whole plan (growth target)'),
      plain(''),
      strong(money(growthTarget)),
      strong(money(planBuild)),
      plain(formatPercent(growthTarget && planBuild !== null ? (planBuild / growthTarget) * 100 : null)),
      gapCell(planGap, outline.currency),
    ],
  ];
  blocks.push(
    table(
      [
        column('Goal', { weight: 2.2 }),
        column('Metric', { weight: 1.4 }),
        column('Target', { align: 'right', weight: 1.4 }),
        column('Build', { align: 'right', weight: 1.4 }),
        column('Share of target', { align: 'right', weight: 0.8 }),
        column('Gap', { align: 'right', weight: 1.4 }),
      ],
      [...rows, ...totals],
      totals.length,
    ),
  );
  const goalNodes = flattenGoals(goals).map(({ entry }) => entry.node);
  const extras: ListItem[] = flattenGoals(goals)
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

/** The objectives without their amounts (the customer edition): goal, metric, due date and the needs it addresses. */
function objectiveBlocks(outline: PlanOutline): Block[] {
  const entries = flattenGoals(outline.goals.goals);
  const fields = fieldColumns<PlanNodeOf<'goal'>>('goal', ['metric', 'dueDate'], outline.edition, outline.currency, { metric: 1.6 });
  return [
    table(
      [column('Objective', { weight: 2.4 }), ...fields.map((f) => f.column), column('Addresses', { weight: 2.4 })],
      entries.map(({ entry, depth }) => [
        depth === 0 ? strong(entry.node.label) : plain(`${componentIndent(depth)}↳ ${entry.node.label}`),
        ...fields.map((f) => f.cell(entry.node)),
        plain(joinNames(entry.addresses)),
      ]),
    ),
    ...details('Notes on goals', detailItems('goal', entries.map(({ entry }) => entry.node), ['notes'], outline.edition)),
  ];
}

function gapCell(gap: number | null, currency: string): Run[] {
  const status = gapStatus(gap);
  if (gap === null || status === null) return plain(NONE);
  if (status === 'met') return plain('none');
  return [{ text: status === 'short' ? `${formatMoney(gap, currency)} short` : `${formatMoney(-gap, currency)} over`, strong: status === 'short' }];
}

/**
 * The goal build in one line, e.g. "Renewal USD 1,200,000 + Expansion USD 500,000 = USD 1,700,000, USD 300,000
 * short of the growth target": what each top-level goal contributes (a single top goal is shown by its
 * sub-goals), adding up to the plan's build.
 */
function buildSentence(outline: PlanOutline): Block {
  const { goals, growthTarget, planBuild, planGap } = outline.goals;
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const only = goals.length === 1 ? goals[0] : undefined;
  const parts = only && only.components.length > 0 ? only.components : goals;
  const sum = `${parts.map((entry) => `${entry.node.label} ${money(entry.contribution)}`).join(' + ')} = ${money(planBuild)}`;
  const lead = { text: 'Goal build: ', strong: true };
  const status = gapStatus(planGap);
  if (growthTarget === null || planGap === null || status === null) {
    return { type: 'callout', tone: 'note', runs: [lead, { text: `${sum}. The plan has no growth target yet.` }] };
  }
  if (status === 'met') {
    return { type: 'callout', tone: 'note', runs: [lead, { text: `${sum}, matching the growth target of ${money(growthTarget)}.` }] };
  }
  const verdict = status === 'short' ? `${money(planGap)} short of` : `${money(-planGap)} above`;
  return {
    type: 'callout',
    tone: status === 'short' ? 'warning' : 'note',
    runs: [lead, { text: `${sum}, ${verdict} the growth target of ${money(growthTarget)}.` }],
  };
}

function opportunityBlocks(outline: PlanOutline): Block[] {
  const { edition } = outline;
  const blocks: Block[] = [heading(2, inEdition(edition, { internal: 'Opportunities', customer: 'Where we can help' }), 'goals-opportunities')];
  const groups = outline.goals.opportunityGroups;
  if (groups.every((group) => group.entries.length === 0)) return [...blocks, nothingYet('No opportunities on the map yet.')];
  const showsValue = showsField('opportunity', 'value', edition);
  const showsWeighted = showsValue && showsField('opportunity', 'probability', edition);
  const money = (value: number | null) => formatMoney(value, outline.currency);
  const fields = fieldColumns<PlanNodeOf<'opportunity'>>('opportunity', ['value', 'stage', 'closeDate', 'probability'], outline.edition, outline.currency, {
    value: 1.45,
    stage: 0.9,
    probability: 0.95,
  });
  for (const group of groups) {
    if (edition === 'customer' && group.entries.length === 0) continue;
    const words = edition === 'customer' ? CUSTOMER_GROUP_WORDS[group.type] : group;
    blocks.push(heading(3, words.title, `goals-opportunities-${group.type}`), paragraph({ text: words.description, emphasis: true }));
    if (group.entries.length === 0) {
      blocks.push(nothingYet(`No ${group.title.toLowerCase()} opportunities yet.`));
      continue;
    }
    const rows = group.entries.map((entry) => [
      strong(entry.node.label),
      ...fields.map((f) => f.cell(entry.node)),
      ...(showsWeighted ? [plain(money(entry.weighted))] : []),
      plain(joinNames(entry.addresses)),
    ]);
    const total = [
      strong('Total'),
      ...fields.map((f) => (f.key === 'value' ? strong(money(group.total)) : plain(''))),
      ...(showsWeighted ? [strong(money(group.weightedTotal))] : []),
      plain(''),
    ];
    blocks.push(
      table(
        [
          column(inEdition(edition, { internal: 'Opportunity', customer: 'Initiative' }), { weight: 2 }),
          ...fields.map((f) => f.column),
          ...(showsWeighted ? [column('Weighted value', { align: 'right', weight: 1.45 })] : []),
          column('Addresses', { weight: 2.2 }),
        ],
        showsValue ? [...rows, total] : rows,
        showsValue ? 1 : 0,
      ),
    );
  }
  blocks.push(
    ...details('Notes on opportunities', detailItems('opportunity', groups.flatMap((group) => group.entries.map((entry) => entry.node)), ['notes'], outline.edition)),
  );
  return blocks;
}
