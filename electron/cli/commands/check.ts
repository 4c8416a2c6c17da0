import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `atlas check`: opens the library (which runs its integrity checks) and counts what it holds. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check that the library opens cleanly and count what it holds',
  usage: ['atlas check'],
  async run(args, context) {
    parseArguments(args, { command: 'check' });
    return withService(context, { create: false }, async (service, library) => {
      const accounts = await service.listAccounts({});
      const plans = accounts.flatMap((account) => account.plans);
      const nodes = plans.reduce((sum, plan) => sum + plan.nodeCount, 0);
      const schema = library.db.pragma('user_version', { simple: true }) as number;
      context.print(
        `OK: ${library.path} (schema ${schema}) holds ${count(accounts.length, 'account', 'accounts')}, ` +
          `${count(plans.length, 'plan', 'plans')} and ${count(nodes, 'node', 'nodes')}.\n`,
      );
      return 0;
    });
  },
};
