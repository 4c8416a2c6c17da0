import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAtlasError } from '../../shared/errors.ts';
import { closeSharedChromium } from '../backend/export/sharedChromium.ts';
import { parseCommandLine, usageError } from './args.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import type { CliContext } from './commands/index.ts';
import { commandHelpText, helpText } from './commands/help.ts';

/** The app version from package.json. */
export function atlasVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function dispatch(argv: readonly string[], context: Omit<CliContext, 'data'>): Promise<number> {
  const line = parseCommandLine(argv);
  const full: CliContext = { ...context, data: line.data };
  if (line.version) {
    full.print(`atlas ${atlasVersion()}\n`);
    return 0;
  }
  if (line.command === undefined) {
    if (line.rest.length > 0 && !line.help) throw usageError(`Unknown option ${line.rest[0]}; run "atlas help" to see the commands.`);
    full.print(helpText(COMMANDS));
    return 0;
  }
  const command = findCommand(line.command);
  if (!command) throw usageError(`There is no command "${line.command}"; run "atlas help" to see the commands.`);
  if (line.help) {
    full.print(commandHelpText(command));
    return 0;
  }
  return command.run(line.rest, full);
}

/**
 * Runs the `atlas` command line and resolves to its exit code: 0 on success, 1 for a mistake the user can fix
 * (one line on stderr), 2 for a bug (with its stack).
 */
export async function runAtlas(argv: readonly string[]): Promise<number> {
  const context = { print: (text: string | Uint8Array) => void process.stdout.write(text) };
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (isAtlasError(error)) {
      process.stderr.write(`atlas: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 1;
    }
    process.stderr.write(`atlas: unexpected error (please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  } finally {
    // A PDF export leaves its Chromium open for the next one; a command is one run, so close it now.
    await closeSharedChromium();
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (e.g. `atlas show X | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await runAtlas(process.argv.slice(2));
}
