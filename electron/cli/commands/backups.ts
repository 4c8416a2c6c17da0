import type { BackupInfo } from '../../../shared/backups.ts';
import { DAILY_BACKUPS, WEEKLY_BACKUPS } from '../../../shared/backups.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { parseArguments } from '../args.ts';
import type { Command } from './command.ts';
import { withService } from './library.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const REASONS: Record<BackupInfo['reason'], string> = {
  daily: 'daily',
  'before-update': 'before an update',
  'before-restore': 'before a restore',
};

/** The backups as lines of text. */
export function backupsText(backups: readonly BackupInfo[], folder: string): string {
  if (backups.length === 0) return `No backups yet: one is made before the first change of each day, in ${folder}.\n`;
  const lines = backups.map(
    (backup) =>
      `  ${backup.name}  ${backup.date}  ${size(backup.sizeBytes)}  ${plural(backup.planCount, 'plan', 'plans')}, ` +
      `${plural(backup.accountCount, 'account', 'accounts')}  (${REASONS[backup.reason]})`,
  );
  return `Backups in ${folder} (${DAILY_BACKUPS} daily and ${WEEKLY_BACKUPS} weekly are kept; restore with "atlas restore NAME"):\n${lines.join('\n')}\n`;
}

/** The backup a person means: its file name, or a date (the newest backup of that day). */
export function findBackup(backups: readonly BackupInfo[], query: string): BackupInfo {
  const byName = backups.find((backup) => backup.name === query);
  if (byName) return byName;
  const ofDay = backups.find((backup) => backup.date === query);
  if (ofDay) return ofDay;
  const hint = backups.length === 0 ? 'there are no backups yet' : '"atlas backups" lists them';
  throw new AtlasError('not-found', `There is no backup called "${query}"; ${hint}.`);
}

/** `atlas backups`: the automatic backups of the library. */
export const backupsCommand: Command = {
  name: 'backups',
  summary: 'List the backups of the library (date, size, plans)',
  usage: ['atlas backups [--json]'],
  async run(args, context) {
    const { switches } = parseArguments(args, { command: 'backups', switches: ['json'] });
    return withService(context, { create: false }, async (service, library) => {
      const backups = await service.listBackups({});
      const { backupFolder } = await import('../../backend/backups.ts');
      context.print(switches.has('json') ? `${JSON.stringify(backups, null, 2)}\n` : backupsText(backups, backupFolder(library.path)));
      return 0;
    });
  },
};

/** `atlas restore BACKUP`: brings the library back to a backup, after backing up the library as it is. */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore the library from a backup (the current library is backed up first)',
  usage: ['atlas restore BACKUP', 'BACKUP is a name listed by "atlas backups", or a date (YYYY-MM-DD) for the newest backup of that day.'],
  async run(args, context) {
    const { positionals } = parseArguments(args, { command: 'restore', positionals: ['backup'] });
    return withService(context, { create: false }, async (service) => {
      const backup = findBackup(await service.listBackups({}), positionals[0]!);
      const { keptAs } = await service.restoreBackup({ name: backup.name });
      context.print(
        `Restored the library from ${backup.name} (${backup.date}, ${plural(backup.planCount, 'plan', 'plans')}).\n` +
          `The library as it was is kept as ${keptAs}; "atlas restore ${keptAs}" undoes this.\n`,
      );
      return 0;
    });
  },
};
