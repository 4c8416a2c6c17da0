import { AtlasError } from '../../../shared/errors.ts';
import { findDamagedRecords } from '../../backend/repos/damage.ts';
import type { DamagedRecord } from '../../backend/repos/damage.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function damageLine(damaged: DamagedRecord): string {
  const where = damaged.planId === null ? '' : `plan "${damaged.planTitle}" (${damaged.planId}): `;
  return `DAMAGED: ${where}${damaged.record}: ${damaged.problem}.`;
}

/** `atlas check`: opens the library (which runs its integrity checks), reads every record and counts what it holds. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check that the library opens cleanly and every record reads, and count what it holds',
  usage: ['atlas check', 'Exits 1 and lists each damaged record (plan, node, what is wrong) when any no longer reads.'],
  async run(args, context) {
    parseArguments(args, { command: 'check' });
    return withService(context, { create: false }, async (service, library) => {
      const accounts = await service.listAccounts({});
      const plans = accounts.flatMap((account) => account.plans);
      const nodes = plans.reduce((sum, plan) => sum + plan.nodeCount, 0);
      const schema = library.db.pragma('user_version', { simple: true }) as number;
      const damaged = findDamagedRecords(library.db);
      const holds =
        `${library.path} (schema ${schema}${library.readOnlyReason ? `, read-only: ${library.readOnlyReason}` : ''}) holds ` +
        `${count(accounts.length, 'account', 'accounts')}, ${count(plans.length, 'plan', 'plans')} and ${count(nodes, 'node', 'nodes')}`;
      if (damaged.length === 0) {
        context.print(`OK: ${holds}.\n`);
        return 0;
      }
      context.print(`${damaged.map(damageLine).join('\n')}\n${holds}.\n`);
      throw new AtlasError(
        'damaged',
        `${count(damaged.length, 'record', 'records')} of the library no longer read (listed above); they are shown as damaged and kept as they are. Restore a backup ("atlas backups") to get them back.`,
      );
    });
  },
};
