import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pageSecurityHeaders } from './contentPolicy.ts';
import { mimeTypeOf, resolveStaticPath } from './staticFiles.ts';

function sendPlain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** Serves a file of the built renderer: GET/HEAD only, no traversal, right MIME type, the app's CSP, index.html never cached. */
export async function handleStaticRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  const filePath = resolveStaticPath(rendererDir, rawPath);
  const info = filePath === null ? null : await stat(filePath).catch(() => null);
  if (filePath === null || info === null || !info.isFile()) {
    sendPlain(res, 404, 'Not found.');
    return;
  }
  const isPage = filePath.endsWith('.html');
  res.writeHead(200, {
    'Content-Type': mimeTypeOf(filePath),
    'Content-Length': info.size,
    // Vite puts a content hash in asset names, so only the page itself must always be fetched fresh.
    'Cache-Control': isPage ? 'no-store' : 'no-cache',
    ...pageSecurityHeaders(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => res.destroy())
    .pipe(res);
}
