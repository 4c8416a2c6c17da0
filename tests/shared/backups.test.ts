import { describe, expect, it } from 'vitest';
import { backupsToKeep, weekOf } from '../../shared/backups.ts';

const day = (offset: number) => new Date(Date.UTC(2026, 11, 31) - offset * 86_400_000).toISOString().slice(0, 10);

describe('which backups are kept', () => {
  it('names a week by its Monday', () => {
    expect(weekOf('2026-12-31')).toBe('2026-12-28');
    expect(weekOf('2026-12-28')).toBe('2026-12-28');
    expect(weekOf('2026-12-27')).toBe('2026-12-21');
  });

  it('keeps the 7 newest days, then the newest backup of each of the 4 weeks before', () => {
    const backups = Array.from({ length: 60 }, (_, offset) => ({ date: day(offset), takenAt: `${day(offset)}T10:00:00Z` }));
    const kept = backupsToKeep(backups).map((backup) => backup.date);
    expect(kept.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
    // 2026-12-31 is a Thursday: the daily days reach back to Friday 25th; that week's Monday 21st–Thursday 24th come next.
    expect(kept.slice(7)).toEqual(['2026-12-24', '2026-12-20', '2026-12-13', '2026-12-06']);
  });

  it('keeps every backup of a kept day (a daily one and one before a restore)', () => {
    const backups = [
      { date: day(0), takenAt: 'b' },
      { date: day(0), takenAt: 'a' },
      { date: day(30), takenAt: 'c' },
    ];
    expect(backupsToKeep(backups)).toHaveLength(3);
  });
});
