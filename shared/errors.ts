/** What went wrong, in a form every transport can carry. */
export type AtlasErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'refused' | 'unavailable' | 'internal';

/** An error the user can cause or act on; its message is one sentence meant for them. */
export class AtlasError extends Error {
  readonly code: AtlasErrorCode;
  constructor(code: AtlasErrorCode, message: string) {
    super(message);
    this.name = 'AtlasError';
    this.code = code;
  }
}

/** True when `value` is an AtlasError (also across realms, by shape). */
export function isAtlasError(value: unknown): value is AtlasError {
  return value instanceof AtlasError || (value instanceof Error && value.name === 'AtlasError' && 'code' in value);
}

/** Codes of errors that retrying cannot fix: the backend refused the request as it stands. */
const REFUSAL_CODES: readonly AtlasErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'refused', 'internal'];

/** True when the backend answered and refused the request (retrying the same request would fail again). */
export function isRefusal(value: unknown): value is AtlasError {
  return isAtlasError(value) && REFUSAL_CODES.includes(value.code);
}
