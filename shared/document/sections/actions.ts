import { kinds } from '../../kinds/index.ts';
import { actionServes } from '../../rules/actionServes.ts';
import { isOutsideHorizon, isOverdue } from '../../rules/actions.ts';
import type { ActionEntry, ActionsOutline } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

/** Section 4: actions for the next 90 days and the next 12 months, by due date, overdue ones and ones due after their horizon flagged. */
export function actionsOutline(index: PlanIndex, today: string): ActionsOutline {
  const entries = index.ofKind('action').map((node): ActionEntry => {
    return {
      node,
      overdue: isOverdue(node.data, today),
      outsideHorizon: isOutsideHorizon(node.data, today),
      serves: index.labels(actionServes(index, node.id)),
    };
  });
  const byDueDate = (a: ActionEntry, b: ActionEntry) =>
    (a.node.data.dueDate ?? '9999-99-99').localeCompare(b.node.data.dueDate ?? '9999-99-99') ||
    index.rank(a.node.id) - index.rank(b.node.id);
  const horizonField = kinds.action.field('horizon');
  const horizons = horizonField?.type === 'select' ? horizonField.options : [];
  return {
    horizons: horizons.map((option) => ({
      horizon: option.value as '90-days' | '12-months',
      title: option.label,
      actions: entries.filter((entry) => entry.node.data.horizon === option.value).sort(byDueDate),
    })),
    overdue: entries.filter((entry) => entry.overdue).length,
    outsideHorizon: entries.filter((entry) => entry.outsideHorizon).length,
  };
}
