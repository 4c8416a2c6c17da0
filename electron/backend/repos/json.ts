/** Parses JSON text stored by us; unreadable text becomes `fallback`. Only for values that are safe to lose (a viewport). */
export function parseStoredJson(text: string | null, fallback: unknown): unknown {
  if (text === null) return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** Stored JSON that should hold one kind of value: the value, or why it is damaged. */
export type StoredJson<T> = { value: T; damage: null } | { value: undefined; damage: string };

/** Reads stored JSON that must be an object (node and relation data): never silently replaced by defaults. */
export function readStoredObject(text: string): StoredJson<Record<string, unknown>> {
  const parsed = readStoredJson(text);
  if (parsed.damage !== null) return parsed;
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return { value: undefined, damage: 'its stored data is not a JSON object' };
  }
  return { value: parsed.value as Record<string, unknown>, damage: null };
}

/** Reads stored JSON that must be an array (an account's tier criteria). */
export function readStoredArray(text: string): StoredJson<unknown[]> {
  const parsed = readStoredJson(text);
  if (parsed.damage !== null) return parsed;
  if (!Array.isArray(parsed.value)) return { value: undefined, damage: 'its stored list is not a JSON array' };
  return { value: parsed.value, damage: null };
}

function readStoredJson(text: string): StoredJson<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, damage: null };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { value: undefined, damage: `its stored data is not valid JSON (${detail})` };
  }
}

/** SQL true when `column` holds a JSON object (CASE, so malformed text never reaches json_type). */
export function sqlIsJsonObject(column: string): string {
  return `CASE WHEN json_valid(${column}) THEN json_type(${column}) = 'object' ELSE 0 END`;
}

/** SQL true when `column` holds a JSON array. */
export function sqlIsJsonArray(column: string): string {
  return `CASE WHEN json_valid(${column}) THEN json_type(${column}) = 'array' ELSE 0 END`;
}
