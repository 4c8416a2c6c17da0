import { AtlasError, isAtlasError } from '../../../shared/errors.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { readTextFile } from './files.ts';
import { withService } from './library.ts';

/** Where a JSON.parse error happened, as "line L, column C", when the engine says. */
function jsonErrorLocation(message: string, text: string): string | null {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /Unexpected end of JSON input/.test(message) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Parses the plan file's text, or says in one sentence where the JSON is broken. */
export function parsePlanFileText(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const location = jsonErrorLocation(message, text);
    const detail = message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
    throw new AtlasError('invalid-input', `"${name}" is not valid JSON${location ? ` (${location})` : ''}: ${detail}.`);
  }
}

/** `atlas import FILE`: adds a plan file (from "atlas export --format json" or the app) as a new plan. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import a plan file (JSON) as a new plan',
  usage: ['atlas import FILE', 'FILE is a plan file written by "atlas export --format json" or by the app.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'import', positionals: ['file'] });
    const name = positionals[0]!;
    const file = parsePlanFileText(readTextFile(name), name);
    return withService(context, { create: true }, async (service) => {
      let planId: string;
      try {
        ({ planId } = await service.importPlanFile({ file } as Parameters<typeof service.importPlanFile>[0]));
      } catch (error) {
        if (isAtlasError(error) && error.code === 'invalid-input') {
          const reason = error.message.replace(/^Invalid input: /, '').replace(/^file\./, '');
          throw new AtlasError('invalid-input', `"${name}" was not imported: ${reason}`);
        }
        throw error;
      }
      const { account, plan, nodes, edges } = await service.loadPlan({ planId });
      context.print(
        `Imported "${plan.title}" for ${account.name}: ${nodes.length} nodes and ${edges.length} relations.\nPlan id: ${plan.id}\n`,
      );
      return 0;
    });
  },
};
