import { planTreeText } from '../../../shared/treeText.ts';
import { parseArguments } from '../args.ts';
import { findPlan } from '../findPlan.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

/** `atlas show <plan>`: the whole plan as an indented outline with its relations. */
export const showCommand: Command = {
  name: 'show',
  summary: 'Print a plan as an outline, with every relation',
  usage: ['atlas show <plan>', '<plan> is a plan id, its title, or a unique part of the title.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'show', positionals: ['plan'] });
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      context.print(planTreeText(await service.loadPlan({ planId: plan.id })));
      return 0;
    });
  },
};
