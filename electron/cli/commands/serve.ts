import type { Command } from './command.ts';

/** `atlas serve`: hands over to the browser-mode server, loaded only when asked for. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the app in your browser, served on 127.0.0.1',
  usage: ['atlas serve [--port N] [--open]', 'Stop it with Ctrl+C.'],
  async run(args, context) {
    const { runServe } = await import('../serve.ts');
    return runServe(context.data === undefined ? [...args] : ['--data', context.data, ...args]);
  },
};
