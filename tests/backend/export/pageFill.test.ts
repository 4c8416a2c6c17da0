import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { contentPages, pageFillProblems } from './pageFill.ts';
import { keep, pagePictures } from './readers.ts';

/** Chromium's running header (account and plan) and footer (edition and page number). */
const RUNNING = { header: /^Northwind Logistics Northwind Logistics — FY28 growth plan$/, footer: /Page \d+ of \d+$/ };

describe('PDF pages without waste (Chromium)', () => {
  afterAll(closeSharedChromium);

  it.each([
    ['internal', 'a4'],
    ['internal', 'letter'],
    ['customer', 'a4'],
    ['customer', 'letter'],
  ] as const)('prints the %s sample plan on %s with five lines or more on every page, no heading at a page end and captions with their pictures', async (edition, paper) => {
    const document = sampleDocument();
    const exported = await exportDocument(document, { planId: 'p', format: 'pdf', edition, paper, includeMap: true }, { today: TODAY });
    const path = keep(exported, `page-fill-${edition}-${paper}.pdf`);
    const pages = await contentPages(path, RUNNING);
    await pagePictures(path, pages.length);
    const blocks = planBlocks(planOutline(document, { edition, today: TODAY }));
    expect(pageFillProblems(pages, blocks)).toEqual([]);
  });
});
