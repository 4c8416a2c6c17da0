import { extname, resolve } from 'node:path';
import { EDITIONS, EXPORT_FORMATS, PAPER_SIZES } from '../../../shared/api.ts';
import type { ExportFormat } from '../../../shared/api.ts';
import { choice, parseArguments, usageError } from '../args.ts';
import { findPlan } from '../findPlan.ts';
import type { Command } from './command.ts';
import { writeFileSafely } from './files.ts';
import { withService } from './library.ts';

const FORMAT_LIST = EXPORT_FORMATS.join(', ');

/** The format asked for with --format, else the one the --out file name ends with. */
function exportFormat(format: string | undefined, out: string | undefined): ExportFormat {
  if (format !== undefined) return choice('format', format, EXPORT_FORMATS, 'json');
  const extension = out === undefined ? '' : extname(out).slice(1).toLowerCase();
  const fromName = EXPORT_FORMATS.find((candidate) => candidate === extension);
  if (fromName) return fromName;
  throw usageError(`Say which format to export with --format (${FORMAT_LIST}).`);
}

/** `atlas export <plan>`: writes the plan file (JSON) or a plan document. */
export const exportCommand: Command = {
  name: 'export',
  summary: `Export a plan as a plan file (json) or a document (${EXPORT_FORMATS.filter((f) => f !== 'json').join(', ')})`,
  usage: [
    'atlas export <plan> --format FORMAT [--out FILE] [--edition internal|customer] [--paper a4|letter] [--no-map]',
    `FORMAT is one of ${FORMAT_LIST}; without --format it comes from the --out file name.`,
    'Without --out the file is written to the current folder under the plan\'s title; "--out -" writes to standard output.',
    'The customer edition leaves internal material out; --no-map leaves the map picture out.',
  ],
  async run(args, context) {
    const { positionals, values, switches } = parseArguments(args, {
      command: 'export',
      positionals: ['plan'],
      values: ['format', 'out', 'edition', 'paper'],
      switches: ['no-map'],
    });
    const out = values.get('out');
    const format = exportFormat(values.get('format'), out);
    const edition = choice('edition', values.get('edition'), EDITIONS, 'internal');
    const paper = choice('paper', values.get('paper'), PAPER_SIZES, 'a4');
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const document = await service.exportDocument({ planId: plan.id, format, edition, paper, includeMap: !switches.has('no-map') });
      const bytes = Buffer.from(document.base64, 'base64');
      const fileName = document.fileName;
      if (out === '-') {
        context.print(bytes);
        return 0;
      }
      const target = resolve(out ?? fileName);
      writeFileSafely(target, bytes);
      const what = format === 'json' ? 'plan file' : `${format.toUpperCase()} document (${edition} edition)`;
      context.print(`Wrote the ${what} of "${plan.title}" to ${target} (${bytes.length} bytes).\n`);
      return 0;
    });
  },
};
