import type { AtlasErrorCode } from './errors.ts';

/** Browser mode: every API call is `POST {API_PATH_PREFIX}<method>` with the input as a JSON body. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the per-run token on every API call. */
export const TOKEN_HEADER = 'x-atlas-token';
/** Query parameter carrying the token in the address the server prints. */
export const TOKEN_QUERY = 'token';
/** Largest accepted request body, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Body of a successful call. */
export interface ApiSuccessBody<T = unknown> {
  result: T;
}

/** Body of a failed call (any 4xx/5xx status). */
export interface ApiErrorBody {
  error: { code: AtlasErrorCode; message: string };
}
