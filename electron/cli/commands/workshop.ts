import type { Command } from './command.ts';

/** `atlas workshop <plan>`: hands over to the workshop server, loaded only when asked for. */
export const workshopCommand: Command = {
  name: 'workshop',
  summary: 'Run a workshop: colleagues join one plan from their browsers over the room\'s network',
  usage: [
    'atlas workshop <plan> [--host ADDRESS] [--port N] [--join-as edit|view|customer]',
    'Serves the plan to you on 127.0.0.1 and, while the workshop runs, to participants on ADDRESS (by default the',
    'first network address of this machine) at the join address it prints, with a join code.',
    'Participants start with the customer view (internal material is never sent) unless --join-as says otherwise;',
    'the host changes roles, removes participants and ends the workshop. Stop it with Ctrl+C.',
  ],
  async run(args, context) {
    const { runWorkshop } = await import('../workshop.ts');
    return runWorkshop(args, context);
  },
};
