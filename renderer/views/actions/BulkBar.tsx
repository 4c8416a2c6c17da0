import { useId, useState } from 'react';
import { ACTION_STATUS_OPTIONS } from '../../../shared/kinds/action.ts';
import { kinds } from '../../../shared/kinds/index.ts';
import { readField } from '../../../shared/kinds/readField.ts';
import { holdsBadDate, typedInputProps } from '../../ui/typedInput.ts';
import { setFieldOnNodes } from '../../commands/updateNodes.ts';
import { useRunCommand } from '../../map/PlanContext.tsx';

interface BulkBarProps {
  ids: readonly string[];
  owners: readonly string[];
  readOnly: string | null;
  onClear(): void;
}

const UNSET = '__unset__';
const DUE_DATE = kinds.action.field('dueDate')!;

/** With actions ticked: sets status, due date or owner on all of them at once, each as one undo step. */
export function BulkBar({ ids, owners, readOnly, onClear }: BulkBarProps) {
  const run = useRunCommand();
  const [due, setDue] = useState('');
  const [dueError, setDueError] = useState<string | null>(null);
  const id = useId();
  const dueErrorId = `${id}-due-error`;
  const readDue = (element: HTMLInputElement) => {
    setDue(element.value);
    const reading = readField(DUE_DATE, element.value, { badDate: holdsBadDate(element) });
    setDueError(reading.ok ? null : reading.message);
  };
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
          if (due !== '' && dueError === null) setAll('dueDate', due);
        }}
      >
        <label className="atlas-view__filter">
          Set due date
          <input
            {...typedInputProps(DUE_DATE)}
            value={due}
            disabled={disabled}
            aria-invalid={dueError !== null}
            aria-describedby={dueError ? dueErrorId : undefined}
            onChange={(event) => readDue(event.target)}
            onBlur={(event) => readDue(event.target)}
          />
        </label>
        <button type="submit" className="atlas-button" disabled={disabled || due === '' || dueError !== null}>
          Apply due date
        </button>
        {dueError ? (
          <span id={dueErrorId} className="atlas-field__error" role="alert">
            {dueError}
          </span>
        ) : null}
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
