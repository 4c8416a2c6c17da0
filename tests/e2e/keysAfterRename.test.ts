import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;
let planId: string;
let plans = 0;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

/** A fresh plan of a fresh account, opened on its own page: only the account is on the map. */
beforeEach(async () => {
  plans += 1;
  const account = await callApi(atlas, 'createAccount', { name: `Acme Freight ${plans}` });
  planId = (await callApi(atlas, 'createPlan', { accountId: account.id, title: 'Fast keys' })).id;
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${atlas.url}#/plans/${planId}`);
  await map().waitForMap();
  await map().select('Account', `Acme Freight ${plans}`);
});

afterEach(async () => {
  await page?.close();
});

const map = () => mapPage(page);

/** The stored nodes of the open plan once every change is saved, by label, with their parent's label. */
async function savedTree(): Promise<Map<string, { kind: string; parent: string | null }>> {
  await map().waitSaved();
  const saved = await callApi(atlas, 'loadPlan', { planId });
  const byId = new Map<string, PlanNode>(saved.nodes.map((node) => [node.id, node]));
  return new Map(
    saved.nodes.map((node) => [node.label, { kind: node.kind, parent: node.parentId === null ? null : (byId.get(node.parentId)?.label ?? '?') }]),
  );
}

/** Runs the scenarios once at full speed and once with the page's CPU slowed down (frames come late). */
describe.each([
  { speed: 'at full speed', rate: 1 },
  { speed: 'with the CPU slowed 6 times', rate: 6 },
])('keys and clicks right after naming a node act on the new state, $speed', ({ rate }) => {
  let cdp: CDPSession | null = null;

  beforeEach(async () => {
    if (rate === 1) return;
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  });

  afterEach(async () => {
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp?.detach();
    cdp = null;
  });

  it('builds a branch with names, Enter and Tab pressed back to back', async () => {
    const account = `Acme Freight ${plans}`;
    await map().clickPalette('Stakeholder');
    await map().nameField('Stakeholder').waitFor();
    await map().keys(['Dana Whitfield', 'Enter', 'Tab', 'Cut cost per shipment', 'Enter', 'Enter', 'Real-time visibility', 'Enter', 'Tab', 'Pilot in Rotterdam', 'Enter']);
    await map().waitForNode('Topic', 'Pilot in Rotterdam');

    // Focus is back on the last node named, so the next key would act on it.
    await expect.poll(() => map().focusedName()).toBe('Topic: Pilot in Rotterdam');
    expect(await map().openNameFields().count()).toBe(0);
    expect(Object.fromEntries(await savedTree())).toEqual({
      [account]: { kind: 'account', parent: null },
      'Dana Whitfield': { kind: 'stakeholder', parent: account },
      'Cut cost per shipment': { kind: 'need', parent: 'Dana Whitfield' },
      'Real-time visibility': { kind: 'need', parent: 'Dana Whitfield' },
      'Pilot in Rotterdam': { kind: 'topic', parent: 'Real-time visibility' },
    });
  });

  it('renames with F2, then Tab, Enter and Tab at once, and names each new node', async () => {
    const account = `Acme Freight ${plans}`;
    await map().addFromPalette('Goal', 'Grow EMEA');
    await map().keys(['F2', 'Grow EMEA and DACH', 'Tab', 'Win the Hamburg hub', 'Enter', 'Tab', 'Draft the proposal', 'Enter']);
    await map().waitForNode('Topic', 'Draft the proposal');
    await map().keys(['F2', 'Draft the hub proposal', 'Enter', 'Enter', 'Book the site visit', 'Enter']);
    await map().waitForNode('Topic', 'Book the site visit');

    await expect.poll(() => map().focusedName()).toBe('Topic: Book the site visit');
    expect(Object.fromEntries(await savedTree())).toEqual({
      [account]: { kind: 'account', parent: null },
      'Grow EMEA and DACH': { kind: 'goal', parent: account },
      'Win the Hamburg hub': { kind: 'action', parent: 'Grow EMEA and DACH' },
      'Draft the hub proposal': { kind: 'topic', parent: 'Win the Hamburg hub' },
      'Book the site visit': { kind: 'topic', parent: 'Win the Hamburg hub' },
    });
  });

  it('adds under the node just named when a palette button is clicked right after Enter', async () => {
    const account = `Acme Freight ${plans}`;
    await map().clickPalette('Goal');
    await map().nameField('Goal').waitFor();
    // Where the button is, looked up first, so the click follows Enter without any wait in between.
    const addAction = await map().paletteButtonCentre('Action');
    // A kind other than the selected node's, so the node goes under the selection (an action would go beside it).
    const addTopic = await map().paletteButtonCentre('Topic');
    await map().keys(['Grow EMEA', 'Enter']);
    await page.mouse.click(addAction.x, addAction.y);
    await map().keys(['Book an executive briefing', 'Enter']);
    await page.mouse.click(addTopic.x, addTopic.y);
    await map().keys(['Send the agenda', 'Enter']);
    await map().waitForNode('Topic', 'Send the agenda');

    expect(Object.fromEntries(await savedTree())).toEqual({
      [account]: { kind: 'account', parent: null },
      'Grow EMEA': { kind: 'goal', parent: account },
      'Book an executive briefing': { kind: 'action', parent: 'Grow EMEA' },
      'Send the agenda': { kind: 'topic', parent: 'Book an executive briefing' },
    });
  });

  it('keeps the name typed so far when a palette button is clicked with the name field still open', async () => {
    const account = `Acme Freight ${plans}`;
    await map().clickPalette('Goal');
    await map().nameField('Goal').waitFor();
    const addAction = await map().paletteButtonCentre('Action');
    await map().keys(['Grow EMEA']);
    await page.mouse.click(addAction.x, addAction.y);
    await map().keys(['Book an executive briefing', 'Enter']);
    await map().waitForNode('Action', 'Book an executive briefing');

    expect(Object.fromEntries(await savedTree())).toEqual({
      [account]: { kind: 'account', parent: null },
      'Grow EMEA': { kind: 'goal', parent: account },
      'Book an executive briefing': { kind: 'action', parent: 'Grow EMEA' },
    });
  });

  it('keeps a typing burst in the next name field whole, and Escape then Tab still adds a child', async () => {
    const account = `Acme Freight ${plans}`;
    await map().keys(['Tab', 'Kick-off', 'Enter', 'Tab', 'Agenda', 'Escape', 'Tab', 'Room booking', 'Enter']);
    await map().waitForNode('Topic', 'Room booking');
    expect(Object.fromEntries(await savedTree())).toEqual({
      [account]: { kind: 'account', parent: null },
      'Kick-off': { kind: 'topic', parent: account },
      // Escape keeps the new node under its default name; Tab then adds under it.
      'New topic': { kind: 'topic', parent: 'Kick-off' },
      'Room booking': { kind: 'topic', parent: 'New topic' },
    });
  });
});
