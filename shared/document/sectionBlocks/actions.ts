import type { PlanNodeOf } from '../../model.ts';
import type { Block, Run } from '../blockTypes.ts';
import { column, detailItems, details, fieldColumns, heading, nothingYet, plain, strong, table } from '../blockKit.ts';
import { NONE, formatDate, joinNames } from '../format.ts';
import { inEdition } from '../editions.ts';
import type { ActionEntry, PlanOutline } from '../outlineTypes.ts';

/** Section 4 blocks: actions for the next 90 days and the next 12 months, overdue ones flagged. */
export function actionsBlocks(outline: PlanOutline): Block[] {
  const { horizons, overdue, outsideHorizon } = outline.actions;
  const blocks: Block[] = [];
  if (overdue > 0) {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      runs: [{ text: `${overdue} ${overdue === 1 ? 'action is' : 'actions are'} overdue`, strong: true }, { text: ` as of ${formatDate(outline.today)}.` }],
    });
  }
  if (outsideHorizon > 0) {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      runs: [
        { text: `${outsideHorizon} ${outsideHorizon === 1 ? 'action is' : 'actions are'} due after the horizon ${outsideHorizon === 1 ? 'it is' : 'they are'} filed under`, strong: true },
        { text: ': move them to the right horizon or bring their date forward.' },
      ],
    });
  }
  const fields = fieldColumns<PlanNodeOf<'action'>>('action', ['owner', 'status'], outline.edition, outline.currency);
  for (const horizon of horizons) {
    blocks.push(heading(2, horizon.title, `actions-${horizon.horizon}`));
    if (horizon.actions.length === 0) {
      blocks.push(nothingYet('No actions for this horizon yet.'));
      continue;
    }
    blocks.push(
      table(
        [column('Action', { weight: 2.4 }), fields[0]?.column ?? column('Owner'), column('Due', { weight: 1.1 }), ...fields.slice(1).map((f) => f.column), column('Serves', { weight: 1.8 })],
        horizon.actions.map((entry) => [
          strong(entry.node.label),
          ...fields.slice(0, 1).map((f) => f.cell(entry.node)),
          dueCell(entry),
          ...fields.slice(1).map((f) => f.cell(entry.node)),
          plain(joinNames(entry.serves)),
        ]),
      ),
      ...details(
        `${inEdition(outline.edition, { internal: 'Customer input and notes', customer: 'Your input' })} (${horizon.title.toLowerCase()})`,
        detailItems('action', horizon.actions.map((entry) => entry.node), ['customerInput', 'notes'], outline.edition),
      ),
    );
  }
  return blocks;
}

function dueCell({ node, overdue, outsideHorizon }: ActionEntry): Run[] {
  const { dueDate } = node.data;
  if (!dueDate) return plain(NONE);
  if (overdue) return [{ text: formatDate(dueDate) }, { text: ' OVERDUE', strong: true }];
  if (outsideHorizon) return [{ text: formatDate(dueDate) }, { text: ' OUTSIDE HORIZON', strong: true }];
  return plain(formatDate(dueDate));
}
