import { backupsCommand, restoreCommand } from './backups.ts';
import { checkCommand } from './check.ts';
import type { Command } from './command.ts';
import { exportContactsCommand, importContactsCommand } from './contacts.ts';
import { demoCommand } from './demo.ts';
import { exportCommand } from './export.ts';
import { createHelpCommand } from './help.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { portfolioCommand } from './portfolio.ts';
import { renameAccountCommand } from './renameAccount.ts';
// Issue 15, reviews and what changed since.
import { compareCommand, reviewCommand, reviewsCommand } from './review.ts';
import { rollForwardCommand } from './rollForward.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show.ts';
import { trashCommand, untrashCommand } from './trash.ts';
import { workshopCommand } from './workshop.ts';

/** Every `atlas` command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  listCommand,
  showCommand,
  exportCommand,
  importCommand,
  importContactsCommand,
  exportContactsCommand,
  renameAccountCommand,
  checkCommand,
  reviewCommand,
  reviewsCommand,
  compareCommand,
  portfolioCommand,
  rollForwardCommand,
  trashCommand,
  untrashCommand,
  backupsCommand,
  restoreCommand,
  serveCommand,
  workshopCommand,
  createHelpCommand(() => COMMANDS),
];

/** The command with this name, if there is one. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export type { CliContext, Command } from './command.ts';
