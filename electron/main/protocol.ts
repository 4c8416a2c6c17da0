import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { pageSecurityHeaders } from '../cli/server/contentPolicy.ts';
import { mimeTypeOf, resolveStaticPath } from '../cli/server/staticFiles.ts';

/** The custom scheme the renderer build is served from. */
export const APP_SCHEME = 'app';
const APP_HOST = 'atlas';
/** Origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

// Node's URL gives custom schemes an opaque "null" origin, so compare scheme and host instead.
function isAppLocation(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** True when `url` is a page or asset of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    return isAppLocation(new URL(url));
  } catch {
    return false;
  }
}

/** Registers app:// as a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers an app:// request from the renderer build folder: only our host, GET/HEAD, no traversal, the app's CSP. */
export async function appProtocolResponse(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (!isAppLocation(url)) return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed.', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const filePath = resolveStaticPath(rendererDir, url.pathname);
  const info = filePath === null ? null : await stat(filePath).catch(() => null);
  if (filePath === null || info === null || !info.isFile()) return notFound();
  const body = request.method === 'HEAD' ? null : await readFile(filePath);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': mimeTypeOf(filePath),
      'Cache-Control': filePath.endsWith('.html') ? 'no-store' : 'no-cache',
      ...pageSecurityHeaders(),
    },
  });
}

/** Serves the renderer build on app://atlas/ (call once the app is ready). */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request));
}
