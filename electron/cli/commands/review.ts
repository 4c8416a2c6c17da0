import type { AtlasApi } from '../../../shared/api.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { formatDate } from '../../../shared/document/format.ts';
import { changeListText, comparePlans, findReview, lastReview } from '../../../shared/review/index.ts';
import { todayIso } from '../../../shared/values.ts';
import { parseArguments } from '../args.ts';
import { findPlan } from '../findPlan.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

const day = (takenAt: string) => formatDate(takenAt.slice(0, 10));

/** `atlas review <plan> [--label TEXT]`: freezes the plan as a dated, named review. */
export const reviewCommand: Command = {
  name: 'review',
  summary: 'Take a review of a plan: freeze it as it is now, dated and named',
  usage: [
    'atlas review <plan> [--label TEXT]',
    '<plan> is a plan id, its title, or a unique part of the title. Without --label the review is named after its date.',
  ],
  async run(args, context) {
    const { positionals, values } = parseArguments(args, { command: 'review', positionals: ['plan'], values: ['label'] });
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const review = await service.takeSnapshot({ planId: plan.id, label: values.get('label')?.trim() ?? '' });
      context.print(`Took the review "${review.label}" of "${plan.title}" on ${day(review.takenAt)} (${review.nodeCount} items, id ${review.id}).\n`);
      return 0;
    });
  },
};

/** `atlas reviews <plan>`: the plan's reviews, oldest first. */
export const reviewsCommand: Command = {
  name: 'reviews',
  summary: "List a plan's reviews",
  usage: ['atlas reviews <plan>', 'One line per review, oldest first: id, date, name and how many items it froze.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'reviews', positionals: ['plan'] });
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const reviews = await service.listSnapshots({ planId: plan.id });
      if (reviews.length === 0) context.print(`"${plan.title}" has no reviews yet; take one with "atlas review <plan>".\n`);
      else context.print(reviews.map((review) => `  ${review.id}  ${day(review.takenAt)}  ${review.label}  (${review.nodeCount} items)\n`).join(''));
      return 0;
    });
  },
};

async function comparison(service: AtlasApi, planId: string, planTitle: string, since: string | undefined) {
  const reviews = await service.listSnapshots({ planId });
  if (reviews.length === 0) throw new AtlasError('not-found', `"${planTitle}" has no review to compare with; take one with "atlas review <plan>".`);
  const chosen = since === undefined ? lastReview(reviews) : findReview(reviews, since);
  if (!chosen) {
    const names = reviews.map((review) => `"${review.label}"`).join(', ');
    throw new AtlasError('not-found', `"${planTitle}" has no review "${since}"; its reviews are ${names}.`);
  }
  const [snapshot, current] = await Promise.all([service.loadSnapshot({ id: chosen.id }), service.loadPlan({ planId })]);
  return comparePlans(snapshot.content, current, { id: chosen.id, label: chosen.label, takenAt: chosen.takenAt }, todayIso());
}

/** `atlas compare <plan> [--since REVIEW] [--json]`: what changed since a review (the last one unless named). */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'Print what changed in a plan since a review',
  usage: [
    'atlas compare <plan> [--since REVIEW] [--json]',
    'REVIEW is a review id or name (see "atlas reviews <plan>"); without it, the last review.',
    '--json prints the comparison as JSON instead.',
  ],
  async run(args, context) {
    const { positionals, values, switches } = parseArguments(args, {
      command: 'compare',
      positionals: ['plan'],
      values: ['since'],
      switches: ['json'],
    });
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const result = await comparison(service, plan.id, plan.title, values.get('since'));
      context.print(switches.has('json') ? `${JSON.stringify(result, null, 2)}\n` : changeListText(result));
      return 0;
    });
  },
};
