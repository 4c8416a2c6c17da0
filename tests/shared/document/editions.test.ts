import { describe, expect, it } from 'vitest';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { customerView } from '../../../shared/document/editions.ts';
import { renderMarkdown } from '../../../shared/document/markdown.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { accountSchema } from '../../../shared/account.ts';
import { edgeKindOf } from '../../../shared/edges.ts';
import { kindOf } from '../../../shared/kinds/index.ts';
import { planSchema } from '../../../shared/plan.ts';
import { TODAY, hostileDocument, sampleDocument } from './fixtures.ts';
import { smallPlan } from './smallPlan.ts';

describe('customer edition', () => {
  it('drops internal nodes with their subtree, competitors, SWOT and relations touching them', () => {
    const view = customerView(hostileDocument());
    const ids = new Set(view.nodes.map((node) => node.id));
    expect(ids.has('secret')).toBe(false);
    expect(ids.has('secretChild')).toBe(false);
    expect(view.nodes.some((node) => node.kind === 'competitor' || node.kind === 'swot')).toBe(false);
    for (const edge of view.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(['influences', 'competesFor']).not.toContain(edge.kind);
    }
  });

  it('resets every internal field and strips internal relation data, leaving the original untouched', () => {
    const original = smallPlan();
    const view = customerView(original);
    for (const node of view.nodes) {
      const definition = kindOf(node.kind);
      for (const key of definition.internalFields) {
        expect((node.data as Record<string, unknown>)[key]).toEqual(definition.defaults()[key]);
      }
    }
    expect(view.edges.find((edge) => edge.kind === 'covers')?.data).toEqual({ strength: 'unknown' });
    expect(view.account.notes).toBe('');
    expect(original.nodes.find((node) => node.id === 's1')?.data).toMatchObject({ support: 'enemy' });
  });

  it('empties the internal account and plan fields and keeps every record valid for its type', () => {
    const original = sampleDocument();
    const view = customerView(original);
    expect(view.plan.growthTarget).toBeNull();
    expect(view.account.tierCriteria).toEqual([]);
    expect(view.account.notes).toBe('');
    expect(view.account.name).toBe(original.account.name);
    expect(original.plan.growthTarget).not.toBeNull();
    expect(() => accountSchema.parse(view.account)).not.toThrow();
    expect(() => planSchema.parse(view.plan)).not.toThrow();
    for (const node of view.nodes) expect(() => kindOf(node.kind).schema.parse(node.data), node.label).not.toThrow();
    for (const edge of view.edges) expect(edgeKindOf(edge.kind).fields.every((field) => field.key in edge.data)).toBe(true);
    // Goal amounts, deal figures and milestones marked internal are gone from the data, not only from the page.
    for (const node of view.nodes) {
      if (node.kind === 'goal') expect([node.data.target, node.data.achieved]).toEqual([null, null]);
      if (node.kind === 'opportunity') expect([node.data.value, node.data.probability]).toEqual([null, null]);
      expect(node.kind).not.toBe('milestone');
    }
  });

  it('shows a milestone marked customer-visible, without its adjustment', () => {
    const original = sampleDocument();
    const shared = original.nodes.find((node) => node.label === 'EMEA pilot hubs live');
    if (!shared) throw new Error('sample has no EMEA milestone');
    const document = { ...original, nodes: original.nodes.map((node) => (node === shared ? { ...node, internal: false } : node)) };
    const text = renderMarkdown(planBlocks(planOutline(document, { edition: 'customer', today: TODAY })));
    expect(text).toContain('### Shared milestones');
    expect(text).toContain('EMEA pilot hubs live');
    expect(text).not.toContain('Renewal signed');
    expect(text).not.toContain('Adjustment');
  });

  it('prints none of the internal material', () => {
    const text = renderMarkdown(planBlocks(planOutline(hostileDocument(), { edition: 'customer', today: TODAY })));
    for (const secret of [
      'RouteMax Systems',
      'FleetPulse',
      'Six-year delivery record',
      'Budget freeze',
      'Mentor',
      'Enemy',
      'Supporter',
      'Trusted advisor',
      'Last contact',
      'Met once at the customer summit',
      'RFP issued by procurement',
      'Walk-away price',
      'Hidden Informant',
      'Fictional sample account',
      'influences',
      'Blocker',
      'Champion',
      'Gatekeeper',
      'Influence',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).toContain('Customer edition');
    expect(text).toContain('Dana Whitfield');
  });

  it('keeps everything in the internal edition', () => {
    const text = renderMarkdown(planBlocks(planOutline(sampleDocument(), { edition: 'internal', today: TODAY })));
    for (const item of ['RouteMax Systems', 'Six-year delivery record', '+2 Mentor', 'Trusted advisor', 'Met once at the customer summit']) {
      expect(text, item).toContain(item);
    }
  });
});
