import { memo, useRef } from 'react';
import { ACTION_STATUS_OPTIONS } from '../../../shared/kinds/action.ts';
import { newId } from '../../../shared/ids.ts';
import { actionHorizonLabel } from '../../../shared/rules/actionTracker.ts';
import type { TrackedAction } from '../../../shared/rules/actionTracker.ts';
import { updateNode } from '../../commands/updateNode.ts';
import { useRunCommand } from '../../map/PlanContext.tsx';
import { ChangeMark } from '../../review/ChangeMark.tsx';
import { DueDateCell } from './DueDateCell.tsx';

/** The id of the one list of team members every owner field suggests from (drawn once by the view). */
export const OWNERS_LIST_ID = 'atlas-tracker-owners';

interface ActionTrackerRowProps {
  action: TrackedAction;
  selected: boolean;
  /** Why editing is off, or null. */
  readOnly: string | null;
  onSelect(id: string): void;
  onToggle(id: string): void;
}

/** One action of the tracker (drawn again only when what it shows changed): a checkbox for bulk edits, its title (selects it), owner (suggesting the team), due date and status editable in place. */
export const ActionTrackerRow = memo(ActionTrackerLine, sameLine);

function ActionTrackerLine({ action, selected, readOnly, onSelect, onToggle }: ActionTrackerRowProps) {
  const run = useRunCommand();
  const ownerBurst = useRef(newId());
  const { node } = action;
  const title = node.label.trim() === '' ? 'Untitled action' : node.label;
  const set = (data: Record<string, unknown>, keyBurst?: string) => run(updateNode, { id: node.id, changes: { data }, burst: keyBurst });
  const disabled = readOnly !== null || node.damaged !== undefined;
  const dueId = `atlas-tracker-due-${node.id}`;
  return (
    <tr data-action-id={node.id} className={`${action.overdue ? 'is-overdue' : ''}${selected ? ' is-selected' : ''}`}>
      <td className="atlas-tracker__check">
        <input type="checkbox" data-column="check" aria-label={`Select ${title}`} checked={selected} onChange={() => onToggle(node.id)} />
      </td>
      <th scope="row">
        <button type="button" data-column="title" className="atlas-tracker__title" aria-label={`Action: ${title}`} aria-current={selected ? 'true' : undefined} aria-describedby={action.overdue ? dueId : undefined} onClick={() => onSelect(node.id)}>
          {title}
        </button>
        <ChangeMark nodeId={node.id} />
      </th>
      <td>
        <input
          type="text"
          className="atlas-tracker__owner"
          aria-label={`Owner of ${title}`}
          list={OWNERS_LIST_ID}
          autoComplete="off"
          placeholder="No owner"
          value={node.data.owner}
          disabled={disabled}
          onChange={(event) => set({ owner: event.target.value }, ownerBurst.current)}
          onBlur={() => (ownerBurst.current = newId())}
        />
      </td>
      <td>
        <div className="atlas-tracker__due">
          <DueDateCell title={title} value={node.data.dueDate} disabled={disabled} onSave={(dueDate, dueBurst) => set({ dueDate }, dueBurst)} />
          {action.overdue ? (
            <span id={dueId} className="atlas-tracker__flag">
              Overdue
            </span>
          ) : null}
        </div>
      </td>
      <td>
        <select aria-label={`Status of ${title}`} value={node.data.status} disabled={disabled} onChange={(event) => set({ status: event.target.value })}>
          {ACTION_STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {action.doneSinceReview ? <span className="atlas-tracker__note">since the last review</span> : null}
      </td>
      <td>
        {actionHorizonLabel(node.data.horizon)}
        {action.outsideHorizon ? <span className="atlas-tracker__note">due after it</span> : null}
      </td>
      <td>{action.serves.length === 0 ? <span className="atlas-tracker__none">None</span> : action.serves.map((goal) => goal.label).join(', ')}</td>
    </tr>
  );
}

/** True when a line would draw the same: the store keeps an unchanged node's identity, the facts are compared by value. */
function sameLine(before: ActionTrackerRowProps, after: ActionTrackerRowProps): boolean {
  const a = before.action;
  const b = after.action;
  return (
    a.node === b.node &&
    a.overdue === b.overdue &&
    a.outsideHorizon === b.outsideHorizon &&
    a.doneSinceReview === b.doneSinceReview &&
    a.serves.map((goal) => goal.label).join('\n') === b.serves.map((goal) => goal.label).join('\n') &&
    before.selected === after.selected &&
    before.readOnly === after.readOnly &&
    before.onSelect === after.onSelect &&
    before.onToggle === after.onToggle
  );
}
