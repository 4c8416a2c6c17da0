import type { AccountWithPlans } from '../../../shared/api.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

/** The account a person means: its id, else its name (case-insensitive), else the one name containing it. */
export function findAccount(accounts: readonly AccountWithPlans[], query: string): AccountWithPlans {
  const wanted = query.trim().toLowerCase();
  const byId = accounts.find((account) => account.id === query.trim());
  if (byId) return byId;
  const exact = accounts.filter((account) => account.name.toLowerCase() === wanted);
  const matches = exact.length > 0 ? exact : accounts.filter((account) => wanted !== '' && account.name.toLowerCase().includes(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new AtlasError('not-found', `No account has the id or name "${query}"; run "atlas list" to see the accounts.`);
  const listed = matches.map((account) => `"${account.name}" (${account.id})`).join(', ');
  throw new AtlasError('invalid-input', `"${query}" matches ${matches.length} accounts: ${listed}; give the id instead.`);
}

/** `atlas rename-account <account> <name>`: renames an account; every plan's map shows the new name. */
export const renameAccountCommand: Command = {
  name: 'rename-account',
  summary: "Rename an account (every plan's map shows the new name)",
  usage: ['atlas rename-account <account> <name>', '<account> is an account id, its name, or a unique part of the name.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'rename-account', positionals: ['account', 'name'] });
    return withService(context, { create: false }, async (service) => {
      const account = findAccount(await service.listAccounts({}), positionals[0]!);
      const renamed = await service.updateAccount({ id: account.id, changes: { name: positionals[1]! } });
      context.print(`Renamed "${account.name}" to "${renamed.name}" (${account.plans.length} plan${account.plans.length === 1 ? '' : 's'}).\n`);
      return 0;
    });
  },
};
