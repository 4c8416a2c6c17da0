import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

/** `atlas demo`: adds the sample plan to the library and says what it made. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Add the sample plan (a fictional strategic account) to the library',
  usage: ['atlas demo'],
  async run(args, context) {
    parseArguments(args, { command: 'demo' });
    return withService(context, { create: true }, async (service, library) => {
      const { planId } = await service.createSamplePlan({});
      const { account, plan, nodes, edges } = await service.loadPlan({ planId });
      context.print(
        [
          `Created the sample plan "${plan.title}" for ${account.name}: ${nodes.length} nodes and ${edges.length} relations.`,
          `Plan id: ${plan.id}`,
          `Library: ${library.path}`,
          `Next: atlas show ${plan.id}`,
          '',
        ].join('\n'),
      );
      return 0;
    });
  },
};
