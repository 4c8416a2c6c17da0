import { memo, useRef } from 'react';
import { ACTION_STATUS_OPTIONS } from '../../../shared/kinds/action.ts';
import { newId } from '../../../shared/ids.ts';
import { actionHorizonLabel } from '../../../shared/rules/actionTracker.ts';
import type { TrackedAction } from '../../../shared/rules/actionTracker.ts';
import { updateNode } from '../../commands/updateNode.ts';
import { useRunCommand } from '../../map/PlanContext.tsx';

interface ActionTrackerRowProps {
  action: TrackedAction;
  selected: boolean;
  owners: readonly string[];
  /** Why editing is off, or null. */
  readOnly: string | null;
  onSelect(id: string): void;
  onToggle(id: string): void;
}

/** One action of the tracker: a checkbox for bulk edits, its title (selects it), owner, due date and status editable in place. */
export const ActionTrackerRow = memo(function ActionTrackerRow({ action, selected, owners, readOnly, onSelect, onToggle }: ActionTrackerRowProps) {
  const run = useRunCommand();
  const burst = useRef(newId());
  const { node } = action;
  const title = node.label.trim() === '' ? 'Untitled action' : node.label;
  const owner = node.data.owner.trim();
  const ownerChoices = owner === '' || owners.includes(owner) ? owners : [...owners, owner];
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
      </th>
      <td>
        <select aria-label={`Owner of ${title}`} value={owner} disabled={disabled} onChange={(event) => set({ owner: event.target.value })}>
          <option value="">No owner</option>
          {ownerChoices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="atlas-tracker__due">
          <input
            type="date"
            aria-label={`Due date of ${title}`}
            value={node.data.dueDate ?? ''}
            disabled={disabled}
            onChange={(event) => set({ dueDate: event.target.value === '' ? null : event.target.value }, burst.current)}
            onBlur={() => (burst.current = newId())}
          />
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
});
