import { describe, expect, it } from 'vitest';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { renderHtml } from '../../../shared/document/html.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { HOSTILE_LABELS, TODAY, hostileDocument, sampleDocument } from './fixtures.ts';
import { expectGolden } from './golden.ts';

function html(document = sampleDocument(), edition: 'internal' | 'customer' = 'internal', paper: 'a4' | 'letter' = 'a4'): string {
  return renderHtml(planBlocks(planOutline(document, { edition, today: TODAY })), { paper, title: document.plan.title });
}

describe('HTML adapter', () => {
  it('is self-contained and print-ready: page size, page breaks, title page, linked contents, tables with thead, inline SVG map', () => {
    const page = html();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('@page { size: A4;');
    expect(html(sampleDocument(), 'internal', 'letter')).toContain('@page { size: letter;');
    expect(page).not.toMatch(/<script|<link |src="http|@import/);
    expect(page).toContain('<section class="title-page">');
    for (const section of PLAN_SECTIONS) {
      expect(page).toContain(`<a href="#${section.id}">${section.number}. ${section.title.replace('&', '&amp;')}</a>`);
      expect(page).toContain(`<h2 id="${section.id}" class="section">`);
    }
    expect(page.match(/<div class="page-break"><\/div>/g)?.length).toBe(PLAN_SECTIONS.length + 1);
    expect(page.match(/<table( class="whole")?><colgroup>/g)?.length).toBe(page.match(/<thead>/g)?.length);
    expect(page).toMatch(/<figure class="map"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+"/);
  });

  it('escapes every user string: hostile labels stay text', () => {
    const page = html(hostileDocument());
    for (const label of HOSTILE_LABELS) {
      expect(page).not.toContain(label);
      expect(page).toContain(label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;'));
    }
    expect(page.match(/<script/g)).toBeNull();
    expect(page.match(/<img/g)).toBeNull();
  });

  it('matches the golden files of the sample plan', () => {
    expectGolden('sample-internal.html', html());
    expectGolden('sample-customer.html', html(sampleDocument(), 'customer'));
  });
});
