import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document/blockTypes.ts';
import { BlocksView, svgDataUrl } from '../../../renderer/export/BlocksView.tsx';
import { documentBlocks, planDocumentFrom } from '../../../renderer/export/planDocument.ts';
import { findNode, sampleContent, TODAY } from './sampleContent.ts';

const render = (blocks: readonly Block[], topLevel = 3) => renderToStaticMarkup(createElement(BlocksView, { blocks, idPrefix: 'pv-', topLevel }));

describe('the React view of document blocks', () => {
  it('draws the sample plan: title, contents, the six sections as headings with unique ids, tables and the map picture', () => {
    const html = render(documentBlocks(planDocumentFrom(sampleContent()), 'internal', TODAY));
    const sectionHeadings = [...html.matchAll(/<h3 id="pv-([a-z-]+)"[^>]*>([^<]+)<\/h3>/g)].map((match) => [match[1], match[2]]);
    expect(sectionHeadings).toEqual([
      ['profile', '1. Profile &amp; Position'],
      ['needs', '2. Needs Mapping &amp; Alignments'],
      ['goals', '3. Goals &amp; Strategy'],
      ['actions', '4. Action Plan'],
      ['team', '5. Team Support'],
      ['dashboard', '6. Performance Dashboard'],
      ['account-map', 'Account map'],
    ]);
    expect(html).toMatch(/<h3>Northwind Logistics — FY\d\d growth plan<\/h3>/);
    expect(html).toContain('Internal edition — not for distribution');
    expect(html).toMatch(/<th scope="col"[^>]*>/);
    expect(html).toContain('<img src="data:image/svg+xml;charset=utf-8,%3Csvg');
    // The SVG goes in as an image, never as markup of the page.
    expect(html).not.toContain('<svg');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows hostile text as text: labels that look like markup are escaped, never parsed', () => {
    const content = sampleContent();
    const tom = findNode(content, 'stakeholder', 'Tom Becker');
    const hostile = '<img src=x onerror=alert(1)><script>alert("pwned")</script>';
    const edited = { ...content, nodes: { ...content.nodes, [tom.id]: { ...tom, label: hostile } } };
    const html = render(documentBlocks(planDocumentFrom(edited), 'internal', TODAY));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
  });

  it('keeps strong and emphasis, line breaks, number alignment and total rows', () => {
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text: 'Bold', strong: true }, { text: ' and ' }, { text: 'quiet\nsecond line', emphasis: true }] },
      {
        type: 'table',
        columns: [
          { header: 'Goal', align: 'left', weight: 3 },
          { header: 'Target', align: 'right', weight: 1 },
        ],
        rows: [[[{ text: 'Renewal' }], [{ text: 'USD 1,200,000' }]], [[{ text: 'Total', strong: true }], [{ text: 'USD 2,000,000' }]]],
        totalRows: 1,
      },
      { type: 'callout', tone: 'warning', runs: [{ text: 'Two actions are overdue.' }] },
    ];
    const html = render(blocks);
    expect(html).toContain('<p><strong>Bold</strong> and <em>quiet<br/>second line</em></p>');
    expect(html).toContain('<col style="width:75.0%"/><col style="width:25.0%"/>');
    expect(html).toContain('<th scope="col" class="is-number">Target</th>');
    expect(html).toMatch(/<tr class="is-total"><td><strong>Total<\/strong><\/td><td class="is-number">USD 2,000,000<\/td><\/tr>/);
    expect(html).toContain('<div role="note" class="atlas-doc__callout is-warning">Two actions are overdue.</div>');
  });

  it('turns an SVG into a data URL that keeps every character', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>R&D #1 100%</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml;charset=utf-8,'.length))).toBe(svg);
    expect(url).not.toMatch(/[#<>"]/);
  });
});
