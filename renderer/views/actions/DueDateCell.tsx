import { useEffect, useId, useRef, useState } from 'react';
import { kinds } from '../../../shared/kinds/index.ts';
import { newId } from '../../../shared/ids.ts';
import { readField } from '../../../shared/kinds/readField.ts';
import { holdsBadDate, typedInputProps } from '../../ui/typedInput.ts';
import { useDateTyping } from '../../ui/useDateTyping.ts';

const DUE_DATE = kinds.action.field('dueDate')!;

/**
 * An action's due date edited in place: a date that does not exist stays in the picker with a message beside it and
 * is not saved; Escape puts the saved date back.
 */
export function DueDateCell({ title, value, disabled, onSave }: { title: string; value: string | null; disabled: boolean; onSave(value: string | null, burst: string): void }) {
  const id = useId();
  const stored = value ?? '';
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const burst = useRef(newId());
  const dateTyping = useDateTyping();
  useEffect(() => {
    if (!error) setDraft(stored);
  }, [stored]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (element: HTMLInputElement) => {
    setDraft(element.value);
    const reading = readField(DUE_DATE, element.value, { badDate: holdsBadDate(element) });
    if (!reading.ok) {
      dateTyping.drop();
      setError(reading.message);
      return;
    }
    setError(null);
    const save = () => onSave(reading.value as string | null, burst.current);
    if (dateTyping.typing()) dateTyping.defer(save);
    else save();
  };
  const errorId = `${id}-error`;
  return (
    <>
      <input
        {...typedInputProps(DUE_DATE)}
        aria-label={`Due date of ${title}`}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        disabled={disabled}
        onChange={(event) => change(event.target)}
        onBlur={(event) => {
          dateTyping.flush();
          burst.current = newId();
          if (holdsBadDate(event.target) && !error) change(event.target);
        }}
        onKeyDown={(event) => {
          const element = event.currentTarget;
          dateTyping.onKeyDown(event);
          if (event.key !== 'Escape' || (!error && !holdsBadDate(element) && element.value === stored)) return;
          event.preventDefault();
          event.stopPropagation();
          dateTyping.drop();
          element.value = stored;
          setDraft(stored);
          setError(null);
        }}
        onKeyUp={dateTyping.onKeyUp}
      />
      {error ? (
        <span id={errorId} className="atlas-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
