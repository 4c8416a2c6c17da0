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
  if (!isOwnOrigin(req.headers.origin, context.port)) {
    sendError(res, 'refused', 'Requests from other web sites are refused.');
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], context.token)) {
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
    sendResult(res, await context.service.call(method, input));
  } catch (thrown) {
    sendThrown(res, thrown, context.log);
  }
}
