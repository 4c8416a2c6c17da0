import { describe, expect, it } from 'vitest';
import { MAP_PAGE, MIN_MAP_SCALE, SLIDE_MIN_TEXT_PT, mapPictures, mapPieces, pageScale, scaleForText } from '../../../shared/document/mapPictures.ts';
import type { MapPage } from '../../../shared/document/mapPictures.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { generatePlan } from '../../bench/generatePlan.ts';
import { hostileDocument, node, sampleDocument } from './fixtures.ts';

/** A slide's picture area: landscape and lower than a page. */
const SLIDE: MapPage = { width: 1174, height: 556 };
/** The same slide where every text must print at 10 pt or more, as PowerPoint's map slides ask. */
const SLIDE_10PT: MapPage = { ...SLIDE, minScale: scaleForText(SLIDE_MIN_TEXT_PT), maxScale: 1.4 };
/** PowerPoint's map slides: at 10 pt or more, each picture laid out afresh to fill the slide. */
const SLIDE_TIDY: MapPage = { ...SLIDE_10PT, tidy: true };

const maps = {
  sample: () => sampleDocument(),
  hostile: () => hostileDocument(),
  'generated 500-node plan': () => generatePlan(500),
};

function accountOf(nodes: readonly PlanNode[]): PlanNode {
  const account = nodes.find((item) => item.kind === 'account' && item.parentId === null);
  if (!account) throw new Error('the map has no account');
  return account;
}

/** The top-level branch each node belongs to (the account's child it descends from). */
function topBranches(nodes: readonly PlanNode[]): Map<string, PlanNode> {
  const account = accountOf(nodes);
  const byId = new Map(nodes.map((item) => [item.id, item] as const));
  const out = new Map<string, PlanNode>();
  for (const item of nodes) {
    let at: PlanNode | undefined = item;
    while (at && at.parentId !== account.id) at = at.parentId === null ? undefined : byId.get(at.parentId);
    if (at) out.set(item.id, at);
  }
  return out;
}

describe('map pictures of a map too large for one page', () => {
  for (const [name, load] of Object.entries(maps)) {
    for (const [pageName, page] of [['page', MAP_PAGE], ['slide', SLIDE], ['slide at 10 pt', SLIDE_10PT], ['slide laid out afresh', SLIDE_TIDY]] as const) {
      it(`shows every item of the ${name} in exactly one legible branch picture (${pageName})`, () => {
        const { nodes, edges } = load();
        const pieces = mapPieces(nodes, page);
        const shown = pieces.flatMap((piece) => piece.nodes.map((item) => item.id));
        const account = accountOf(nodes);
        expect(new Set(shown).size).toBe(shown.length);
        expect(new Set(shown)).toEqual(new Set(nodes.filter((item) => item.id !== account.id).map((item) => item.id)));

        const pictures = mapPictures({ nodes, edges }, page);
        // One overview, or several when the branches would print too small on one.
        const overviews = pictures.filter((picture) => picture.title.includes('overview')).length;
        expect(overviews).toBeGreaterThan(0);
        expect(pictures.slice(0, overviews).every((picture) => picture.title.includes('overview'))).toBe(true);
        expect(pictures.slice(overviews).map((picture) => picture.title)).toEqual(pieces.map((piece) => piece.title));
        for (const picture of pictures) expect(pageScale(picture.width, picture.height, page), picture.title).toBeGreaterThanOrEqual(page.minScale ?? MIN_MAP_SCALE);
      });
    }
  }

  it('fills slides laid out afresh: the sample’s overview on one, a branch of 11 items on one, a dozen slides in all', () => {
    const { nodes, edges } = sampleDocument();
    const pictures = mapPictures({ nodes, edges }, SLIDE_TIDY);
    expect(pictures.map((picture) => picture.title).filter((title) => title.includes('overview'))).toEqual(['Account map — overview (each branch follows on its own)']);
    expect(pictures.filter((picture) => picture.title.startsWith('Account map — Buying centre')).map((picture) => picture.title)).toEqual(['Account map — Buying centre']);
    expect(pictures.length).toBeLessThanOrEqual(12);
  });

  it('cuts a branch too large for one laid-out slide by its sub-branches, each part within the slide', () => {
    const nodes: PlanNode[] = [node('a', 'account', 'Acme', null), node('big', 'topic', 'Regions', 'a', {}, { order: 0 })];
    for (let region = 0; region < 3; region += 1) {
      nodes.push(node(`r${region}`, 'topic', `Region ${region + 1}`, 'big', {}, { order: region }));
      for (let at = 0; at < 14; at += 1) nodes.push(node(`s${region}-${at}`, 'stakeholder', `Buyer ${region + 1}.${at + 1}`, `r${region}`, {}, { order: at }));
    }
    const pieces = mapPieces(nodes, SLIDE_TIDY);
    expect(pieces.some((piece) => piece.title.startsWith('Account map — Regions › Region 1'))).toBe(true);
    const shown = pieces.flatMap((piece) => piece.nodes.map((item) => item.id));
    expect(shown.sort()).toEqual(nodes.filter((item) => item.id !== 'a').map((item) => item.id).sort());
    for (const picture of mapPictures({ nodes, edges: [] }, SLIDE_TIDY)) {
      expect(pageScale(picture.width, picture.height, SLIDE_TIDY), picture.title).toBeGreaterThanOrEqual(SLIDE_TIDY.minScale!);
    }
  });

  it('packs neighbouring branches of the generated 500-node plan into far fewer pictures than branches', () => {
    const { nodes } = generatePlan(500);
    const account = accountOf(nodes);
    const branches = nodes.filter((item) => item.parentId === account.id);
    expect(branches.length).toBeGreaterThan(50);
    const pieces = mapPieces(nodes);
    expect(pieces.length).toBeLessThan(branches.length * 0.6);
    expect(pieces.filter((piece) => piece.title.includes(', ')).length).toBeGreaterThan(branches.length / 4);
  });

  it('puts together only branches that are neighbours on the same side of the account', () => {
    const { nodes } = generatePlan(500);
    const account = accountOf(nodes);
    const top = topBranches(nodes);
    const side = (branch: PlanNode) => (branch.position.x < account.position.x ? 'left' : 'right');
    const bySide = (name: 'left' | 'right') =>
      nodes.filter((item) => item.parentId === account.id && side(item) === name).sort((a, b) => a.position.y - b.position.y).map((item) => item.id);
    const order = { left: bySide('left'), right: bySide('right') };
    for (const piece of mapPieces(nodes)) {
      const branches = [...new Set(piece.nodes.map((item) => top.get(item.id) as PlanNode))];
      const sides = new Set(branches.map(side));
      expect(sides.size, piece.title).toBe(1);
      const list = order[side(branches[0] as PlanNode)];
      const places = branches.map((branch) => list.indexOf(branch.id)).sort((a, b) => a - b);
      expect(places.at(-1)! - places[0]!, piece.title).toBe(places.length - 1);
    }
  });

  it('names the branches a picture shows, shortening a long list', () => {
    expect(mapPieces(sampleDocument().nodes).map((piece) => piece.title)).toContain('Account map — Buying centre, Customer needs');

    const nodes: PlanNode[] = [node('a', 'account', 'Acme', null)];
    for (let at = 0; at < 10; at += 1) {
      nodes.push(node(`r${at}`, 'topic', `Procurement office ${at + 1}`, 'a', {}, { position: { x: 300, y: at * 90 }, order: at }));
    }
    nodes.push(node('big', 'topic', 'Everyone', 'a', {}, { position: { x: -300, y: 0 }, order: 10 }));
    for (let at = 0; at < 40; at += 1) nodes.push(node(`s${at}`, 'stakeholder', `Person ${at}`, 'big', {}, { position: { x: -600, y: (at - 20) * 90 }, order: at }));
    const titles = mapPieces(nodes).map((piece) => piece.title);
    expect(titles[0]).toBe('Account map — Procurement office 1, Procurement office 2 (+8 more)');
    expect(titles.slice(1).every((title) => title.startsWith('Account map — Everyone'))).toBe(true);
  });
});
