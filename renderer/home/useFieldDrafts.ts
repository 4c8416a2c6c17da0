import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { fieldText, readField } from '../../shared/kinds/readField.ts';

/** How a draft was typed: the currency its amount is in, and whether its date picker holds a date it cannot give. */
export interface DraftInput {
  currency?: string;
  badDate?: boolean;
}

/** Text drafts of a form's fields, with per-field errors, read into typed values on submit. */
export interface FieldDrafts {
  drafts: Record<string, string | boolean>;
  errors: Record<string, string>;
  set(key: string, value: string | boolean, input?: DraftInput): void;
  setError(key: string, message: string | null): void;
  /** Back to the value the form opened with, its error cleared (Escape in the field); false when there was nothing to undo. */
  reset(key: string): boolean;
  /** Typed values of every field, or null (with errors shown) when any is invalid. */
  read(fields: readonly FieldSpec[]): Record<string, unknown> | null;
  /** Shows a schema's first complaint next to the field it names (or `fallbackKey`). */
  showIssue(error: z.ZodError, fallbackKey: string): void;
}

function initialDrafts(fields: readonly FieldSpec[], initial: Record<string, unknown>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const field of fields) out[field.key] = field.type === 'boolean' ? Boolean(initial[field.key]) : fieldText(field, initial[field.key]);
  return out;
}

/** Keeps drafts for a set of fields, starting from `initial` values. */
export function useFieldDrafts(fields: readonly FieldSpec[], initial: Record<string, unknown>): FieldDrafts {
  const [opened] = useState(() => initialDrafts(fields, initial));
  const [drafts, setDrafts] = useState<Record<string, string | boolean>>(opened);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Date pickers holding a day that does not exist: their value reads as empty, which must not be taken as "not set".
  const [badDates, setBadDates] = useState<ReadonlySet<string>>(() => new Set());
  const currency = useRef<string | undefined>(undefined);
  const setError = (key: string, message: string | null) =>
    setErrors((current) => {
      const next = { ...current };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
  const markBadDate = (key: string, bad: boolean) =>
    setBadDates((current) => {
      if (current.has(key) === bad) return current;
      const next = new Set(current);
      if (bad) next.add(key);
      else next.delete(key);
      return next;
    });
  return {
    drafts,
    errors,
    set(key, value, input = {}) {
      if (input.currency) currency.current = input.currency;
      setDrafts((current) => ({ ...current, [key]: value }));
      markBadDate(key, input.badDate === true);
      const field = fields.find((candidate) => candidate.key === key);
      if (field) {
        const reading = readField(field, value, { currency: currency.current, badDate: input.badDate });
        setError(key, reading.ok ? null : reading.message);
      }
    },
    setError,
    reset(key) {
      const pending = drafts[key] !== opened[key] || errors[key] !== undefined || badDates.has(key);
      setDrafts((current) => ({ ...current, [key]: opened[key] ?? '' }));
      markBadDate(key, false);
      setError(key, null);
      return pending;
    },
    showIssue(error, fallbackKey) {
      const issue = error.issues[0];
      setError(String(issue?.path[0] ?? fallbackKey), `${(issue?.message ?? 'Not valid').replace(/^Invalid input: /, '')}.`);
    },
    read(list) {
      const values: Record<string, unknown> = {};
      const found: Record<string, string> = {};
      for (const field of list) {
        const reading = readField(field, drafts[field.key] ?? '', { currency: currency.current, badDate: badDates.has(field.key) });
        if (reading.ok) values[field.key] = reading.value;
        else found[field.key] = reading.message;
      }
      setErrors((current) => ({ ...current, ...found }));
      return Object.keys(found).length === 0 ? values : null;
    },
  };
}
