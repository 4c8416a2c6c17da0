import { useId } from 'react';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import type { DraftInput, FieldDrafts } from './useFieldDrafts.ts';
import { fieldLabel } from '../../shared/kinds/readField.ts';
import { holdsBadDate, typedInputProps } from '../ui/typedInput.ts';

/** One labelled form control driven by a field spec, with its error under it. */
export function FormField({
  field,
  value,
  error,
  currency,
  onChange,
  onCancel,
  autoFocus,
  required,
}: {
  field: FieldSpec;
  value: string | boolean;
  error?: string;
  currency?: string;
  onChange(value: string | boolean, input?: DraftInput): void;
  /** Escape in the field: back to the value the form opened with; true when there was something to undo. */
  onCancel?(): boolean;
  autoFocus?: boolean;
  required?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const label = currency ? fieldLabel(field, currency) : field.label;
  const common = { id, autoFocus, 'aria-invalid': Boolean(error), 'aria-describedby': error ? errorId : undefined, required };
  let control;
  if (field.type === 'boolean') {
    return (
      <div className="atlas-field atlas-field--check">
        <input {...common} type="checkbox" checked={Boolean(value)} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  }
  if (field.type === 'select') {
    control = (
      <select {...common} value={String(value)} onChange={(event) => onChange(event.target.value)}>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'text' && field.multiline) {
    control = <textarea {...common} rows={3} value={String(value)} onChange={(event) => onChange(event.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        {...typedInputProps(field)}
        value={String(value)}
        onChange={(event) => onChange(event.target.value, { currency, badDate: holdsBadDate(event.target) })}
        onBlur={(event) => {
          // A date picker that went from empty to holding half a date changed no value, so nothing said so yet.
          if (holdsBadDate(event.target) && !error) onChange('', { currency, badDate: true });
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !onCancel || (field.type !== 'number' && field.type !== 'date')) return;
          const element = event.currentTarget;
          const pending = onCancel() || holdsBadDate(element);
          if (!pending) return;
          // Only the field's own change is undone: the dialog stays open for a second Escape.
          event.preventDefault();
          event.stopPropagation();
          if (holdsBadDate(element)) element.value = '';
        }}
      />
    );
  }
  return (
    <div className={`atlas-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="atlas-field__required"> (required)</span> : null}
      </label>
      {control}
      {error ? (
        <div id={errorId} className="atlas-field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** A form's fields in a grid, bound to their drafts; the first field takes focus and is required. */
export function FormFields({ fields, form, currency }: { fields: readonly FieldSpec[]; form: FieldDrafts; currency: string }) {
  return (
    <div className="atlas-form-grid">
      {fields.map((field, index) => (
        <FormField
          key={field.key}
          field={field}
          value={form.drafts[field.key] ?? ''}
          error={form.errors[field.key]}
          currency={currency}
          onChange={(value, input) => form.set(field.key, value, { currency, ...input })}
          onCancel={() => form.reset(field.key)}
          autoFocus={index === 0}
          required={index === 0}
        />
      ))}
    </div>
  );
}
