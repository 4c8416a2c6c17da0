import { createServer } from 'node:net';
import type { Server } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';

/** The room's network in this test: a loopback address standing in for the meeting room's Wi-Fi. */
const ROOM_ADDRESS = '127.0.0.2';
const VIEW_ONLY = 'You joined this workshop to view the plan; the host can let you edit it.';

let atlas: RunningAtlas;
let browser: Browser;
let planId = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  ({ planId } = await callApi(atlas, 'createSamplePlan', {}));
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await atlas?.close();
});

async function newPage(origin?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  contexts.push(context);
  if (origin) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context.newPage();
}

/** Holds a port on the room's address, as another program would. */
function occupyPort(): Promise<{ port: number; server: Server }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, ROOM_ADDRESS, () => resolve({ port: (server.address() as { port: number }).port, server }));
  });
}

describe('the host’s workshop controls (the room on 127.0.0.2)', () => {
  it('starts from a dialog that keeps its input on errors, shows the Join panel, and lets the host set roles, be followed, remove and end', async () => {
    const host = await newPage(new URL(atlas.url).origin);
    await host.goto(`${atlas.url}#/plans/${planId}`);
    const hostMap = mapPage(host);
    await hostMap.waitForMap();

    // The dialog opens with any free port, the customer view for joiners (explained) and the name Host.
    await host.getByRole('button', { name: 'Start workshop' }).click();
    const start = host.getByRole('dialog', { name: 'Start a workshop' });
    await start.getByLabel('Port').waitFor();
    expect(await start.getByLabel('Port').inputValue()).toBe('0');
    expect(await start.getByLabel('People who join').locator('option:checked').innerText()).toBe('Customer view');
    await start.getByText('People who join see the customer view: internal items and fields are never sent to them.').waitFor();
    expect(await start.getByLabel('Your name').inputValue()).toBe('Host');
    await start.getByLabel('People who join').selectOption({ label: 'Can view' });
    await start.getByText('People who join see the whole plan but cannot change it.').waitFor();

    // Not an address: the backend's sentence, and everything typed is still there.
    const addresses = start.getByLabel('Network address');
    if ((await addresses.count()) > 0) await addresses.selectOption({ label: 'Other address…' });
    await start.getByLabel('Other address').fill('300.1.2.3');
    await start.getByLabel('Your name').fill('Hana');
    await start.getByRole('button', { name: 'Start workshop' }).click();
    await start.getByRole('alert').filter({ hasText: /IPv4 address/ }).waitFor();
    expect(await start.getByLabel('Other address').inputValue()).toBe('300.1.2.3');
    expect(await start.getByLabel('Your name').inputValue()).toBe('Hana');

    // A port another program holds: said in the dialog, input kept.
    const blocker = await occupyPort();
    try {
      await start.getByLabel('Other address').fill(ROOM_ADDRESS);
      await start.getByLabel('Port').fill(String(blocker.port));
      await start.getByRole('button', { name: 'Start workshop' }).click();
      await start.getByRole('alert').filter({ hasText: new RegExp(String(blocker.port)) }).waitFor();
      expect(await start.getByLabel('Port').inputValue()).toBe(String(blocker.port));
      expect(await start.getByLabel('People who join').locator('option:checked').innerText()).toBe('Can view');
    } finally {
      blocker.server.close();
    }

    // Any free port: the Join panel, beside the map, with the address, a QR code the page may show, and the code.
    await start.getByLabel('Port').fill('0');
    await start.getByRole('button', { name: 'Start workshop' }).click();
    await start.waitFor({ state: 'detached' });
    const panel = host.getByRole('dialog', { name: 'Join the workshop' });
    const joinUrl = await panel.getByLabel('Join address').innerText();
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/join\?code=[A-Z0-9]+$/);
    const code = new URL(joinUrl).searchParams.get('code')!;
    expect(await panel.getByLabel('Join code').innerText()).toBe(code);
    const qr = panel.getByRole('img', { name: 'QR code for the join address' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    // Loaded, so the Content-Security-Policy lets data: images through.
    await expect.poll(() => qr.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Copy join address' }).click();
    await panel.getByText('The join address is copied.').waitFor();
    expect(await host.evaluate(() => navigator.clipboard.readText())).toBe(joinUrl);
    await panel.getByText('No one has joined yet.').waitFor();
    // The toolbar button now opens this panel.
    await host.getByRole('button', { name: 'Workshop', exact: true }).waitFor();
    // The host keeps working on the map while the panel is open.
    await hostMap.select('Stakeholder', 'Dana Whitfield');

    // Pia joins: she sees who is here and who she is, cannot start a workshop, and may only view.
    const pia = await newPage();
    await pia.goto(joinUrl);
    await pia.getByLabel('Your name').fill('Pia');
    await pia.getByRole('button', { name: 'Join' }).click();
    const piaMap = mapPage(pia);
    await piaMap.waitForMap();
    const here = pia.getByRole('list', { name: 'People here' });
    await here.getByLabel('Hana (Host)', { exact: true }).waitFor();
    await here.getByLabel('Pia (Can view) (you)', { exact: true }).waitFor();
    await pia.getByText('You are Pia in this workshop hosted by Hana: can view.').waitFor();
    await pia.getByText(VIEW_ONLY).waitFor();
    expect(await pia.getByRole('button', { name: /^(Start workshop|Workshop)$/ }).count()).toBe(0);

    const pias = panel.getByRole('listitem', { name: 'Participant: Pia' });
    await pias.getByText('Connected', { exact: true }).waitFor();
    await host.getByRole('list', { name: 'People here' }).getByLabel('Hana (Host) (you)', { exact: true }).waitFor();

    // The host lets her edit: editing turns on in her window at once, without a reload; and off again.
    await panel.getByLabel('Role of Pia').selectOption({ label: 'Can edit' });
    await pia.getByText(VIEW_ONLY).waitFor({ state: 'detached' });
    await here.getByLabel('Pia (Can edit) (you)', { exact: true }).waitFor();
    await piaMap.select('Stakeholder', 'Priya Raman');
    await pia.keyboard.press('F2');
    const nameField = pia.getByRole('textbox', { name: 'Stakeholder name', exact: true });
    await nameField.fill('Priya Raman (CTO)');
    await nameField.press('Enter');
    await hostMap.node('Stakeholder', 'Priya Raman (CTO)').waitFor();
    await panel.getByLabel('Role of Pia').selectOption({ label: 'Can view' });
    await pia.getByText(VIEW_ONLY).waitFor();
    await piaMap.select('Stakeholder', 'Sam Ortiz');
    await pia.keyboard.press('F2');
    await pia.getByText(/^Editing is off: you joined this workshop to view the plan/).waitFor();

    // Following the host: her view and the map's viewport follow the host's.
    await pia.getByRole('checkbox', { name: 'Follow the host' }).check();
    await host.getByRole('tab', { name: 'Org chart' }).click();
    await pia.getByRole('main', { name: 'Org chart' }).waitFor();
    await host.getByRole('tab', { name: 'Map', exact: true }).click();
    await piaMap.waitForMap();
    await host.getByRole('button', { name: 'Zoom out' }).click();
    await hostMap.settled();
    const hostView = await hostMap.viewport();
    await expect.poll(async () => (await piaMap.viewport()).zoom).toBeCloseTo(hostView.zoom, 3);
    expect((await piaMap.viewport()).x).toBeCloseTo(hostView.x, 0);
    // Panning by hand stops following, with a word why.
    const area = (await pia.getByRole('main', { name: 'Account map' }).boundingBox())!;
    await pia.mouse.move(area.x + 40, area.y + 40);
    await pia.mouse.down();
    for (let step = 1; step <= 5; step += 1) await pia.mouse.move(area.x + 40 + step * 20, area.y + 40 + step * 10);
    await pia.mouse.up();
    await pia.getByRole('alert').filter({ hasText: 'no longer follows the host' }).waitFor();
    expect(await pia.getByRole('checkbox', { name: 'Follow the host' }).isChecked()).toBe(false);

    // In projector mode the Join panel stays (it is for the projector); the inspector goes.
    await host.getByRole('button', { name: 'Projector mode' }).click();
    await hostMap.inspector.waitFor({ state: 'detached' });
    await panel.getByLabel('Join address').waitFor();
    await host.keyboard.press('Escape');
    await hostMap.inspector.waitFor();

    // Removing Pia: asked first, then her window says so in place of the plan.
    await panel.getByRole('button', { name: 'Remove Pia' }).click();
    await host.getByRole('dialog', { name: 'Remove Pia?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await pia.getByRole('alert').filter({ hasText: 'The host removed you from the workshop.' }).waitFor();
    expect(await pia.getByRole('main', { name: 'Account map' }).count()).toBe(0);
    await pias.waitFor({ state: 'detached' });

    // Ending: asked first; the panel closes and the button offers a new workshop.
    await panel.getByRole('button', { name: 'End workshop' }).click();
    await host.getByRole('dialog', { name: 'End the workshop?' }).getByRole('button', { name: 'End workshop', exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await host.getByRole('button', { name: 'Start workshop' }).waitFor();
    expect((await callApi(atlas, 'workshopStatus', {})).running).toBe(false);
    expect(await host.getByRole('list', { name: 'People here' }).count()).toBe(0);
  }, 180_000);
});
