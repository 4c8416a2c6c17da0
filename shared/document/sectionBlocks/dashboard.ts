import type { PlanNodeOf } from '../../model.ts';
import type { Block, Run } from '../blockTypes.ts';
import { column, componentIndent, detailItems, details, fact, fieldColumns, heading, nothingYet, paragraph, plain, strong, table } from '../blockKit.ts';
import { formatDate, formatMoney, formatNumber, formatPercent, joinNames } from '../format.ts';
import { inEdition, showsField } from '../editions.ts';
import type { MilestoneStatus, PlanOutline } from '../outlineTypes.ts';
import { MILESTONE_RULE, MILESTONE_STATUS_LABELS } from '../../rules/milestoneStatus.ts';
import { sinceReviewBlocks } from './sinceReview.ts';
import { trendBlocks } from './trends.ts';

const STATUS_TEXT = (status: MilestoneStatus): Run[] =>
  status === 'behind' || status === 'missed' ? strong(MILESTONE_STATUS_LABELS[status]) : plain(MILESTONE_STATUS_LABELS[status]);

/** Section 6 blocks: milestones against targets, action completion and goal progress. */
export function dashboardBlocks(outline: PlanOutline): Block[] {
  const { milestones, actions, goalProgress } = outline.dashboard;
  const { edition, currency } = outline;
  const customer = edition === 'customer';
  // The customer edition shows only milestones marked customer-visible, and no heading when there are none.
  const blocks: Block[] = customer && milestones.length === 0 ? [] : [heading(2, inEdition(edition, { internal: 'Milestones', customer: 'Shared milestones' }), 'dashboard-milestones')];
  if (milestones.length === 0) {
    if (!customer) blocks.push(nothingYet('No milestones on the map yet.'));
  } else {
    const fields = fieldColumns<PlanNodeOf<'milestone'>>('milestone', ['metric', 'target', 'actual', 'dueDate'], edition, currency);
    blocks.push(
      table(
        [column('Milestone', { weight: 2 }), ...fields.map((f) => f.column), column('Status'), column('Measures', { weight: 1.5 })],
        milestones.map((entry) => [strong(entry.node.label), ...fields.map((f) => f.cell(entry.node)), STATUS_TEXT(entry.status), plain(joinNames(entry.measures))]),
      ),
      paragraph({
        text: `Status as of ${formatDate(outline.today)}: ${MILESTONE_RULE}.`,
        emphasis: true,
      }),
      ...details('Adjustments', detailItems('milestone', milestones.map((entry) => entry.node), ['adjustment'], edition)),
    );
  }
  blocks.push(heading(2, 'Action completion', 'dashboard-actions'), {
    type: 'facts',
    facts: [
      fact('Actions done', `${formatNumber(actions.done)} of ${formatNumber(actions.total)} (${formatPercent(actions.total ? (actions.done / actions.total) * 100 : null)})`),
      fact('Overdue actions', formatNumber(actions.overdue)),
    ],
  });
  blocks.push(...sinceReviewBlocks(outline));
  blocks.push(...trendBlocks(outline));
  // Goal progress is told in goal amounts: without them (the customer edition) there is nothing to show.
  if (!showsField('goal', 'target', edition)) return blocks;
  blocks.push(heading(2, 'Goal progress', 'dashboard-goals'));
  if (goalProgress.length === 0) blocks.push(nothingYet('No goals with a target yet.'));
  else {
    blocks.push(
      table(
        [column('Goal', { weight: 2.2 }), column('Target', { align: 'right', weight: 1.4 }), column('Achieved so far', { align: 'right', weight: 1.4 }), column('Progress', { align: 'right' })],
        goalProgress.map((goal) => [
          goal.depth === 0 ? strong(goal.name) : plain(`${componentIndent(goal.depth)}↳ ${goal.name}`),
          plain(formatMoney(goal.target, currency)),
          plain(formatMoney(goal.achieved, currency)),
          plain(formatPercent(goal.percent)),
        ]),
      ),
    );
  }
  return blocks;
}
