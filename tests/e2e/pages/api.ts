import type { ApiMethod, ApiOutput } from '../../../shared/api.ts';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../../shared/http.ts';
import type { RunningAtlas } from '../harness.ts';

/** Calls the running server's API directly, to check what the app stored. */
export async function callApi<M extends ApiMethod>(atlas: RunningAtlas, method: M, input: unknown): Promise<ApiOutput<M>> {
  const response = await fetch(`${atlas.baseUrl}${API_PATH_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: atlas.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: ApiOutput<M>; error?: { message: string } };
  if (!response.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.result as ApiOutput<M>;
}
