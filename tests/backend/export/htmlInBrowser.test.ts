import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/backend/export/pdf.ts';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { renderHtml } from '../../../shared/document/html.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { HOSTILE_LABELS, TODAY, hostileDocument } from '../../shared/document/fixtures.ts';

describe('HTML document in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows hostile labels as text, creates no element from them and runs nothing', async () => {
    const plan = hostileDocument();
    const html = renderHtml(planBlocks(planOutline(plan, { edition: 'internal', today: TODAY })), { paper: 'a4', title: HOSTILE_LABELS[1] });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    const report = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      title: document.title,
      text: document.body.innerText,
      svgs: document.querySelectorAll('figure.map svg').length,
      svgText: [...document.querySelectorAll('figure.map svg text')].map((node) => node.textContent).join('\n'),
      headings: [...document.querySelectorAll('h2.section')].map((node) => node.textContent),
      tocLinks: [...document.querySelectorAll('nav.toc a')].map((node) => node.getAttribute('href')),
      ids: [...document.querySelectorAll('[id]')].map((node) => node.id),
      tablesWithoutHead: [...document.querySelectorAll('main table:not(.swot)')].filter((table) => !table.querySelector('thead th')).length,
    }));
    await page.close();
    expect(report.images).toBe(0);
    expect(report.scripts).toBe(0);
    expect(dialogs).toEqual([]);
    expect(report.title).toBe(HOSTILE_LABELS[1]);
    for (const label of HOSTILE_LABELS) expect(report.text).toContain(label);
    expect(report.svgs).toBeGreaterThan(1);
    expect(report.svgText).toContain('<img src=x');
    expect(report.headings).toEqual([...PLAN_SECTIONS.map((section) => `${section.number}. ${section.title}`), 'Account map']);
    for (const link of report.tocLinks) expect(report.ids).toContain(link?.slice(1));
    expect(new Set(report.ids).size).toBe(report.ids.length);
    expect(report.tablesWithoutHead).toBe(0);
  });
});
