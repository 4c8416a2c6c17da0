import { isIPv4 } from 'node:net';
import QRCode from 'qrcode';
import { networkInterfaces } from 'node:os';
import { AtlasError } from '../../shared/errors.ts';
import { openLibrary } from '../backend/library.ts';
import { resolveLibraryPath } from '../backend/libraryPath.ts';
import { choice, parseArguments, usageError } from './args.ts';
import { RENDERER_OUT_DIR, isRendererBuilt, runBuild } from './build.ts';
import type { CliContext } from './commands/command.ts';
import { startWorkshop } from './server/workshopServer.ts';
import { WORKSHOP_ROLES } from './server/workshopAccess.ts';
import { waitForStopSignal } from './stopSignal.ts';

/** The first IPv4 address of this machine that is not loopback (the room's network), or null. */
export function roomAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (found) return found.address;
  }
  return null;
}

/** `atlas workshop <plan>`: runs the workshop until Ctrl+C; resolves to the exit code. */
export async function runWorkshop(args: readonly string[], context: CliContext): Promise<number> {
  const { positionals, values } = parseArguments(args, {
    command: 'workshop',
    positionals: ['plan'],
    values: ['host', 'port', 'join-as'],
  });
  const portText = values.get('port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw usageError('--port must be a whole number from 0 to 65535.');
  const host = values.get('host') ?? roomAddress();
  if (host === null) throw new AtlasError('invalid-input', 'This machine has no network address to share; join a network, or give one with --host.');
  if (!isIPv4(host)) throw usageError(`--host must be an IPv4 address of this machine (such as 192.168.1.20), not "${host}".`);
  const joinRole = choice('join-as', values.get('join-as'), WORKSHOP_ROLES, 'customer');
  const libraryPath = resolveLibraryPath(context.data);
  openLibrary(libraryPath).close();
  // ATLAS_RENDERER_DIR serves another build of the app (tests serve a stub instead of building it).
  const rendererDir = process.env.ATLAS_RENDERER_DIR ?? RENDERER_OUT_DIR;
  if (rendererDir === RENDERER_OUT_DIR && !isRendererBuilt()) {
    console.error('Building the app first (out/renderer is missing)…');
    await runBuild();
  }
  const workshop = await startWorkshop({ libraryPath, plan: positionals[0]!, host, port, rendererDir, joinRole, log: (line) => console.error(line) });
  context.print(
    [
      `Workshop on "${workshop.planTitle}"`,
      `Your own address (host): ${workshop.hostUrl}`,
      `Join address: ${workshop.joinUrl}`,
      `Join code: ${workshop.joinCode}`,
      await QRCode.toString(workshop.joinUrl, { type: 'terminal', small: true }),
      `Host controls: POST ${workshop.hostServer.baseUrl}/api/workshop/status | setRole | remove | end (with the host token)`,
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  await waitForStopSignal();
  await workshop.close();
  return 0;
}
