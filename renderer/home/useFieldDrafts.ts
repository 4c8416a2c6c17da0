import { useState } from 'react';
import type { z } from 'zod';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { fieldText, readField } from '../../shared/kinds/readField.ts';

/** Text drafts of a form's fields, with per-field errors, read into typed values on submit. */
export interface FieldDrafts {
  drafts: Record<string, string | boolean>;
  errors: Record<string, string>;
  set(key: string, value: string | boolean): void;
  setError(key: string, message: string | null): void;
  /** Typed values of every field, or null (with errors shown) when any is invalid. */
  read(fields: readonly FieldSpec[]): Record<string, unknown> | null;
  /** Shows a schema's first complaint next to the field it names (or `fallbackKey`). */
  showIssue(error: z.ZodError, fallbackKey: string): void;
}

/** Keeps drafts for a set of fields, starting from `initial` values. */
export function useFieldDrafts(fields: readonly FieldSpec[], initial: Record<string, unknown>): FieldDrafts {
  const [drafts, setDrafts] = useState<Record<string, string | boolean>>(() => {
    const out: Record<string, string | boolean> = {};
    for (const field of fields) out[field.key] = field.type === 'boolean' ? Boolean(initial[field.key]) : fieldText(field, initial[field.key]);
    return out;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setError = (key: string, message: string | null) =>
    setErrors((current) => {
      const next = { ...current };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
  return {
    drafts,
    errors,
    set(key, value) {
      setDrafts((current) => ({ ...current, [key]: value }));
      const field = fields.find((candidate) => candidate.key === key);
      if (field) {
        const reading = readField(field, value);
        setError(key, reading.ok ? null : reading.message);
      }
    },
    setError,
    showIssue(error, fallbackKey) {
      const issue = error.issues[0];
      setError(String(issue?.path[0] ?? fallbackKey), `${(issue?.message ?? 'Not valid').replace(/^Invalid input: /, '')}.`);
    },
    read(list) {
      const values: Record<string, unknown> = {};
      const found: Record<string, string> = {};
      for (const field of list) {
        const reading = readField(field, drafts[field.key] ?? '');
        if (reading.ok) values[field.key] = reading.value;
        else found[field.key] = reading.message;
      }
      setErrors((current) => ({ ...current, ...found }));
      return Object.keys(found).length === 0 ? values : null;
    },
  };
}
