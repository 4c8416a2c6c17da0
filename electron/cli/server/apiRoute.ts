import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATH_PREFIX, MAX_BODY_BYTES, TOKEN_HEADER } from '../../../shared/http.ts';
import { isApiMethod } from '../../../shared/api.ts';
import { sendError, sendResult, sendThrown } from './apiResponses.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import { isOwnOrigin, tokenMatches } from './requestGuard.ts';

/** Anything that answers contract calls by name (the plan service). */
export interface ApiCaller {
  call(method: string, input: unknown): Promise<unknown>;
}

/** What the API route needs to know about the running server. */
export interface ApiRouteContext {
  service: ApiCaller;
  token: string;
  port: number;
  maxBodyBytes?: number;
  log: (message: string) => void;
  /** Who answers the holder of a token; by default `service` for the run's token and nobody else. */
  callerFor?: (token: string | undefined) => ApiCaller | null;
  /** The Origin check; by default this server's own loopback origin. */
  isAllowedOrigin?: (origin: string | undefined) => boolean;
}

/** Answers `POST /api/<method>`: checks origin, token, method, content type and body size, then calls the service. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: ApiRouteContext,
): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 'invalid-input', 'API calls must use POST.', { status: 405, headers: { Allow: 'POST' } });
    return;
  }
  if (!(context.isAllowedOrigin ?? ((origin) => isOwnOrigin(origin, context.port)))(req.headers.origin)) {
    sendError(res, 'refused', 'Requests from other web sites are refused.');
    return;
  }
  const presented = req.headers[TOKEN_HEADER];
  const caller = context.callerFor
    ? context.callerFor(typeof presented === 'string' ? presented : undefined)
    : tokenMatches(presented, context.token)
      ? context.service
      : null;
  if (!caller) {
    sendError(res, 'refused', 'The access token is missing or wrong; open the address the server printed.', {
      status: 401,
    });
    return;
  }
  const method = path.slice(API_PATH_PREFIX.length);
  if (!isApiMethod(method)) {
    sendError(res, 'not-found', `There is no API method named "${method}".`);
    return;
  }
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    sendError(res, 'invalid-input', 'API calls must send a JSON body (Content-Type: application/json).', {
      status: 415,
    });
    return;
  }
  let input: unknown;
  try {
    const body = await readBody(req, context.maxBodyBytes ?? MAX_BODY_BYTES);
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // Stop reading: answer at once and drop the connection once the answer is out.
      res.once('finish', () => req.socket.destroySoon());
      sendError(res, 'invalid-input', 'The request is too large.', { status: 413, headers: { Connection: 'close' } });
      return;
    }
    if (error instanceof SyntaxError) {
      sendError(res, 'invalid-input', 'The request body is not valid JSON.');
      return;
    }
    throw error;
  }
  try {
    sendResult(res, await caller.call(method, input));
  } catch (thrown) {
    sendThrown(res, thrown, context.log);
  }
}
