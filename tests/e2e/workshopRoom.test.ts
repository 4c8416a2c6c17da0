import { connect as connectTcp } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsWords, internalValues } from '../backend/export/forbiddenValues.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

/** The room's network in this test: a loopback address standing in for the meeting room's Wi-Fi. */
const ROOM_ADDRESS = '127.0.0.2';

let atlas: RunningAtlas;
let browser: Browser;
const contexts: BrowserContext[] = [];
let planId = '';
let planTitle = '';

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  ({ planId } = await callApi(atlas, 'createSamplePlan', {}));
  planTitle = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.title;
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await atlas?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  contexts.push(context);
  return context.newPage();
}

/** Records everything a page receives from the room: response bodies and live-channel frames. */
function recordTraffic(page: Page): string[] {
  const traffic: string[] = [];
  page.on('response', (response) => {
    // What the room answers for this person (the app's own code files are the same for everyone).
    if (!new URL(response.url()).pathname.startsWith('/api/') || !response.url().startsWith(`http://${ROOM_ADDRESS}:`)) return;
    void response.text().then(
      (text) => traffic.push(text),
      () => undefined,
    );
  });
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => traffic.push(String(frame.payload)));
  });
  return traffic;
}

async function join(joinUrl: string, name: string, traffic?: (page: Page) => unknown): Promise<Page> {
  const page = await newPage();
  traffic?.(page);
  await page.goto(joinUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await mapPage(page).waitForMap();
  return page;
}

function people(page: Page) {
  return page.getByRole('list', { name: 'People here' });
}

async function rename(page: Page, kind: string, from: string, to: string): Promise<void> {
  const map = mapPage(page);
  await map.select(kind, from);
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: `${kind} name`, exact: true });
  await field.fill(to);
  await field.press('Enter');
  await map.node(kind, to).waitFor();
}

function refusedOnRoom(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTcp({ host: ROOM_ADDRESS, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('a workshop with three people in the room (the room on 127.0.0.2)', () => {
  it('is started from the plan screen, joined by name from three browsers, live both ways, locked while someone edits, customer-safe, and ended', async () => {
    // The host starts the workshop from the plan screen.
    const host = await newPage();
    await host.goto(atlas.url);
    await homePage(host).openPlan(planTitle);
    const hostMap = mapPage(host);
    await hostMap.waitForMap();
    await host.getByRole('button', { name: 'Start workshop' }).click();
    const start = host.getByRole('dialog', { name: 'Start a workshop' });
    await start.getByLabel('Network address').selectOption({ label: 'Other address…' });
    await start.getByLabel('Other address').fill(ROOM_ADDRESS);
    await start.getByLabel('People who join').selectOption({ label: 'Customer view' });
    await start.getByLabel('Your name').fill('Hana');
    await start.getByRole('button', { name: 'Start workshop' }).click();

    // The Join panel shows the join address, its QR code and the code.
    const panel = host.getByRole('dialog', { name: 'Join the workshop' });
    await panel.waitFor();
    const joinUrl = /http:\/\/127\.0\.0\.2:\d+\/join\?code=([A-Z0-9]+)/.exec(await panel.innerText())?.[0];
    expect(joinUrl).toBeDefined();
    const code = /code=([A-Z0-9]+)/.exec(joinUrl!)![1]!;
    expect(await panel.innerText()).toContain(code);
    const roomPort = Number(new URL(joinUrl!).port);
    const qrSource = await panel.getByRole('img', { name: 'QR code for the join address' }).getAttribute('src');
    const qrSvg = Buffer.from(qrSource!.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
    expect(qrSvg).toBe(await QRCode.toString(joinUrl!, { type: 'svg', margin: 1 }));

    // Three people join by name: all start in the customer view; the host lets Ana and Ben edit.
    let anaTraffic: string[] = [];
    let cleoTraffic: string[] = [];
    const ana = await join(joinUrl!, 'Ana', (page) => (anaTraffic = recordTraffic(page)));
    const ben = await join(joinUrl!, 'Ben');
    const cleo = await join(joinUrl!, 'Cleo', (page) => (cleoTraffic = recordTraffic(page)));
    const participants = panel.getByRole('list', { name: 'Participants' });
    for (const name of ['Ana', 'Ben', 'Cleo']) await participants.getByRole('listitem', { name: `Participant: ${name}` }).waitFor();
    await panel.getByLabel('Role of Ana').selectOption({ label: 'Can edit' });
    await panel.getByLabel('Role of Ben').selectOption({ label: 'Can edit' });

    // Everyone sees who is here, with their roles.
    for (const page of [host, ana, ben, cleo]) {
      for (const label of ['Hana (Host)', 'Ana (Can edit)', 'Ben (Can edit)', 'Cleo (Customer view)']) {
        await people(page).getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)).waitFor();
      }
    }
    // Becoming an editor turns editing on without a reload; the customer view stays read-only.
    await ana.getByText(/You joined this workshop to view the plan/).waitFor({ state: 'detached' });
    await cleo.getByText(/You joined this workshop to view the plan/).waitFor();

    // A change made in each window appears in the others (and in the library).
    await rename(ana, 'Stakeholder', 'Dana Whitfield', 'Dana Whitfield (CFO)');
    for (const page of [host, ben, cleo]) await mapPage(page).node('Stakeholder', 'Dana Whitfield (CFO)').waitFor();
    await rename(ben, 'Stakeholder', 'Ravi Patel', 'Ravi Patel (CIO)');
    for (const page of [host, ana, cleo]) await mapPage(page).node('Stakeholder', 'Ravi Patel (CIO)').waitFor();
    await rename(host, 'Stakeholder', 'Marcus Lee', 'Marcus Lee (COO)');
    for (const page of [ana, ben, cleo]) await mapPage(page).node('Stakeholder', 'Marcus Lee (COO)').waitFor();
    await expect
      .poll(async () => (await callApi(atlas, 'listChanges', { planId, afterRevision: 0 })).changes.map((change) => change.author).filter(Boolean).slice(-3))
      .toEqual(['Ana', 'Ben', 'Hana']);

    // Presence: Ana's selection is marked on Ben's map.
    await mapPage(ana).select('Stakeholder', 'Aisha Karim');
    await mapPage(ben).node('Stakeholder', 'Aisha Karim').getByLabel('Selected by Ana').waitFor();

    // A rename lock: while Ana renames Jonas, Ben sees who is editing and cannot rename him.
    await ana.keyboard.press('Escape');
    await mapPage(ana).select('Stakeholder', 'Jonas Meyer');
    await ana.keyboard.press('F2');
    await ana.getByRole('textbox', { name: 'Stakeholder name', exact: true }).fill('Jonas Meyer (half typed');
    const jonasOnBen = mapPage(ben).node('Stakeholder', 'Jonas Meyer');
    await jonasOnBen.getByText('Ana is editing').waitFor();
    await mapPage(ben).select('Stakeholder', 'Jonas Meyer');
    await ben.keyboard.press('F2');
    await ben.getByText('Ana is editing “Jonas Meyer”.').waitFor();
    expect(await ben.getByRole('textbox', { name: 'Stakeholder name', exact: true }).count()).toBe(0);
    await ana.getByRole('textbox', { name: 'Stakeholder name', exact: true }).press('Escape');
    await jonasOnBen.getByText('Ana is editing').waitFor({ state: 'detached' });

    // The host removes Ben: his window says so, and his token is refused at his next call.
    await panel.getByRole('button', { name: 'Remove Ben' }).click();
    await host.getByRole('dialog').last().getByRole('button', { name: 'Remove', exact: true }).click();
    await ben.getByRole('alert').filter({ hasText: 'The host removed you from the workshop.' }).waitFor();
    const benCall = await ben.evaluate(async (id) => {
      const token = sessionStorage.getItem('atlas.token') ?? '';
      const response = await fetch('/api/loadPlan', { method: 'POST', headers: { 'content-type': 'application/json', 'x-atlas-token': token }, body: JSON.stringify({ planId: id }) });
      return response.status;
    }, planId);
    expect(benCall).toBe(401);
    await participants.getByRole('listitem', { name: 'Participant: Ben' }).waitFor({ state: 'detached' });

    // The customer view never received an internal value, though the editor did.
    const full = await callApi(atlas, 'loadPlan', { planId });
    const forbidden = internalValues(full);
    expect(forbidden.length).toBeGreaterThan(20);
    expect(await mapPage(cleo).node('Competitor', 'RouteMax Systems').count()).toBe(0);
    const cleoText = cleoTraffic.join('\n');
    expect(cleoText).toContain('Dana Whitfield (CFO)');
    expect(forbidden.filter((value) => containsWords(cleoText, value))).toEqual([]);
    // The scan can fail: the editor's traffic holds internal values.
    expect(forbidden.filter((value) => containsWords(anaTraffic.join('\n'), value)).length).toBeGreaterThan(10);

    // The host ends the workshop: everyone is told, and nothing answers on the room's address any more.
    await panel.getByRole('button', { name: 'End workshop' }).click();
    await host.getByRole('dialog').last().getByRole('button', { name: 'End workshop', exact: true }).click();
    for (const page of [ana, cleo]) await page.getByRole('alert').filter({ hasText: 'The workshop has ended.' }).waitFor();
    expect(await refusedOnRoom(roomPort)).toBe('ECONNREFUSED');
    expect((await callApi(atlas, 'workshopStatus', {})).running).toBe(false);
    // The host keeps working on the plan, with every participant's change in it.
    await host.getByRole('button', { name: 'Start workshop' }).waitFor();
    const after = await callApi(atlas, 'loadPlan', { planId });
    expect(after.nodes.map((node) => node.label)).toEqual(expect.arrayContaining(['Dana Whitfield (CFO)', 'Ravi Patel (CIO)', 'Marcus Lee (COO)', 'Jonas Meyer']));
  }, 240_000);
});
