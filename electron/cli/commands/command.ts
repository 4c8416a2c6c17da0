/** What every command gets from the command line. */
export interface CliContext {
  /** `--data PATH` when given (else ATLAS_DATA, else the default library). */
  data: string | undefined;
  /** Writes to standard output. */
  print(text: string | Uint8Array): void;
}

/** One `atlas` command: its name, help and what it does; resolves to the exit code. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines shown by `atlas help <command>`. */
  readonly usage: readonly string[];
  run(args: readonly string[], context: CliContext): Promise<number>;
}
