import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../../shared/kinds/index.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';

const SECTION_HEADINGS = PLAN_SECTIONS.map((section) => `${section.number}. ${section.title}`);
const NEW_NAME = 'Thomas Becker-Hale';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-export-'));

/** The plan screen of the sample plan, as a person sees it. */
const planScreen = {
  async open(): Promise<void> {
    await page.goto(atlas.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
    await page.locator('.react-flow__node').first().waitFor();
  },
  preview: () => page.getByRole('region', { name: 'Document preview' }),
  document: () => planScreen.preview().getByRole('document'),
  exportDialog: () => page.getByRole('dialog', { name: 'Export plan' }),
  node: (ariaLabel: string) => page.locator(`.react-flow__node[aria-label="${ariaLabel}"]`),
  async sectionHeadings(): Promise<string[]> {
    const headings = await planScreen.document().getByRole('heading', { level: 3 }).allTextContents();
    return headings.filter((text) => /^\d\. /.test(text));
  },
  async openExport(): Promise<Locator> {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = planScreen.exportDialog();
    await dialog.waitFor();
    return dialog;
  },
  async exportAndDownload(dialog: Locator): Promise<{ download: Download; path: string }> {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    return { download, path };
  },
};

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1680, height: 1000 }, acceptDownloads: true });
  page = await context.newPage();
  await planScreen.open();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

describe('document preview and export, in browser mode against the real build', () => {
  it('previews the plan document beside the map with its six sections in order', async () => {
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect.poll(() => planScreen.sectionHeadings(), { timeout: 15_000 }).toEqual(SECTION_HEADINGS);
    const text = await planScreen.document().innerText();
    expect(text).toContain('Internal edition — not for distribution');
    expect(text).toContain('FleetPulse');
    expect(text).toContain('Six-year delivery record with operations');
    await expect.poll(() => planScreen.document().locator('img[src^="data:image/svg+xml"]').count()).toBeGreaterThan(0);
  });

  it('jumps to a section from the preview’s contents', async () => {
    const scroller = planScreen.document();
    const before = await scroller.evaluate((element) => element.scrollTop);
    await planScreen.preview().getByRole('navigation', { name: 'Preview contents' }).getByRole('button', { name: '5. Team Support' }).click();
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(before + 200);
    const heading = scroller.getByRole('heading', { name: '5. Team Support' });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('shows the customer edition without competitors and SWOT, and back', async () => {
    await planScreen.preview().getByRole('radio', { name: 'Customer' }).check();
    await expect.poll(() => planScreen.document().innerText(), { timeout: 10_000 }).toContain('Customer edition');
    const text = await planScreen.document().innerText();
    for (const hidden of ['FleetPulse', 'RouteMax Systems', 'Six-year delivery record with operations', 'Budget freeze if freight volumes fall in Q3']) {
      expect(text).not.toContain(hidden);
    }
    expect(await planScreen.sectionHeadings()).toEqual(SECTION_HEADINGS);
    await planScreen.preview().getByRole('radio', { name: 'Internal' }).check();
    await expect.poll(() => planScreen.document().innerText(), { timeout: 10_000 }).toContain('FleetPulse');
  });

  it('leaves our tier reasoning, growth target and deal figures out of the customer preview, and the dialog follows it', async () => {
    const view = planScreen.document();
    // A term (<dt>) takes no name from its content: find it by its exact text.
    const term = (label: string) => view.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
    const editions = planScreen.preview().getByRole('group', { name: 'Edition' });
    await expect.poll(() => term('Why this tier').count(), { timeout: 10_000 }).toBe(1);
    // On the title page and in the profile.
    expect(await term('Growth target').count()).toBe(2);
    expect(await view.getByRole('columnheader', { name: 'Weighted value' }).count()).toBeGreaterThan(0);

    await editions.getByRole('radio', { name: 'Customer' }).check();
    await expect.poll(() => term('Why this tier').count(), { timeout: 10_000 }).toBe(0);
    expect(await term('Tier').count()).toBe(0);
    expect(await term('Growth target').count()).toBe(0);
    for (const header of ['Weighted value', 'Probability', 'Stage', 'Share of target', 'Gap']) {
      expect(await view.getByRole('columnheader', { name: header, exact: true }).count(), header).toBe(0);
    }
    expect(await view.getByText('Would hate to lose (large revenue)').count()).toBe(0);
    expect(await view.getByText('How do we win each opportunity?').count()).toBe(0);
    expect(await view.getByText('Our proposed actions.', { exact: true }).count()).toBe(1);

    const dialog = await planScreen.openExport();
    expect(await dialog.getByRole('radio', { name: 'Customer' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await planScreen.exportDialog().waitFor({ state: 'detached' });

    await editions.getByRole('radio', { name: 'Internal' }).check();
    await expect.poll(() => term('Why this tier').count(), { timeout: 10_000 }).toBe(1);
  });

  it('follows an edit made in the inspector', async () => {
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await planScreen.node('Stakeholder: Tom Becker').click();
    const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.fill(NEW_NAME);
    await expect.poll(() => planScreen.document().innerText(), { timeout: 10_000 }).toContain(NEW_NAME);
  });

  it('exports the customer edition as Markdown through the dialog, with the latest edit', async () => {
    const dialog = await planScreen.openExport();
    await dialog.getByRole('radio', { name: 'Markdown' }).check();
    await dialog.getByRole('radio', { name: 'Customer' }).check();
    expect(await dialog.getByLabel('Paper size').isDisabled()).toBe(true);
    const { download, path } = await planScreen.exportAndDownload(dialog);
    expect(download.suggestedFilename()).toMatch(/^Northwind Logistics - FY\d\d growth plan \(customer\)\.md$/);
    const markdown = readFileSync(path, 'utf8');
    let at = -1;
    for (const heading of SECTION_HEADINGS) {
      const next = markdown.indexOf(`## ${heading}`);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(markdown).toContain(NEW_NAME);
    expect(markdown).not.toContain('FleetPulse');
    expect(await dialog.getByRole('status').innerText()).toBe(`Saved ${download.suggestedFilename()}`);

    // The command line writes the very same file from the same library.
    const cliPath = join(folder, 'from-cli.md');
    execFileSync(
      process.execPath,
      ['electron/cli/atlas.ts', 'export', 'Northwind', '--format', 'md', '--edition', 'customer', '--out', cliPath, '--data', atlas.dataPath],
      { cwd: join(import.meta.dirname, '..', '..') },
    );
    expect(readFileSync(cliPath, 'utf8')).toBe(markdown);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await planScreen.exportDialog().waitFor({ state: 'detached' });
  });

  it('remembers the last choices and exports a Letter PDF with a progress bar while it renders', async () => {
    const dialog = await planScreen.openExport();
    expect(await dialog.getByRole('radio', { name: 'Markdown' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Customer' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByRole('radio', { name: 'Internal' }).check();
    await dialog.getByLabel('Paper size').selectOption('letter');

    const downloaded = planScreen.exportAndDownload(dialog);
    await dialog.getByRole('progressbar', { name: 'Rendering PDF…' }).waitFor({ timeout: 10_000 });
    expect(await dialog.getByRole('radio', { name: 'Word' }).isDisabled()).toBe(true);
    const { download, path } = await downloaded;
    expect(download.suggestedFilename()).toMatch(/\(internal\)\.pdf$/);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    let at = -1;
    for (const heading of SECTION_HEADINGS) {
      const next = text.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('FleetPulse');
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^Saved .*\(internal\)\.pdf$/);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  });

  it('lets a person cancel a PDF export midway: nothing is saved and the next export works', async () => {
    let downloads = 0;
    const count = () => void (downloads += 1);
    page.on('download', count);
    try {
      const dialog = await planScreen.openExport();
      const answered = page.waitForResponse((response) => response.url().includes('/api/exportDocument'), { timeout: 90_000 });
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await dialog.getByRole('progressbar', { name: 'Rendering PDF…' }).waitFor({ timeout: 10_000 });
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await planScreen.exportDialog().waitFor({ state: 'detached' });
      const response = await answered;
      expect(response.ok()).toBe(true);
      // Once the page has read the whole answer and run what follows it, a cancelled export must not download.
      await response.finished();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(downloads).toBe(0);

      const again = await planScreen.openExport();
      expect(await again.getByRole('progressbar').count()).toBe(0);
      await again.getByRole('radio', { name: 'HTML' }).check();
      const { path } = await planScreen.exportAndDownload(again);
      expect(readFileSync(path, 'utf8')).toContain('<h2 id="profile" class="section">1. Profile &amp; Position</h2>');
      expect(downloads).toBe(1);
      await again.getByRole('button', { name: 'Close', exact: true }).last().click();
    } finally {
      page.off('download', count);
    }
  });
});
