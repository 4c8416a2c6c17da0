import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { launchBrowser } from './harness.ts';
import { mapPage } from './pages/mapPage.ts';

const folder = tempFolder('atlas-e2e-workshop-');
let child: ChildProcess;
let browser: Browser;
let stdout = '';
let planId = '';
let joinUrl = '';
let hostBase = '';
let hostToken = '';

async function host(method: string, body: unknown): Promise<any> {
  const response = await fetch(`${hostBase}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: hostToken },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { result: unknown; error?: { message: string } };
  if (!response.ok) throw new Error(`${method}: ${json.error?.message}`);
  return json.result;
}

beforeAll(async () => {
  const library = openLibrary(folder.path('atlas.db'));
  planId = (await createPlanService(library).createSamplePlan({})).planId;
  library.close();
  child = spawn(process.execPath, ['electron/cli/atlas.ts', 'workshop', planId, '--host', '127.0.0.2', '--port', '0', '--join-as', 'edit', '--data', folder.path('atlas.db')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ATLAS_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (data) => (stdout += String(data)));
  browser = await launchBrowser();
  const started = Date.now();
  while (!stdout.includes('Join code:')) {
    if (Date.now() - started > 60_000 || child.exitCode !== null) throw new Error(`atlas workshop did not start: ${stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  joinUrl = /Join address: (\S+)/.exec(stdout)![1]!;
  [, hostBase, hostToken] = /\(host\): (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(stdout)! as unknown as [string, string, string];
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGTERM');
  folder.cleanup();
});

describe('joining a workshop from a browser (room on 127.0.0.2)', () => {
  it('takes a name on the join page, lands on the plan, and sees and makes live changes under that name', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(joinUrl);
    // The code comes prefilled from the join address.
    expect(await page.getByLabel('Join code').inputValue()).toBe(/code=(\w+)/.exec(joinUrl)![1]);
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Join' }).click();
    const map = mapPage(page);
    const problems: string[] = [];
    page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await map.waitForMap().catch(async (error) => {
      throw new Error(`${error}\n${page.url()}\n${(await page.locator('body').innerText()).slice(0, 500)}\n${problems.join('\n')}`);
    });
    expect(new URL(page.url()).searchParams.get('token')).toBeNull();
    await map.node('Stakeholder', 'Dana Whitfield').waitFor();

    // The host's change appears on the participant's map without a reload.
    const dana = (await host('loadPlan', { planId })).nodes.find((node: { label: string }) => node.label === 'Dana Whitfield');
    await host('applyPatch', { planId, updateNodes: [{ id: dana.id, label: 'Dana Whitfield-Ng' }] });
    await map.node('Stakeholder', 'Dana Whitfield-Ng').waitFor();

    // The participant's change reaches the library under their name.
    await map.select('Stakeholder', 'Dana Whitfield-Ng');
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: 'Stakeholder name', exact: true });
    await field.fill('Dana W. (CFO)');
    await field.press('Enter');
    await expect
      .poll(async () => (await host('listChanges', { planId, afterRevision: 0 })).changes.at(-1)?.author, { timeout: 10_000 })
      .toBe('Ana');
    expect((await host('loadPlan', { planId })).nodes.find((node: { id: string }) => node.id === dana.id).label).toBe('Dana W. (CFO)');
    expect((await host('workshopStatus', {})).participants).toEqual([expect.objectContaining({ name: 'Ana', role: 'edit', connected: true })]);
    await context.close();
  }, 90_000);
});
