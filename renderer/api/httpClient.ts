import { API_METHODS } from '../../shared/api.ts';
import type { ApiMethod, AtlasApi } from '../../shared/api.ts';
import { AtlasError, isAtlasErrorCode } from '../../shared/errors.ts';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/http.ts';
import type { ApiErrorBody, ApiSuccessBody } from '../../shared/http.ts';

/** What the HTTP client needs: a fetch function, the server origin and the per-run token. */
export interface HttpClientOptions {
  fetch: typeof fetch;
  baseUrl: string;
  token: string | null;
}

/** Turns a failed response body into an AtlasError with the server's sentence. */
function errorFromBody(status: number, body: unknown): AtlasError {
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') {
    const code = isAtlasErrorCode(error.code) ? error.code : 'internal';
    return new AtlasError(code, error.message);
  }
  if (status === 401 || status === 403) {
    return new AtlasError('refused', 'This page is not allowed to use Account Atlas; open the address that `atlas serve` printed.');
  }
  return new AtlasError('internal', `Account Atlas answered with an unexpected error (HTTP ${status}).`);
}

async function call(options: HttpClientOptions, method: ApiMethod, input: unknown): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers[TOKEN_HEADER] = options.token;
  let response: Response;
  try {
    response = await options.fetch(new URL(`${API_PATH_PREFIX}${method}`, options.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new AtlasError('unavailable', 'Account Atlas could not reach its server; check that `atlas serve` is still running.');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  if (body === null || typeof body !== 'object' || !('result' in body)) throw errorFromBody(response.status, body);
  return (body as ApiSuccessBody).result;
}

/** The browser-mode client: every method is `POST /api/<method>` with a JSON body and the token header. */
export function createHttpClient(options: HttpClientOptions): AtlasApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) client[method] = (input) => call(options, method, input);
  return client as unknown as AtlasApi;
}
