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
