import { describe, expect, it } from 'vitest';
import { MIN_MAP_SCALE, mapPictures, pageScale } from '../../../shared/document/mapPictures.ts';
import { mapSvg } from '../../../shared/document/mapSvg.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { HOSTILE_LABELS, edge, hostileDocument, node, sampleDocument } from './fixtures.ts';

describe('map picture', () => {
  it('fits the viewBox to the content and draws boxes, branches, relations and a legend', () => {
    const nodes = [
      node('a', 'account', 'Acme', null, {}, { position: { x: 100, y: 200 } }),
      node('s', 'stakeholder', 'Road Runner', 'a', {}, { position: { x: 400, y: 100 } }),
      node('n', 'need', 'Faster delivery', 'a', {}, { position: { x: 400, y: 300 } }),
    ];
    const picture = mapSvg(nodes, [edge('e', 'hasNeed', 's', 'n')], { title: 'Account map' });
    const [, , , width, height] = /viewBox="(\S+) (\S+) (\S+) (\S+)"/.exec(picture.svg)?.map(Number) ?? [];
    expect(width).toBeGreaterThanOrEqual(400 + NODE_WIDTH - 100);
    expect(width).toBeLessThan(400 + NODE_WIDTH - 100 + 100);
    expect(height).toBeGreaterThan(300 + NODE_HEIGHT - 100);
    expect(picture.svg.match(/<rect width="220" height="72"/g)?.length).toBe(3);
    expect(picture.svg.match(/stroke="#94a3b8"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(picture.svg).toContain('stroke="#d97706"');
    for (const word of ['Stakeholder', 'Need', 'has need', 'branch']) expect(picture.svg).toContain(`>${word}</text>`);
  });

  it('escapes labels', () => {
    const nodes = HOSTILE_LABELS.map((label, at) => node(`h${at}`, 'topic', label, null, {}, { position: { x: 0, y: at * 100 } }));
    const { svg } = mapSvg(nodes, [], { title: '<title> & "quotes"' });
    expect(svg).not.toMatch(/<img|<script/);
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('&lt;title&gt; &amp; &quot;quotes&quot;');
  });

  it('draws a map that fits the page as one picture', () => {
    const nodes = [node('a', 'account', 'Acme', null), node('g', 'goal', 'Grow', 'a', {}, { position: { x: 300, y: 0 } })];
    expect(mapPictures({ nodes, edges: [] }).map((picture) => picture.title)).toEqual(['Account map']);
  });

  it('splits a large map into an overview and legible branch pictures that together show every item', () => {
    const document = hostileDocument();
    const pictures = mapPictures(document);
    expect(pictures[0]?.title).toMatch(/overview/);
    expect(pictures.length).toBeGreaterThan(2);
    for (const picture of pictures.slice(1)) expect(pageScale(picture.width, picture.height)).toBeGreaterThanOrEqual(MIN_MAP_SCALE * 0.9);
    const texts = [...pictures.slice(1).map((picture) => picture.svg).join('\n').matchAll(/>([^<]+)<\/text>/g)].map((match) => (match[1] ?? '').replace(/…$/, ''));
    const account = document.nodes.find((item) => item.kind === 'account') as PlanNode;
    for (const item of document.nodes.filter((other) => other.id !== account.id)) {
      const label = item.label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
      // The first line of the box shows the start of the label.
      expect(texts.some((text) => text.length >= 4 && label.startsWith(text)), item.label).toBe(true);
    }
  });

  it('splits a single huge branch into parts', () => {
    const nodes: PlanNode[] = [node('a', 'account', 'Acme', null), node('b', 'topic', 'Everyone', 'a', {}, { position: { x: 300, y: 0 } })];
    for (let at = 0; at < 60; at += 1) {
      nodes.push(node(`s${at}`, 'stakeholder', `Person ${at}`, 'b', {}, { position: { x: 600, y: (at - 30) * 90 }, order: at }));
    }
    const pictures = mapPictures({ nodes, edges: [] });
    expect(pictures.some((picture) => /Everyone \(part 2 of \d\)/.test(picture.title))).toBe(true);
    const drawn = pictures.map((picture) => picture.svg).join('');
    for (let at = 0; at < 60; at += 1) expect(drawn).toContain(`>Person ${at}<`);
    expect(sampleDocument().nodes.length).toBeGreaterThan(0);
  });
});
