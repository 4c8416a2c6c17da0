import { isIPv4 } from 'node:net';
import QRCode from 'qrcode';
import type { AccountWithPlans } from '../../shared/api.ts';
import { AtlasError } from '../../shared/errors.ts';
import { WORKSHOP_ROLES } from '../../shared/workshop.ts';
import type { WorkshopStatus } from '../../shared/workshop.ts';
import { openLibrary } from '../backend/library.ts';
import { resolveLibraryPath } from '../backend/libraryPath.ts';
import { choice, parseArguments, usageError } from './args.ts';
import { RENDERER_OUT_DIR, isRendererBuilt, runBuild } from './build.ts';
import type { CliContext } from './commands/command.ts';
import { findPlan } from './findPlan.ts';
import { startServer } from './server/startServer.ts';
import { roomAddresses } from './server/workshopHost.ts';
import { waitForStopSignal } from './stopSignal.ts';

/** The first IPv4 address of this machine that is not loopback (the room's network), or null. */
export function roomAddress(): string | null {
  return roomAddresses()[0]?.address ?? null;
}

/** `atlas workshop <plan>`: serves the library as `atlas serve` does and starts a workshop on the plan at once; runs until Ctrl+C. */
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
  const server = await startServer({ libraryPath, port: 0, rendererDir, log: (line) => console.error(line) });
  let workshop: Extract<WorkshopStatus, { running: true }>;
  try {
    const found = findPlan((await server.call('listAccounts', {})) as AccountWithPlans[], positionals[0]!);
    const status = (await server.call('startWorkshop', { planId: found.plan.id, host, port, joinRole })) as WorkshopStatus;
    if (!status.running) throw new Error('The workshop did not start.');
    workshop = status;
  } catch (error) {
    await server.close();
    throw error;
  }
  context.print(
    [
      `Workshop on "${workshop.planTitle}"`,
      `Your own address (host): ${server.url}#/plans/${workshop.planId}`,
      `Join address: ${workshop.joinUrl}`,
      `Join code: ${workshop.joinCode}`,
      await QRCode.toString(workshop.joinUrl, { type: 'terminal', small: true }),
      `Host controls (POST with the host token): ${server.baseUrl}/api/workshopStatus | setParticipantRole | removeParticipant | endWorkshop`,
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  await waitForStopSignal();
  await server.close();
  return 0;
}
