import type { ServerResponse } from 'node:http';
import type { ApiErrorBody, ApiSuccessBody } from '../../../shared/http.ts';
import type { AtlasErrorCode } from '../../../shared/errors.ts';
import { isAtlasError } from '../../../shared/errors.ts';

const STATUS_OF_CODE: Record<AtlasErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  refused: 403,
  unavailable: 503,
  internal: 500,
  busy: 503,
  'read-only': 403,
  'disk-full': 507,
  damaged: 409,
};

/** HTTP status for an error code of the contract. */
export function statusOfCode(code: AtlasErrorCode): number {
  return STATUS_OF_CODE[code];
}

/** Writes a JSON body with the headers every API answer carries. */
export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(text);
}

/** Writes a successful API answer. */
export function sendResult(res: ServerResponse, result: unknown): void {
  const body: ApiSuccessBody = { result };
  sendJson(res, 200, body);
}

/** Writes a failed API answer; the status follows the code unless given (401, 405, 413, 415 have no code of their own). */
export function sendError(
  res: ServerResponse,
  code: AtlasErrorCode,
  message: string,
  options: { status?: number; headers?: Record<string, string> } = {},
): void {
  const body: ApiErrorBody = { error: { code, message } };
  sendJson(res, options.status ?? statusOfCode(code), body, options.headers);
}

/** Turns anything a service call threw into an answer: AtlasErrors keep their sentence, anything else is logged and hidden. */
export function sendThrown(res: ServerResponse, thrown: unknown, log: (message: string) => void): void {
  if (isAtlasError(thrown)) {
    // A busy library is worth retrying soon; say so the way HTTP does.
    sendError(res, thrown.code, thrown.message, thrown.code === 'busy' ? { headers: { 'Retry-After': '1' } } : {});
    return;
  }
  log(`Unexpected error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
  sendError(res, 'internal', 'Something went wrong on the server; see its log for details.');
}
