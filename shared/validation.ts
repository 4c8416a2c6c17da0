import type { z } from 'zod';
import { AtlasError } from './errors.ts';

/** Formats a zod issue path like `upsertNodes[2].data.support`. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One sentence naming the first offending field of a failed parse. */
export function describeZodError(error: z.ZodError, what = 'Invalid input'): string {
  const issue = error.issues[0];
  if (!issue) return `${what}.`;
  const where = issuePath(issue.path);
  const detail = issue.message.replace(/^Invalid input: /, '');
  return where ? `${what}: ${where}: ${detail}.` : `${what}: ${detail}.`;
}

/** Parses `value` with `schema`, or throws an `invalid-input` AtlasError naming the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = 'Invalid input'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AtlasError('invalid-input', describeZodError(result.error, what));
  return result.data;
}
