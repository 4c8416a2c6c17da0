import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { launchBrowser } from './harness.ts';
import { mapPage } from './pages/mapPage.ts';

// The room's network is a loopback address standing in for the meeting room's Wi-Fi.
const folder = tempFolder('atlas-e2e-presence-');
let child: ChildProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
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

/** Joins the workshop from a browser of its own under a name, and waits for the map. */
async function join(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(joinUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await mapPage(page).waitForMap();
  return page;
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
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGTERM');
  folder.cleanup();
});

describe('presence on the map in a workshop (room on 127.0.0.2)', () => {
  it("shows each other's selection, locks a node while someone renames or edits it, and tells who deleted a node being edited", async () => {
    const ana = await join('Ana');
    const ben = await join('Ben');
    const onAna = mapPage(ana);
    const onBen = mapPage(ben);
    const problems: string[] = [];
    for (const page of [ana, ben]) page.on('pageerror', (error) => problems.push(error.message));

    // Ana's selection is marked on Ben's map, with her name; Ben's own selection is not marked on his.
    await onAna.select('Stakeholder', 'Aisha Karim');
    await onBen.node('Stakeholder', 'Aisha Karim').getByLabel('Selected by Ana').waitFor();
    await onBen.select('Stakeholder', 'Aisha Karim');
    await onAna.node('Stakeholder', 'Aisha Karim').getByLabel('Selected by Ben').waitFor();
    expect(await onBen.node('Stakeholder', 'Aisha Karim').getByLabel('Selected by Ben').count()).toBe(0);
    await onAna.select('Stakeholder', 'Sam Ortiz');
    await onBen.node('Stakeholder', 'Aisha Karim').getByLabel('Selected by Ana').waitFor({ state: 'detached' });

    // While Ana renames Jonas, Ben sees who is editing, and neither F2 nor a double click opens his name field.
    await onAna.select('Stakeholder', 'Jonas Meyer');
    await ana.keyboard.press('F2');
    const anaField = onAna.nameField('Stakeholder');
    await anaField.fill('Jonas Meyer (half typed');
    const jonasOnBen = onBen.node('Stakeholder', 'Jonas Meyer');
    await jonasOnBen.getByText('Ana is editing').waitFor();
    await onBen.select('Stakeholder', 'Jonas Meyer');
    await ben.keyboard.press('F2');
    await ben.getByRole('alert').filter({ hasText: 'Ana is editing “Jonas Meyer”.' }).waitFor();
    expect(await onBen.openNameFields().count()).toBe(0);
    await ben.getByRole('button', { name: 'Dismiss message' }).click();
    await jonasOnBen.dblclick();
    await ben.getByRole('alert').filter({ hasText: 'Ana is editing “Jonas Meyer”.' }).waitFor();
    expect(await onBen.openNameFields().count()).toBe(0);
    // The inspector's fields for Jonas are read-only on Ben's screen, and say why.
    await onBen.inspector.getByText('Ana is editing', { exact: true }).waitFor();
    expect(await onBen.inspector.getByLabel('Job title').isDisabled()).toBe(true);
    await anaField.press('Escape');
    await jonasOnBen.getByText('Ana is editing').waitFor({ state: 'detached' });
    expect(await onBen.inspector.getByLabel('Job title').isDisabled()).toBe(false);
    await ben.keyboard.press('Escape');

    // Editing in the inspector holds the node too.
    await onBen.select('Stakeholder', 'Lena Fischer');
    await onBen.inspector.getByLabel('Job title').fill('Head of Sustainability, EMEA');
    await onAna.node('Stakeholder', 'Lena Fischer').getByText('Ben is editing').waitFor();

    // Ana deletes Lena while Ben edits her in the inspector: Ben is told who deleted what, and that his edit was dropped.
    await onAna.select('Stakeholder', 'Lena Fischer');
    await ana.keyboard.press('Delete');
    await ben.getByRole('alert').filter({ hasText: 'Ana deleted “Lena Fischer” while you were editing it; your edit was dropped.' }).waitFor();
    await onBen.node('Stakeholder', 'Lena Fischer').waitFor({ state: 'detached' });

    // The same while Ben renames a node on the map: his half-typed name is never saved, and no error follows.
    await onBen.select('Stakeholder', 'Tom Becker');
    await ben.keyboard.press('F2');
    await onBen.nameField('Stakeholder').fill('Tom Becker (never saved');
    await onAna.node('Stakeholder', 'Tom Becker').getByText('Ben is editing').waitFor();
    await onAna.select('Stakeholder', 'Tom Becker');
    await ana.keyboard.press('Delete');
    await ben.getByRole('alert').filter({ hasText: 'Ana deleted “Tom Becker” while you were editing it; your edit was dropped.' }).waitFor();
    expect(await onBen.openNameFields().count()).toBe(0);
    await onBen.node('Stakeholder', 'Tom Becker').waitFor({ state: 'detached' });

    // Ben's next rename saves as usual, and nothing he typed into the deleted nodes reached the library.
    await onBen.select('Stakeholder', 'Ravi Patel');
    await ben.keyboard.press('F2');
    await onBen.nameField('Stakeholder').fill('Ravi Patel (coach)');
    await onBen.nameField('Stakeholder').press('Enter');
    await onAna.node('Stakeholder', 'Ravi Patel (coach)').waitFor();
    await onBen.waitSaved();
    expect(await ben.getByText(/not saved/).count()).toBe(0);
    const labels = (await host('loadPlan', { planId })).nodes.map((node: { label: string }) => node.label);
    expect(labels).toContain('Ravi Patel (coach)');
    expect(labels.filter((label: string) => /Tom Becker|Lena Fischer/.test(label))).toEqual([]);
    const log = (await host('listChanges', { planId, afterRevision: 0 })).changes as { author: string; change: { updateNodes?: { label?: string }[] } }[];
    expect(log.some((entry) => entry.change.updateNodes?.some((update) => update.label?.includes('never saved')))).toBe(false);
    expect(problems).toEqual([]);
  }, 180_000);
});
