import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlas, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas trash and atlas untrash', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  afterAll(() => folder.remove());

  it('lists a plan deleted in the app and restores it with its whole map', async () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    const [account] = JSON.parse(atlas(['list', '--json', '--data', library]).stdout) as { plans: { id: string }[] }[];
    const planId = account!.plans[0]!.id;
    const { openLibrary } = await import('../../electron/backend/library.ts');
    const { createPlanService } = await import('../../electron/backend/service.ts');
    const opened = openLibrary(library);
    await createPlanService(opened).deletePlan({ id: planId });
    opened.close();

    expect(atlas(['list', '--data', library]).stdout).toMatch(/\(no plans\)/);
    const listed = atlas(['trash', '--data', library]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^  ${planId}  plan     Northwind Logistics — FY27 growth plan  of Northwind Logistics  \\(73 nodes\\)  deleted \\d{4}-\\d{2}-\\d{2}, emptied in 30 days$`, 'm'));

    const restored = atlas(['untrash', planId, '--data', library]);
    expect(restored.stdout).toBe('Restored the plan "Northwind Logistics — FY27 growth plan" of Northwind Logistics.\n');
    expect(atlas(['list', '--data', library]).stdout).toMatch(/73 nodes/);
    expect(atlas(['trash', '--data', library]).stdout).toBe('The trash is empty.\n');
    expect(userErrorLine(atlas(['untrash', planId, '--data', library]))).toBe(`atlas: Nothing with the id "${planId}" is in the trash.`);
  });
});
