import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { FieldSpec } from '../../../shared/kinds/fields.ts';
import { newId } from '../../../shared/ids.ts';
import { fieldLabel, fieldText, readField } from '../../../shared/kinds/readField.ts';
import { holdsBadDate, typedInputProps } from '../../ui/typedInput.ts';
import { useDateTyping } from '../../ui/useDateTyping.ts';

/** Props of one inspector field. */
export interface FieldInputProps {
  field: FieldSpec;
  value: unknown;
  currency: string;
  /** Called with a valid value; `burst` is the same for every change while the field has focus. */
  onChange(value: unknown, burst: string): void;
  /** Extra note under the label (e.g. internal). */
  note?: string;
  /** Values offered while typing into a one-line text field (free text still allowed), with a line saying so. */
  suggestions?: { values: readonly string[]; hint: string };
  /** Several items with different values are edited at once: the field shows "Mixed" until it is set. */
  mixed?: boolean;
}

const MIXED = 'Mixed';

/** One field with its visible label, the right control for its type, and validation as you type. */
export function FieldInput({ field, value, currency, onChange, note, suggestions, mixed = false }: FieldInputProps) {
  const id = useId();
  const stored = mixed ? '' : fieldText(field, value);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const burst = useRef(newId());
  const focused = useRef(false);
  // The text of the last value this field saved: when it comes back from the store the typed text stays as typed ("1.2k").
  const sent = useRef<string | null>(null);
  const dateTyping = useDateTyping();

  // Follow outside changes (undo, another panel, another window), but never over text the person is still fixing.
  useEffect(() => {
    if (error) return;
    if (focused.current && sent.current === stored) return;
    setDraft(stored);
  }, [stored]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (input: string | boolean, badDate = false) => {
    if (typeof input === 'string') setDraft(input);
    const reading = readField(field, input, { currency, badDate });
    if (!reading.ok) {
      dateTyping.drop();
      setError(reading.message);
      return;
    }
    setError(null);
    const save = () => {
      sent.current = fieldText(field, reading.value);
      onChange(reading.value, burst.current);
    };
    if (field.type === 'date' && dateTyping.typing()) dateTyping.defer(save);
    else save();
  };
  const cancel = (element: HTMLInputElement | HTMLTextAreaElement) => {
    // A date picker holding a day that does not exist reports an empty value, so React alone would not clear it.
    dateTyping.drop();
    element.value = stored;
    setDraft(stored);
    setError(null);
  };
  const focusProps = {
    onFocus: () => {
      focused.current = true;
      burst.current = newId();
    },
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      focused.current = false;
      dateTyping.flush();
      if (holdsBadDate(event.currentTarget)) change('', true);
      // A value that was saved shows as stored ("1.2k" becomes 1200); text still being fixed stays as typed.
      else if (!error && field.type === 'number') setDraft(stored);
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const element = event.currentTarget;
      dateTyping.onKeyDown(event);
      if (event.key !== 'Escape' || element instanceof HTMLSelectElement) return;
      if (!error && draft === stored && !holdsBadDate(element)) return;
      event.preventDefault();
      event.stopPropagation();
      cancel(element);
    },
    onKeyUp: dateTyping.onKeyUp,
  };
  const label = fieldLabel(field, currency);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const listId = `${id}-options`;
  const describedBy = [error ? errorId : '', suggestions ? hintId : ''].filter(Boolean).join(' ') || undefined;

  if (field.type === 'boolean') {
    return (
      <div className="atlas-field atlas-field--check">
        <input
          id={id}
          type="checkbox"
          checked={!mixed && Boolean(value)}
          ref={(element) => {
            if (element) element.indeterminate = mixed;
          }}
          aria-checked={mixed ? 'mixed' : undefined}
          onChange={(event) => change(event.target.checked)}
          {...focusProps}
        />
        <label htmlFor={id}>{label}</label>
        {note ? <span className="atlas-field__note">{note}</span> : null}
      </div>
    );
  }

  let control;
  if (field.type === 'select') {
    control = (
      <select id={id} value={draft} onChange={(event) => change(event.target.value)} {...focusProps}>
        {mixed ? (
          <option value="" disabled>
            {MIXED}
          </option>
        ) : null}
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'text' && field.multiline) {
    control = (
      <textarea id={id} value={draft} rows={3} placeholder={mixed ? MIXED : undefined} aria-invalid={Boolean(error)} aria-describedby={describedBy} onChange={(event) => change(event.target.value)} {...focusProps} />
    );
  } else {
    const typed = typedInputProps(field);
    control = (
      <input
        id={id}
        {...typed}
        value={draft}
        placeholder={mixed ? MIXED : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value, holdsBadDate(event.target))}
        list={suggestions && typed.type === 'text' ? listId : undefined}
        autoComplete={suggestions ? 'off' : typed.autoComplete}
        {...focusProps}
      />
    );
  }

  return (
    <div className={`atlas-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {note ? <span className="atlas-field__note">{note}</span> : null}
        {mixed && field.type === 'date' ? <span className="atlas-field__note">{MIXED.toLowerCase()}</span> : null}
      </label>
      {control}
      {suggestions ? (
        <>
          <datalist id={listId}>
            {suggestions.values.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div id={hintId} className="atlas-field__hint">
            {suggestions.hint}
          </div>
        </>
      ) : null}
      {error ? (
        <div id={errorId} className="atlas-field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
