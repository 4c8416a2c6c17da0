import { describe, expect, it } from 'vitest';
import { createFlowModelBuilder } from '../../../renderer/map/flowModel.ts';
import type { CardFacts } from '../../../renderer/map/cardFacts.ts';
import { formatGap, formatMoney as cardMoney } from '../../../renderer/map/format.ts';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { formatMoney } from '../../../shared/document/format.ts';
import { renderHtml } from '../../../shared/document/html.ts';
import { renderMarkdown } from '../../../shared/document/markdown.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { planHealth } from '../../../shared/health.ts';
import type { HealthCheckId } from '../../../shared/health.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import { gapStatus } from '../../../shared/rules/goalBuild.ts';
import { MILESTONE_STATUS_LABELS } from '../../../shared/rules/milestoneStatus.ts';
import { planTree } from '../../../shared/rules/tree.ts';
import { outlineOrder, planTreeText } from '../../../shared/treeText.ts';
import { TODAY, edgeCasePlan, globexPlan } from './plans.ts';

/** The card facts the map shows, from the renderer's own flow-model builder. */
function cardsOf(document: PlanDocument): Map<string, CardFacts> {
  const model = createFlowModelBuilder().build({
    nodes: Object.fromEntries(document.nodes.map((node) => [node.id, node])),
    edges: {},
    selectedNodeIds: [],
    selectedEdgeId: null,
    currency: document.plan.currency,
    growthTarget: document.plan.growthTarget,
    today: TODAY,
  });
  return new Map(model.nodes.map((flow) => [flow.id, flow.data.facts]));
}

const markdownOf = (document: PlanDocument) => renderMarkdown(planBlocks(planOutline(document, { edition: 'internal', today: TODAY }), { includeMap: false }));

/** The rows of the first table under a heading, as plain cells (emphasis, arrows and indents taken off). */
function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#+ /.test(line)) break;
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line.slice(1, -1).split(' | ').map((cell) => cell.replace(/\*\*/g, '').replace(/\u00a0/g, ' ').replace(/^ *↳ /, '').trim());
    if (cells.every((cell) => /^-+:?$/.test(cell))) continue;
    rows.push(cells);
  }
  return rows.slice(1);
}

function row(rows: string[][], label: string): string[] {
  const found = rows.find((cells) => cells[0] === label);
  if (!found) throw new Error(`no row "${label}" in ${JSON.stringify(rows.map((cells) => cells[0]))}`);
  return found;
}

/** Money as the document writes it, with a plain space. */
const money = (value: number | null) => formatMoney(value, 'USD').replace(/\u00a0/g, ' ');

/** The gap as the document's goal-build table words it. */
function documentGap(gap: number | null): string {
  const status = gapStatus(gap);
  if (gap === null || status === null) return '—';
  if (status === 'met') return 'none';
  return status === 'short' ? `${money(gap)} short` : `${money(-gap)} over`;
}

const findingsFor = (document: PlanDocument, check: HealthCheckId) => planHealth(document, TODAY).filter((finding) => finding.check === check);

describe('the Globex case reads 2.9M, 100,000 short, everywhere', () => {
  const document = globexPlan();
  const cards = cardsOf(document);
  const markdown = markdownOf(document);

  it('on the goal card and the account card', () => {
    expect(cards.get('grow')).toMatchObject({ build: 2_900_000, gap: 100_000 });
    expect(cards.get('acc')).toMatchObject({ build: 2_900_000, gap: 100_000, growthTarget: 3_000_000 });
    // What the cards print: "Build $2.9M · $100K short".
    expect(`Build ${cardMoney(2_900_000, 'USD')} · ${formatGap(100_000, 'USD')}`).toBe('Build $2.9M · $100K short');
  });

  it('in the plan check, for the goal and for the plan', () => {
    expect(findingsFor(document, 'goal-build-gap').map((finding) => finding.message)).toEqual([
      'The goal build of "Grow Globex by 3.0M" adds up to 2,900,000, 100,000 short of its target of 3,000,000.',
      "The goals add up to 2,900,000, 100,000 short of the plan's growth target of 3,000,000.",
    ]);
  });

  it('in the Markdown goal-build table and sentence, with no contradicting total row', () => {
    const rows = tableUnder(markdown, 'Objectives and the goal build');
    expect(row(rows, 'Grow Globex by 3.0M').slice(2)).toEqual(['USD 3,000,000', 'USD 2,900,000', '97%', 'USD 100,000 short']);
    expect(row(rows, 'Whole plan (growth target)').slice(2)).toEqual(['USD 3,000,000', 'USD 2,900,000', '97%', 'USD 100,000 short']);
    expect(rows.map((cells) => cells[5])).not.toContain('none');
    expect(markdown.replace(/\u00a0/g, ' ')).toContain(
      'Renew the platform USD 1,200,000 + Expand into APAC USD 1,000,000 + Launch analytics USD 700,000 = USD 2,900,000, USD 100,000 short of the growth target of USD 3,000,000.',
    );
    expect(markdown).not.toContain('Goal build total');
  });

  it('in the HTML document and the CLI outline', () => {
    const html = renderHtml(planBlocks(planOutline(document, { edition: 'internal', today: TODAY }), { includeMap: false }), { paper: 'a4', title: 'Globex' });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Grow Globex by 3.0M Signed annual value USD 3,000,000 USD 2,900,000 97% USD 100,000 short');
    expect(text).toContain('Whole plan (growth target) USD 3,000,000 USD 2,900,000 97% USD 100,000 short');
    const outline = planTreeText(document, TODAY);
    expect(outline).toContain('Goal build: 2,900,000 USD, 100,000 USD short (growth target)');
    expect(outline).toContain('Goal: Grow Globex by 3.0M (target 3,000,000 USD, Signed annual value, build 2,900,000 USD, 100,000 USD short)');
  });
});

describe('cards, plan check and document say the same on every edge case', () => {
  const document = edgeCasePlan();
  const cards = cardsOf(document);
  const markdown = markdownOf(document);
  const outline = planOutline(document, { edition: 'internal', today: TODAY });
  const labelOf = (id: string) => document.nodes.find((node) => node.id === id)!.label;
  const idsOfKind = (kind: string) => document.nodes.filter((node) => node.kind === kind).map((node) => node.id);

  it('goal build: every goal row and the plan row show the card’s build and gap; the plan check flags exactly the gaps', () => {
    const rows = tableUnder(markdown, 'Objectives and the goal build');
    const flagged = new Set(findingsFor(document, 'goal-build-gap').filter((finding) => finding.message.startsWith('The goal build of')).map((finding) => finding.nodeIds[0]));
    for (const id of idsOfKind('goal')) {
      const facts = cards.get(id)!;
      const cells = row(rows, labelOf(id));
      expect(cells[3], `${id} build`).toBe(facts.build === null ? '—' : money(facts.build));
      expect(cells[5], `${id} gap`).toBe(documentGap(facts.gap));
      expect(flagged.has(id), `${id} flagged`).toBe(facts.gap !== null && facts.gap !== 0);
    }
    expect(cards.get('gA')).toMatchObject({ build: 900_000, gap: 100_000 });
    expect(cards.get('gA1')).toMatchObject({ build: 300_000, gap: null });
    expect(cards.get('gC')).toMatchObject({ build: 120_000, gap: -20_000 });
    const account = cards.get('acc')!;
    expect(account).toMatchObject({ build: 1_020_000, gap: -20_000 });
    const plan = row(rows, 'Whole plan (growth target)');
    expect([plan[3], plan[5]]).toEqual([money(account.build), documentGap(account.gap)]);
    expect(findingsFor(document, 'goal-build-gap').find((finding) => finding.message.startsWith('The goals add up'))?.message).toBe(
      "The goals add up to 1,020,000, 20,000 over the plan's growth target of 1,000,000.",
    );
  });

  it('milestones: the card’s status is the document’s, and the plan check reports the behind and missed ones', () => {
    const rows = tableUnder(markdown, 'Milestones');
    const behind = new Set(findingsFor(document, 'milestone-behind').flatMap((finding) => finding.nodeIds));
    const missed = new Set(findingsFor(document, 'milestone-missed').flatMap((finding) => finding.nodeIds));
    const statuses = Object.fromEntries(idsOfKind('milestone').map((id) => [id, cards.get(id)!.milestone]));
    expect(statuses).toEqual({ m1: 'on-track', m2: 'behind', m3: 'behind', m4: 'missed', m5: 'achieved', m6: 'on-track', m7: 'no-target' });
    for (const id of idsOfKind('milestone')) {
      const status = cards.get(id)!.milestone!;
      expect(row(rows, labelOf(id))[5], id).toBe(MILESTONE_STATUS_LABELS[status]);
      expect(outline.dashboard.milestones.find((entry) => entry.node.id === id)?.status).toBe(status);
      expect(behind.has(id), `${id} behind`).toBe(status === 'behind');
      expect(missed.has(id), `${id} missed`).toBe(status === 'missed');
    }
  });

  it('actions: overdue and outside-horizon flags agree on the card, in the plan check and in the document', () => {
    const rows = [...tableUnder(markdown, 'Next 90 days'), ...tableUnder(markdown, 'Next 12 months')];
    const overdue = new Set(findingsFor(document, 'overdue-action').flatMap((finding) => finding.nodeIds));
    const outside = new Set(findingsFor(document, 'action-outside-horizon').flatMap((finding) => finding.nodeIds));
    const flags = Object.fromEntries(idsOfKind('action').map((id) => [id, [cards.get(id)!.overdue, cards.get(id)!.outsideHorizon]]));
    expect(flags).toEqual({ a1: [true, false], a2: [false, false], a3: [false, true], a4: [false, false], a5: [false, true], a6: [false, false] });
    for (const id of idsOfKind('action')) {
      const facts = cards.get(id)!;
      const due = row(rows, labelOf(id))[2]!;
      expect(due.endsWith('OVERDUE'), `${id} overdue in the document`).toBe(facts.overdue);
      expect(due.endsWith('OUTSIDE HORIZON'), `${id} outside in the document`).toBe(facts.outsideHorizon);
      expect(overdue.has(id), `${id} overdue in the plan check`).toBe(facts.overdue);
      expect(outside.has(id), `${id} outside in the plan check`).toBe(facts.outsideHorizon);
    }
    expect(markdown).toContain('**2 actions are due after the horizon they are filed under**');
  });

  it('stale contacts: over 90 days on the card, in the plan check and in the document; 90 days is not', () => {
    const rows = tableUnder(markdown, 'Relationship health');
    const stale = new Set(findingsFor(document, 'stale-contact').flatMap((finding) => finding.nodeIds));
    for (const id of idsOfKind('stakeholder')) {
      const facts = cards.get(id)!;
      expect(row(rows, labelOf(id)).at(-1)!.endsWith('over 90 days'), id).toBe(facts.staleContact);
      expect(stale.has(id), id).toBe(facts.staleContact);
    }
    expect(cards.get('s1')!.staleContact).toBe(true);
    expect(cards.get('s2')!.staleContact).toBe(false);
  });

  it('siblings of equal order come in one order (by id) in the document, the outline text and the tree, whatever the load order', () => {
    const shuffled = { ...document, nodes: [...document.nodes].reverse() };
    expect(markdownOf(shuffled)).toBe(markdown);
    expect(planTreeText(shuffled, TODAY)).toBe(planTreeText(document, TODAY));
    const byTree = planTree(document.nodes).ordered.map((node) => node.id);
    expect(outlineOrder(shuffled.nodes).map(({ node }) => node.id)).toEqual(byTree);
    // All milestones have order 0 under the account: the document lists them by id, as the tree does.
    expect(tableUnder(markdown, 'Milestones').map((cells) => cells[0])).toEqual(idsOfKind('milestone').sort().map(labelOf));
    expect(byTree.filter((id) => id.startsWith('m'))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  });
});
