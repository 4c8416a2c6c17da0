/**
 * A browser-mode server as its own process, for fault tests: the same startServer() that `atlas serve` runs,
 * with a stand-in renderer folder so no build is needed. Prints one JSON line { baseUrl, token } once listening.
 * Usage: node tests/cli/faults/serverProcess.ts LIBRARY RENDERER_DIR
 */
import { startServer } from '../../../electron/cli/server/startServer.ts';

const [libraryPath, rendererDir] = process.argv.slice(2);
if (!libraryPath || !rendererDir) throw new Error('Usage: serverProcess.ts LIBRARY RENDERER_DIR');
const logged: string[] = [];
const server = await startServer({ libraryPath, rendererDir, port: 0, log: (line) => logged.push(line) });
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, token: server.token })}\n`);
process.on('SIGTERM', () => {
  // Whatever the server logged (unexpected errors only) goes to stderr for the test to check.
  if (logged.length > 0) process.stderr.write(`${logged.join('\n')}\n`);
  void server.close().then(() => process.exit(0));
});
