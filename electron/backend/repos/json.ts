/** Parses JSON text stored by us; unreadable text becomes `fallback` (restore() then fills defaults). */
export function parseStoredJson(text: string | null, fallback: unknown): unknown {
  if (text === null) return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
