import { useEffect, useId, useRef, useState } from 'react';
import type { FieldSpec } from '../../../shared/kinds/fields.ts';
import { newId } from '../../../shared/ids.ts';
import { fieldLabel, fieldText, readField } from '../../../shared/kinds/readField.ts';

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
  const [draft, setDraft] = useState(() => (mixed ? '' : fieldText(field, value)));
  const [error, setError] = useState<string | null>(null);
  const burst = useRef(newId());
  const focused = useRef(false);

  // Follow outside changes (undo, another panel) unless the person is typing an invalid value here.
  useEffect(() => {
    if (focused.current && error) return;
    setDraft(mixed ? '' : fieldText(field, value));
    setError(null);
  }, [field, value, mixed]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (input: string | boolean) => {
    if (typeof input === 'string') setDraft(input);
    const reading = readField(field, input);
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    setError(null);
    onChange(reading.value, burst.current);
  };
  const focusProps = {
    onFocus: () => {
      focused.current = true;
      burst.current = newId();
    },
    onBlur: () => {
      focused.current = false;
    },
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
    const type = field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text';
    const range =
      field.type === 'number' ? { min: field.min, max: field.max, step: field.integer ? 1 : 'any', inputMode: 'decimal' as const } : {};
    control = (
      <input
        id={id}
        type={type}
        value={draft}
        placeholder={mixed ? MIXED : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
        list={suggestions && type === 'text' ? listId : undefined}
        autoComplete={suggestions ? 'off' : undefined}
        {...range}
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
