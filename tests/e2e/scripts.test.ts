import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { WORLD_ACCOUNT, WORLD_STAKEHOLDERS, worldNamesPlan } from '../shared/document/worldNames.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

const { 'Sam Ortiz': GREEK, 'Helen Brandt': CHINESE, 'Marcus Lee': ARABIC, 'Dana Whitfield': EMOJI } = WORLD_STAKEHOLDERS;

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;

/** The sample plan renamed, opened at 100 % on its renamed stakeholders (full cards, not the light ones of a fitted map). */
function planAtFullSize() {
  const file = worldNamesPlan();
  const renamed = file.nodes.filter((node) => (Object.values(WORLD_STAKEHOLDERS) as string[]).includes(node.label));
  const left = Math.min(...renamed.map((node) => node.position.x));
  const top = Math.min(...renamed.map((node) => node.position.y));
  return { ...file, viewport: { x: 200 - left, y: 150 - top, zoom: 1 } };
}

function label(name: string) {
  return mapPage(page).node('Stakeholder', name).locator('.atlas-node__label');
}

/** The fonts Chromium drew an element's text with, by family (DevTools' "Rendered fonts"). */
async function renderedFonts(selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

const labelSelector = (name: string) => `.react-flow__node[aria-label="Stakeholder: ${name}"] .atlas-node__label`;

/** Share of the screen pixels over the emoji of a label that are saturated colour (not black, white or grey). */
async function emojiColour(name: string, emoji: string): Promise<number> {
  const box = await label(name).evaluate((element, emoji) => {
    const text = element.firstChild as Text;
    const start = text.data.indexOf(emoji);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + emoji.length);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  }, emoji);
  expect(box.width, 'the emoji takes room on the card').toBeGreaterThan(4);
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let coloured = 0;
    for (let at = 0; at < data.length; at += 4) {
      const channels = [data[at]!, data[at + 1]!, data[at + 2]!];
      if (Math.max(...channels) - Math.min(...channels) > 100) coloured += 1;
    }
    return coloured / (image.width * image.height);
  }, png);
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  await callApi(atlas, 'importPlanFile', { file: planAtFullSize() });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(atlas.url);
  await homePage(page).openPlan(worldNamesPlan().plan.title);
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await browser?.close();
  await atlas?.close();
});

describe('names in every script and with emoji, on the map', () => {
  it('shows every name on its card', async () => {
    for (const name of Object.values(WORLD_STAKEHOLDERS)) await expect.poll(() => label(name).textContent()).toBe(name);
    await page.screenshot({ path: join(PROJECT_ROOT, 'tests', 'output', 'world-names-map.png') });
  });

  it('draws Chinese, Arabic and emoji with the fonts of the stack', async () => {
    await label(EMOJI).waitFor();
    expect(await renderedFonts(labelSelector(CHINESE))).toEqual(['Noto Sans CJK SC']);
    expect(await renderedFonts(labelSelector(ARABIC))).toContain('Noto Sans Arabic');
    expect(await renderedFonts(labelSelector(EMOJI))).toContain('Noto Color Emoji');
  });

  it('draws the emoji in colour', async () => {
    expect(await emojiColour(EMOJI, '🚀')).toBeGreaterThan(0.05);
    expect(await emojiColour(GREEK, 'Δήμητρα'), 'a name without emoji has no colour').toBeLessThan(0.01);
  });

  it('reads an Arabic name right to left inside a card that stays left to right', async () => {
    const directions = await label(ARABIC).evaluate((element) => ({
      label: getComputedStyle(element).direction,
      card: getComputedStyle(element.closest('.atlas-node')!).direction,
    }));
    expect(directions).toEqual({ label: 'rtl', card: 'ltr' });
    // The first letter typed is the rightmost one.
    const [first, last] = await label(ARABIC).evaluate((element) => {
      const text = element.firstChild as Text;
      const edge = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().right;
      };
      return [edge(0), edge(text.data.length - 1)];
    });
    expect(first).toBeGreaterThan(last);
  });

  it('shows the account with its emoji on its card', async () => {
    const map = mapPage(page);
    await map.bringIntoView(map.node('Account', WORLD_ACCOUNT));
    await map.node('Account', WORLD_ACCOUNT).getByText(WORLD_ACCOUNT, { exact: true }).waitFor();
  });
});
