import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { setupPlanChanges } from '../../electron/main/planChanges.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { FakeBrowserWindow } from './fakeElectron.ts';

let library: Library | null = null;
const temp = tempFolder();
afterEach(() => {
  library?.close();
  library = null;
});
afterAll(() => temp.cleanup());

describe('the desktop live channel', () => {
  it('sends the window every change the service commits, and nothing once the window is gone', async () => {
    library = openLibrary(temp.path('atlas.db'));
    const service = createPlanService(library);
    const window = new FakeBrowserWindow({ width: 800, height: 600 });
    const stop = setupPlanChanges(service, () => window as never);
    const account = await service.createAccount({ name: 'Globex' });
    const plan = await service.createPlan({ accountId: account.id, title: 'FY27' });
    await service.updatePlan({ id: plan.id, changes: { title: 'FY27 growth' } });
    await expect(service.updatePlan({ id: plan.id, changes: { title: '' } })).rejects.toThrow();
    expect(window.webContents.sent).toEqual([
      ['atlas:planChanges', { planId: plan.id, changes: [expect.objectContaining({ revision: 1, change: { plan: { title: 'FY27 growth' } } })] }],
    ]);
    window.destroyed = true;
    await service.updatePlan({ id: plan.id, changes: { title: 'FY27 plan' } });
    expect(window.webContents.sent).toHaveLength(1);
    stop();
  });
});
