import { AtlasError } from '../../shared/errors.ts';

/** The command line split into the global options and the command with its own arguments. */
export interface CommandLine {
  /** The command name, or undefined when none was given. */
  command: string | undefined;
  /** Arguments after the command, with the global options taken out. */
  rest: string[];
  /** `--data PATH`, wherever it appeared. */
  data: string | undefined;
  help: boolean;
  version: boolean;
}

/** A usage mistake: one sentence, shown as `atlas: <message>`. */
export function usageError(message: string): AtlasError {
  return new AtlasError('invalid-input', message);
}

/** Takes the global options (`--data PATH`, `--help`, `--version`) out of argv, wherever they appear. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const rest: string[] = [];
  let data: string | undefined;
  let help = false;
  let version = false;
  let command: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--data' || arg.startsWith('--data=')) {
      const value = arg === '--data' ? argv[(i += 1)] : arg.slice('--data='.length);
      if (value === undefined || value === '' || (arg === '--data' && value.startsWith('--'))) {
        throw usageError('--data needs the path of a library file, e.g. --data ./atlas.db.');
      }
      data = value;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--version' || arg === '-v') {
      version = true;
    } else if (command === undefined && !arg.startsWith('-')) {
      command = arg;
    } else {
      rest.push(arg);
    }
  }
  return { command, rest, data, help, version };
}

/** What a command accepts: named positionals, options with a value, and on/off switches. */
export interface ArgumentSpec {
  command: string;
  positionals?: readonly string[];
  values?: readonly string[];
  switches?: readonly string[];
}

/** A command's parsed arguments. */
export interface CommandArguments {
  positionals: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

/** Parses a command's own arguments against its spec; anything unexpected is a usage error naming it. */
export function parseArguments(args: readonly string[], spec: ArgumentSpec): CommandArguments {
  const see = `run "atlas help ${spec.command}" for its usage`;
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!onlyPositionals && arg === '--') {
      onlyPositionals = true;
    } else if (!onlyPositionals && arg.startsWith('--')) {
      const [name, inline] = splitOption(arg.slice(2));
      if (spec.values?.includes(name)) {
        const value = inline ?? args[(i += 1)];
        if (value === undefined || value === '') throw usageError(`--${name} needs a value; ${see}.`);
        values.set(name, value);
      } else if (spec.switches?.includes(name) && inline === undefined) {
        switches.add(name);
      } else {
        throw usageError(`"atlas ${spec.command}" has no option --${name}; ${see}.`);
      }
    } else if (!onlyPositionals && arg.startsWith('-') && arg !== '-') {
      throw usageError(`"atlas ${spec.command}" has no option ${arg}; ${see}.`);
    } else {
      positionals.push(arg);
    }
  }
  const expected = spec.positionals ?? [];
  if (positionals.length < expected.length) {
    throw usageError(`"atlas ${spec.command}" needs ${describe(expected.slice(positionals.length))}; ${see}.`);
  }
  if (positionals.length > expected.length) {
    throw usageError(`"atlas ${spec.command}" does not take "${positionals[expected.length]}"; ${see}.`);
  }
  return { positionals, values, switches };
}

function splitOption(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

function describe(names: readonly string[]): string {
  const listed = names.map((name) => `<${name}>`);
  return listed.length === 1 ? `a ${listed[0]!}` : listed.join(' and ');
}

/** One of `allowed`, or a usage error naming the option and the choices. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  const found = allowed.find((candidate) => candidate === lower);
  if (found === undefined) throw usageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}").`);
  return found;
}
