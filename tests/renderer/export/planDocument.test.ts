import { describe, expect, it } from 'vitest';
import { planBlocks } from '../../../shared/document/blocks.ts';
import type { Block } from '../../../shared/document/blockTypes.ts';
import { renderMarkdown } from '../../../shared/document/markdown.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { contentsOf, documentBlocks, planDocumentFrom } from '../../../renderer/export/planDocument.ts';
import { findNode, sampleContent, TODAY } from './sampleContent.ts';

function allText(blocks: readonly Block[]): string {
  return JSON.stringify(blocks);
}

describe('the plan document built from the open map', () => {
  it('holds every node and relation of the store, with the account, plan and viewport', () => {
    const content = sampleContent();
    const document = planDocumentFrom(content);
    expect(document.account).toBe(content.account);
    expect(document.plan).toBe(content.plan);
    expect(document.viewport).toBe(content.viewport);
    expect(document.nodes).toHaveLength(Object.keys(content.nodes).length);
    expect(new Set(document.nodes.map((node) => node.id))).toEqual(new Set(Object.keys(content.nodes)));
    expect(document.edges).toHaveLength(Object.keys(content.edges).length);
  });

  it('gives the same document whatever order the store holds the nodes in (the preview matches the export)', () => {
    const asBuilt = documentBlocks(planDocumentFrom(sampleContent('as-built')), 'internal', TODAY);
    const reversed = documentBlocks(planDocumentFrom(sampleContent('reversed')), 'internal', TODAY);
    expect(renderMarkdown(reversed)).toBe(renderMarkdown(asBuilt));
  });

  it('is exactly the export pipeline’s blocks with the map included', () => {
    const document = planDocumentFrom(sampleContent());
    const expected = planBlocks(planOutline(document, { edition: 'customer', today: TODAY }), { includeMap: true });
    expect(documentBlocks(document, 'customer', TODAY)).toEqual(expected);
  });

  it('lists the six sections in order, then the account map, in its contents', () => {
    const blocks = documentBlocks(planDocumentFrom(sampleContent()), 'internal', TODAY);
    const sections = contentsOf(blocks).filter((entry) => entry.level === 1);
    expect(sections.map((entry) => entry.text)).toEqual([...PLAN_SECTIONS.map((section) => `${section.number}. ${section.title}`), 'Account map']);
    expect(sections.map((entry) => entry.id).slice(0, 6)).toEqual(PLAN_SECTIONS.map((section) => section.id));
    expect(contentsOf(blocks).some((entry) => entry.level === 2)).toBe(true);
  });

  it('leaves competitors and the SWOT out of the customer edition but keeps them in the internal one', () => {
    const content = sampleContent();
    const swot = findNode(content, 'swot', 'Six-year delivery record with operations');
    const internal = allText(documentBlocks(planDocumentFrom(content), 'internal', TODAY));
    const customer = allText(documentBlocks(planDocumentFrom(content), 'customer', TODAY));
    for (const text of ['FleetPulse', 'RouteMax Systems', swot.label]) {
      expect(internal).toContain(text);
      expect(customer).not.toContain(text);
    }
  });

  it('follows an edit: a renamed stakeholder appears under the new name', () => {
    const content = sampleContent();
    const tom = findNode(content, 'stakeholder', 'Tom Becker');
    const edited = { ...content, nodes: { ...content.nodes, [tom.id]: { ...tom, label: 'Thomas Becker-Hale' } } };
    const before = documentBlocks(planDocumentFrom(content), 'internal', TODAY);
    const after = documentBlocks(planDocumentFrom(edited), 'internal', TODAY);
    expect(allText(before)).not.toContain('Thomas Becker-Hale');
    expect(allText(after)).toContain('Thomas Becker-Hale');
    const title = after.find((block) => block.type === 'title');
    expect(title && title.type === 'title' ? title.title : '').toBe(content.plan.title);
  });
});
