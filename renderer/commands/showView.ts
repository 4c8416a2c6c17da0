import { VIEWS } from '../views/registry.ts';
import type { Command } from './command.ts';
import { defineCommand } from './command.ts';

/** Shows the plan in one view; one command per registered view (switcher, shortcut and View menu). */
export const showViewCommands: readonly Command<void>[] = VIEWS.map((view) =>
  defineCommand({
    id: `view.show.${view.id}`,
    label: view.label,
    shortcuts: [view.shortcut],
    menu: [view.menu],
    undo: 'skip',
    enabledWhen: () => true,
    perform: (state) => (state.view === view.id ? { type: 'done' } : { type: 'panels', flags: { view: view.id } }),
  }),
);
