import { useState } from 'react';
import { ACTION_STATUS_OPTIONS } from '../../../shared/kinds/action.ts';
import { setFieldOnNodes } from '../../commands/updateNodes.ts';
import { useRunCommand } from '../../map/PlanContext.tsx';

interface BulkBarProps {
  ids: readonly string[];
  owners: readonly string[];
  readOnly: string | null;
  onClear(): void;
}

const UNSET = '__unset__';

/** With actions ticked: sets status, due date or owner on all of them at once, each as one undo step. */
export function BulkBar({ ids, owners, readOnly, onClear }: BulkBarProps) {
  const run = useRunCommand();
  const [due, setDue] = useState('');
  const count = `${ids.length} ${ids.length === 1 ? 'action' : 'actions'} selected`;
  const setAll = (key: string, value: unknown) => run(setFieldOnNodes, { ids, key, value });
  const disabled = readOnly !== null;
  return (
    <section className="atlas-tracker__bulk" aria-label="Bulk edit">
      <strong className="atlas-tracker__count" aria-live="polite">
        {count}
      </strong>
      <label className="atlas-view__filter">
        Set status
        <select
          value={UNSET}
          disabled={disabled}
          onChange={(event) => {
            if (event.target.value !== UNSET) setAll('status', event.target.value);
          }}
        >
          <option value={UNSET} disabled>
            Choose…
          </option>
          {ACTION_STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <form
        className="atlas-view__filter"
        onSubmit={(event) => {
          event.preventDefault();
          if (due !== '') setAll('dueDate', due);
        }}
      >
        <label className="atlas-view__filter">
          Set due date
          <input type="date" value={due} disabled={disabled} onChange={(event) => setDue(event.target.value)} />
        </label>
        <button type="submit" className="atlas-button" disabled={disabled || due === ''}>
          Apply due date
        </button>
      </form>
      <label className="atlas-view__filter">
        Set owner
        <select
          value={UNSET}
          disabled={disabled}
          onChange={(event) => {
            if (event.target.value !== UNSET) setAll('owner', event.target.value);
          }}
        >
          <option value={UNSET} disabled>
            Choose…
          </option>
          <option value="">No owner</option>
          {owners.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="atlas-button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
