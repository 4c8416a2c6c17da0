import { TRASH_DAYS, daysLeftInTrash } from '../../../shared/trash.ts';
import type { TrashItem } from '../../../shared/trash.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The trash as lines of text. */
export function trashText(items: readonly TrashItem[], now: Date): string {
  if (items.length === 0) return 'The trash is empty.\n';
  const lines = items.map((item) => {
    const what =
      item.type === 'account'
        ? `account  ${item.name}  (${plural(item.planCount, 'plan', 'plans')}, ${plural(item.nodeCount, 'node', 'nodes')})`
        : `plan     ${item.name}  of ${item.accountName}  (${plural(item.nodeCount, 'node', 'nodes')})`;
    return `  ${item.id}  ${what}  deleted ${item.deletedAt.slice(0, 10)}, emptied in ${plural(daysLeftInTrash(item.deletedAt, now), 'day', 'days')}`;
  });
  return `In the trash (emptied ${TRASH_DAYS} days after deletion; restore with "atlas untrash ID"):\n${lines.join('\n')}\n`;
}

/** `atlas trash`: what was deleted and can still be restored. */
export const trashCommand: Command = {
  name: 'trash',
  summary: `List deleted accounts and plans (kept ${TRASH_DAYS} days)`,
  usage: ['atlas trash [--json]'],
  async run(args, context) {
    const { switches } = parseArguments(args, { command: 'trash', switches: ['json'] });
    return withService(context, { create: false }, async (service) => {
      const items = await service.listTrash({});
      context.print(switches.has('json') ? `${JSON.stringify(items, null, 2)}\n` : trashText(items, new Date()));
      return 0;
    });
  },
};

/** `atlas untrash ID`: brings an account or a plan back from the trash, whole. */
export const untrashCommand: Command = {
  name: 'untrash',
  summary: 'Restore a deleted account or plan from the trash',
  usage: ['atlas untrash ID', 'ID is an account or plan id listed by "atlas trash". A plan comes back with its account.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'untrash', positionals: ['id'] });
    const id = positionals[0]!;
    return withService(context, { create: false }, async (service) => {
      const item = (await service.listTrash({})).find((entry) => entry.id === id);
      await service.restoreFromTrash({ id });
      context.print(
        item?.type === 'account'
          ? `Restored the account "${item.name}" with ${plural(item.planCount, 'plan', 'plans')}.\n`
          : `Restored the plan "${item?.name ?? id}" of ${item?.accountName ?? 'its account'}.\n`,
      );
      return 0;
    });
  },
};
