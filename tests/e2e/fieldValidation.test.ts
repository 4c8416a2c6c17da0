import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_BAD_INPUT_MESSAGE } from '../../shared/kinds/readDate.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { actionTrackerPage } from './pages/actionTrackerPage.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;
let planId: string;

const OPPORTUNITY = 'Route-planning replacement RFP';
const ACTION = 'Draft the multi-year pricing model';
const AMOUNT = 'Enter an amount from 0 to 1,000,000,000,000 USD, e.g. 250,000.';
const PROBABILITY = 'Enter a probability from 0 to 100 %.';
const DATE_RANGE = 'Enter a date from 1 January 1900 to 31 December 2199.';

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(atlas.url);
  await homePage(page).openSample();
  await mapPage(page).waitForMap();
  planId = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.id;
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

/** The stored data of the node with this label. */
async function stored(label: string): Promise<Record<string, unknown>> {
  const { nodes } = await callApi(atlas, 'loadPlan', { planId });
  return nodes.find((node) => node.label === label)!.data as Record<string, unknown>;
}

/** The message a field points at with aria-describedby, once it is shown as an alert. */
async function describedMessage(field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  return field.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.map((id) => document.getElementById(id)).find((note) => note?.getAttribute('role') === 'alert')?.textContent ?? '';
  });
}

/** Types a date into the browser's date picker segment by segment (month, day, year in this locale), as a person does. */
async function typeDate(field: Locator, keys: string): Promise<void> {
  const box = (await field.boundingBox())!;
  await field.click({ position: { x: 12, y: box.height / 2 } });
  await page.keyboard.type(keys);
}

/** Tabs out of a field: a date picker takes a Tab of its own after a typed year before focus moves on. */
async function leave(field: Locator): Promise<void> {
  for (let presses = 0; presses < 4 && (await field.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(false);
}

function badDate(field: Locator): Promise<boolean> {
  return field.evaluate((element) => (element as HTMLInputElement).validity.badInput);
}

describe('numbers and dates say what is wrong and keep what was typed', () => {
  const map = () => mapPage(page);

  it('refuses 1e99 and abc as a deal value beside the field, keeps the text after Tab, and saves once it is fixed', async () => {
    await map().select('Opportunity', OPPORTUNITY);
    const value = map().inspector.getByLabel('Value (USD)');
    const before = (await stored(OPPORTUNITY));
    expect(before).toMatchObject({ value: 1_200_000 });

    for (const typed of ['1e99', 'abc', '12abc']) {
      await value.fill(typed);
      expect(await describedMessage(value)).toBe(AMOUNT);
      await map().inspector.getByRole('alert').filter({ hasText: AMOUNT }).waitFor();
      await leave(value);
      expect(await value.inputValue()).toBe(typed);
      expect(await describedMessage(value)).toBe(AMOUNT);
    }
    expect((await stored(OPPORTUNITY))).toEqual(before);

    await value.fill('$1,500,000');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('false');
    expect(await map().inspector.getByRole('alert').filter({ hasText: AMOUNT }).count()).toBe(0);
    await expect.poll(async () => (await stored(OPPORTUNITY)).value).toBe(1_500_000);
  });

  it('keeps a probability of 150 after the field loses focus, and Escape puts the saved one back', async () => {
    const probability = map().inspector.getByLabel('Probability (%)');
    await probability.fill('150');
    expect(await describedMessage(probability)).toBe(PROBABILITY);
    await leave(probability);
    expect(await probability.inputValue()).toBe('150');
    expect(await describedMessage(probability)).toBe(PROBABILITY);
    expect((await stored(OPPORTUNITY)).probability).toBe(70);

    await probability.focus();
    await probability.press('Escape');
    expect(await probability.inputValue()).toBe('70');
    await expect.poll(() => probability.getAttribute('aria-invalid')).toBe('false');
    expect(await map().inspector.getByRole('alert').count()).toBe(0);
    // Escape only cancelled the typing: the opportunity is still the one in the inspector.
    await map().inspector.getByLabel('Probability (%)').waitFor();

    await probability.fill('85');
    await expect.poll(async () => (await stored(OPPORTUNITY)).probability).toBe(85);
  });

  it('refuses a close date that does not exist or is out of range, keeps it in the picker, and saves a real one', async () => {
    const closeDate = map().inspector.getByLabel('Close date');
    const before = (await stored(OPPORTUNITY)).closeDate;

    await typeDate(closeDate, '02302026');
    expect(await describedMessage(closeDate)).toBe(DATE_BAD_INPUT_MESSAGE);
    await leave(closeDate);
    expect(await badDate(closeDate)).toBe(true);
    expect(await describedMessage(closeDate)).toBe(DATE_BAD_INPUT_MESSAGE);
    // The days passed through on the way ("02", "3", "30") were not saved either.
    expect((await stored(OPPORTUNITY)).closeDate).toBe(before);

    await closeDate.fill('1850-06-01');
    expect(await describedMessage(closeDate)).toBe(DATE_RANGE);
    await leave(closeDate);
    expect(await closeDate.inputValue()).toBe('1850-06-01');
    expect((await stored(OPPORTUNITY)).closeDate).toBe(before);

    await typeDate(closeDate, '05312027');
    await expect.poll(() => closeDate.getAttribute('aria-invalid')).toBe('false');
    await leave(closeDate);
    await expect.poll(async () => (await stored(OPPORTUNITY)).closeDate).toBe('2027-05-31');
  });

  it('puts an action\'s saved due date back on Escape after an impossible one', async () => {
    await map().select('Action', ACTION);
    const due = map().inspector.getByLabel('Due date');
    const saved = (await stored(ACTION)).dueDate as string;
    await typeDate(due, '02312026');
    expect(await describedMessage(due)).toBe(DATE_BAD_INPUT_MESSAGE);
    await leave(due);
    expect(await badDate(due)).toBe(true);
    await typeDate(due, '');
    await page.keyboard.press('Escape');
    expect(await due.inputValue()).toBe(saved);
    expect(await badDate(due)).toBe(false);
    await expect.poll(() => due.getAttribute('aria-invalid')).toBe('false');
    expect((await stored(ACTION)).dueDate).toBe(saved);
  });

  it('keeps an impossible due date in the action tracker with a message beside it, and Escape puts the saved one back', async () => {
    await viewsPage(page).open('Actions');
    const tracker = actionTrackerPage(page);
    const due = tracker.dueDate(ACTION);
    const saved = (await stored(ACTION)).dueDate as string;
    await typeDate(due, '04312026');
    expect(await describedMessage(due)).toBe(DATE_BAD_INPUT_MESSAGE);
    await tracker.region.getByRole('alert').filter({ hasText: DATE_BAD_INPUT_MESSAGE }).waitFor();
    await leave(due);
    expect(await badDate(due)).toBe(true);
    expect((await stored(ACTION)).dueDate).toBe(saved);
    await due.focus();
    await due.press('Escape');
    expect(await due.inputValue()).toBe(saved);
    await expect.poll(() => due.getAttribute('aria-invalid')).toBe('false');

    // The bulk bar's date says so too, and cannot be applied.
    await tracker.tick(ACTION).check();
    const bulkDue = tracker.bulkBar.getByLabel('Set due date');
    await typeDate(bulkDue, '02302026');
    // It started empty and holds no date yet, so it says so once it is left.
    await leave(bulkDue);
    expect(await describedMessage(bulkDue)).toBe(DATE_BAD_INPUT_MESSAGE);
    expect(await tracker.bulkBar.getByRole('button', { name: 'Apply due date' }).isDisabled()).toBe(true);
    await tracker.tick(ACTION).uncheck();
    await viewsPage(page).open('Map');
  });

  it('shows what was saved after a reload', async () => {
    await page.reload();
    await map().waitForMap();
    await map().select('Opportunity', OPPORTUNITY);
    expect(await map().inspector.getByLabel('Value (USD)').inputValue()).toBe('1500000');
    expect(await map().inspector.getByLabel('Probability (%)').inputValue()).toBe('85');
    expect(await map().inspector.getByLabel('Close date').inputValue()).toBe('2027-05-31');
  });

  it('says what is wrong in the new-account dialog, creates nothing until it is fixed, and Escape in a field only undoes it', async () => {
    await page.getByRole('button', { name: 'All accounts' }).click();
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Account name').fill('Globex');
    const revenue = dialog.getByLabel('Customer revenue (USD)');
    await revenue.fill('1e99');
    expect(await describedMessage(revenue)).toBe(AMOUNT);
    await leave(revenue);
    expect(await revenue.inputValue()).toBe('1e99');

    await revenue.focus();
    await revenue.press('Escape');
    await dialog.waitFor();
    expect(await revenue.inputValue()).toBe('');
    await expect.poll(() => revenue.getAttribute('aria-invalid')).toBe('false');

    await revenue.fill('abc');
    const renewal = dialog.getByLabel('Renewal date');
    await typeDate(renewal, '02292027');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    expect(await describedMessage(revenue)).toBe(AMOUNT);
    expect(await describedMessage(renewal)).toBe(DATE_BAD_INPUT_MESSAGE);
    expect(await revenue.inputValue()).toBe('abc');
    expect((await callApi(atlas, 'listAccounts', {})).map((account) => account.name)).not.toContain('Globex');

    await revenue.fill('2.5m');
    await renewal.fill('2027-02-28');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('article', { name: 'Account Globex' }).waitFor();
    const globex = (await callApi(atlas, 'listAccounts', {})).find((account) => account.name === 'Globex');
    expect(globex).toMatchObject({ revenue: 2_500_000, renewalDate: '2027-02-28' });
  });
});
