import type { RollForwardOutcome } from '../../../shared/rollForward.ts';
import { parseArguments } from '../args.ts';
import { findPlan } from '../findPlan.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a roll forward did, in sentences. */
export function rollForwardText(outcome: RollForwardOutcome): string {
  const { plan, archived, summary } = outcome;
  const { carried, leftBehind } = summary;
  return [
    `Created "${plan.title}" (${plan.id}) for ${plan.periodStart} to ${plan.periodEnd}.`,
    `Carried ${count(carried.stakeholders, 'stakeholder')}, ${count(carried.needs, 'need')}, ${count(carried.teamMembers, 'team member')}, ` +
      `${count(carried.competitors, 'competitor')}, ${count(carried.openActions, 'open action')} and ${count(carried.other, 'other item')}.`,
    `Left behind ${count(leftBehind.doneActions, 'done action')}, ${count(leftBehind.milestoneActuals, 'milestone actual')} and ` +
      `${count(summary.reviewsLeftBehind, 'review')} with "${archived.title}" (${archived.id}), now archived and read-only.`,
    '',
  ].join('\n');
}

/** `atlas roll-forward <plan>`: the next period's plan from this one; the old one is archived, read-only. */
export const rollForwardCommand: Command = {
  name: 'roll-forward',
  summary: "Start the next period's plan from a plan (open actions carried, done ones left behind) and archive the old one",
  usage: [
    'atlas roll-forward <plan> [--title TEXT] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--json]',
    'The next period starts the day after the old one ends and lasts as long; the title moves its years on (FY26 → FY27).',
    'Stakeholders, needs, team, competitors, goals and open actions are carried; done actions, milestone actuals and reviews stay with the old plan.',
  ],
  async run(args, context) {
    const { positionals, values, switches } = parseArguments(args, {
      command: 'roll-forward',
      positionals: ['plan'],
      values: ['title', 'start', 'end'],
      switches: ['json'],
    });
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const outcome = await service.rollForwardPlan({
        planId: plan.id,
        ...(values.has('title') ? { title: values.get('title') } : {}),
        ...(values.has('start') ? { periodStart: values.get('start') } : {}),
        ...(values.has('end') ? { periodEnd: values.get('end') } : {}),
      });
      context.print(switches.has('json') ? `${JSON.stringify(outcome, null, 2)}\n` : rollForwardText(outcome));
      return 0;
    });
  },
};
