import type { AccountWithPlans } from '../../../shared/api.ts';
import { TIER_OPTIONS } from '../../../shared/account.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

/** The accounts and their plans as lines of text. */
export function accountListText(accounts: readonly AccountWithPlans[]): string {
  if (accounts.length === 0) return 'No accounts yet; run "atlas demo" to add a sample plan, or "atlas import FILE".\n';
  const lines: string[] = [];
  for (const account of accounts) {
    const tier = TIER_OPTIONS.find((option) => option.value === account.tier)?.label ?? account.tier;
    lines.push(`${account.name} (${tier})`);
    if (account.plans.length === 0) lines.push('  (no plans)');
    for (const plan of account.plans) {
      const period = `${plan.periodStart ?? '…'} to ${plan.periodEnd ?? '…'}`;
      const count = `${plan.nodeCount} ${plan.nodeCount === 1 ? 'node' : 'nodes'}`;
      lines.push(`  ${plan.id}  ${plan.title}  ${period}  ${count}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `atlas list`: the accounts with their tier and plans. */
export const listCommand: Command = {
  name: 'list',
  summary: 'List the accounts with their tier and plans (id, title, period, node count)',
  usage: ['atlas list [--json]'],
  async run(args, context) {
    const { switches } = parseArguments(args, { command: 'list', switches: ['json'] });
    return withService(context, { create: false }, async (service) => {
      const accounts = await service.listAccounts({});
      context.print(switches.has('json') ? `${JSON.stringify(accounts, null, 2)}\n` : accountListText(accounts));
      return 0;
    });
  },
};
