import { resolveLibraryPath } from '../../backend/libraryPath.ts';
import { usageError } from '../args.ts';
import type { Command } from './command.ts';

/** The overall help: every command with its summary, and the global options. */
export function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    'Account Atlas: strategic account plans from the command line.',
    '',
    'Usage: atlas <command> [arguments] [--data PATH]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Options:',
    `  --data PATH   the library file to use (else ATLAS_DATA, else the default: ${resolveLibraryPath()})`,
    '  --help        show help (also "atlas help <command>")',
    '  --version     show the version',
    '',
    '<plan> is a plan id, its title, or a unique part of the title (see "atlas list").',
    '',
  ].join('\n');
}

/** Help for one command. */
export function commandHelpText(command: Command): string {
  return [`atlas ${command.name}: ${command.summary}`, '', ...command.usage.map((line, i) => (i === 0 ? `Usage: ${line}` : line)), ''].join('\n');
}

/** `atlas help [command]`, given the list of commands it describes. */
export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'Show this help, or the help of one command',
    usage: ['atlas help [command]'],
    async run(args, context) {
      if (args.length > 1 || args[0]?.startsWith('-')) throw usageError('Usage: atlas help [command].');
      const name = args[0];
      if (name === undefined) {
        context.print(helpText(commands()));
        return 0;
      }
      const command = commands().find((candidate) => candidate.name === name);
      if (!command) throw usageError(`There is no command "${name}"; run "atlas help" to see the commands.`);
      context.print(commandHelpText(command));
      return 0;
    },
  };
}
