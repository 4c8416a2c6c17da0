import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlas, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas backups and atlas restore', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  const planFile = join(folder.dir, 'plan.json');
  afterAll(() => folder.remove());

  it("lists the backup made before the day's first change and restores the library to it", () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    expect(atlas(['backups', '--data', library]).stdout).toMatch(/^No backups yet: one is made before the first change of each day/);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', library]).status).toBe(0);
    expect(atlas(['import', planFile, '--data', library]).status).toBe(0);
    expect(atlas(['import', planFile, '--data', library]).status).toBe(0);
    expect(atlas(['list', '--data', library]).stdout.match(/73 nodes/g)).toHaveLength(3);

    const listed = atlas(['backups', '--data', library]);
    const today = new Date().toISOString().slice(0, 10);
    expect(listed.stdout).toMatch(new RegExp(`^  atlas-${today}\\.db  ${today}  \\d+ KB  1 plan, 1 account  \\(daily\\)$`, 'm'));

    const restored = atlas(['restore', today, '--data', library]);
    expect(restored.stdout).toMatch(new RegExp(`^Restored the library from atlas-${today}\\.db \\(${today}, 1 plan\\)\\.\\n`));
    const keptAs = /kept as (\S+);/.exec(restored.stdout)![1]!;
    expect(atlas(['list', '--data', library]).stdout.match(/73 nodes/g)).toHaveLength(1);
    expect(atlas(['check', '--data', library]).status).toBe(0);

    expect(atlas(['restore', keptAs, '--data', library]).status).toBe(0);
    expect(atlas(['list', '--data', library]).stdout.match(/73 nodes/g)).toHaveLength(3);
    expect(userErrorLine(atlas(['restore', '1999-01-01', '--data', library]))).toBe(
      'atlas: There is no backup called "1999-01-01"; "atlas backups" lists them.',
    );
  });
});
