import { defineCommand } from '../commands/command.ts';

/** Shows or hides the Reviews panel (start a review, the plan's reviews, what changed since one). */
export const toggleReviews = defineCommand({
  id: 'view.reviews',
  label: 'Reviews',
  menu: ['view.reviews'],
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { sidePane: state.sidePane === 'reviews' ? null : 'reviews' } }),
});
