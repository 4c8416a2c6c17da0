/** Daily backups kept: the newest backup days. */
export const DAILY_BACKUPS = 7;
/** Weekly backups kept beyond the daily ones: the newest backup of each of the weeks before. */
export const WEEKLY_BACKUPS = 4;

/** Why a backup was taken. */
export type BackupReason = 'daily' | 'before-update' | 'before-restore';

/** One backup of the library, as listed. */
export interface BackupInfo {
  /** The file name in the backups folder, which is how a backup is named to restore it. */
  name: string;
  /** The day it was taken, YYYY-MM-DD (as todayIso counts days). */
  date: string;
  /** When the file was written (ISO time). */
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
  accountCount: number;
  planCount: number;
}

/** Monday of the week holding `date` (YYYY-MM-DD), which names the week. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Which backups to keep: every backup of the DAILY_BACKUPS newest days that have one, then the newest backup
 * of each of the WEEKLY_BACKUPS newest weeks before those days. The rest may go.
 */
export function backupsToKeep<T extends { date: string; takenAt: string }>(backups: readonly T[]): T[] {
  const newestFirst = [...backups].sort((a, b) => b.date.localeCompare(a.date) || b.takenAt.localeCompare(a.takenAt));
  const dailyDays = new Set([...new Set(newestFirst.map((backup) => backup.date))].slice(0, DAILY_BACKUPS));
  const kept = newestFirst.filter((backup) => dailyDays.has(backup.date));
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    if (dailyDays.has(backup.date)) continue;
    const week = weekOf(backup.date);
    if (weeks.has(week) || weeks.size >= WEEKLY_BACKUPS) continue;
    weeks.add(week);
    kept.push(backup);
  }
  return kept;
}
