/** Every code an AtlasError can carry, in a form every transport can check. */
export const ATLAS_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'refused',
  'unavailable',
  'internal',
  'busy',
  'read-only',
  'disk-full',
  'damaged',
] as const;

/** What went wrong, in a form every transport can carry. */
export type AtlasErrorCode = (typeof ATLAS_ERROR_CODES)[number];

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

/** True when `code` is one of the contract's error codes. */
export function isAtlasErrorCode(code: unknown): code is AtlasErrorCode {
  return typeof code === 'string' && (ATLAS_ERROR_CODES as readonly string[]).includes(code);
}

/** The sentence for a library another program holds locked for longer than we wait. */
export const BUSY_MESSAGE = 'The library is busy in another program; try again.';
/** The sentence for a write that found the disk full (SQLite rolled it back). */
export const DISK_FULL_MESSAGE = 'The disk is full: free some space; nothing was lost.';

/** Codes of errors that retrying cannot fix: the backend refused the request as it stands. */
const REFUSAL_CODES: readonly AtlasErrorCode[] = [
  'invalid-input',
  'not-found',
  'conflict',
  'refused',
  'internal',
  'read-only',
  'damaged',
];

/** True when the backend answered and refused the request (retrying the same request would fail again). */
export function isRefusal(value: unknown): value is AtlasError {
  return isAtlasError(value) && REFUSAL_CODES.includes(value.code);
}
