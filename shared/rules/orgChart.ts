import { hierarchy, tree } from 'd3-hierarchy';
import type { HierarchyPointNode } from 'd3-hierarchy';

/** The size of one org-chart card and the gaps between cards, in layout units (CSS pixels on screen). */
export const ORG_CARD = { width: 208, height: 104, gapX: 24, gapY: 56 } as const;

/** Loners (no manager, no reports) per row at least, so a plan of loners is not one long line. */
const MIN_LONERS_PER_ROW = 6;

/** A reports-to relation: `source` reports to `target`. */
export interface ReportsToLink {
  readonly source: string;
  readonly target: string;
}

/** One card placed on the org chart (top-left corner). */
export interface OrgChartCard {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** 0 for the top of a hierarchy; loners get the row below every hierarchy. */
  readonly row: number;
  readonly loner: boolean;
}

/** The org chart of a plan's stakeholders. */
export interface OrgChartLayout {
  readonly cards: readonly OrgChartCard[];
  /** Manager → report lines that the chart draws (reports-to relations that would close a loop are left out). */
  readonly links: readonly { readonly manager: string; readonly report: string }[];
  readonly width: number;
  readonly height: number;
  /** Each person's manager on the chart. */
  readonly managerOf: ReadonlyMap<string, string>;
  /** Each person's direct reports on the chart, left to right. */
  readonly reportsOf: ReadonlyMap<string, readonly string[]>;
}

/** True when `managerId` already reports, directly or through others, to `reportId` (or is that person). */
export function wouldCreateCycle(managerOf: ReadonlyMap<string, string>, reportId: string, managerId: string): boolean {
  let current: string | undefined = managerId;
  for (let steps = 0; current !== undefined && steps <= managerOf.size; steps += 1) {
    if (current === reportId) return true;
    current = managerOf.get(current);
  }
  return false;
}

/**
 * Each person's one manager: their first reports-to relation to another stakeholder on the chart. A relation
 * that would close a loop (A reports to B reports to A) is skipped, so the chart stays a hierarchy.
 */
export function managersOf(stakeholderIds: readonly string[], reportsTo: readonly ReportsToLink[]): Map<string, string> {
  const known = new Set(stakeholderIds);
  const managerOf = new Map<string, string>();
  for (const link of reportsTo) {
    if (link.source === link.target || !known.has(link.source) || !known.has(link.target) || managerOf.has(link.source)) continue;
    if (wouldCreateCycle(managerOf, link.source, link.target)) continue;
    managerOf.set(link.source, link.target);
  }
  return managerOf;
}

interface TreeDatum {
  id: string;
  children: TreeDatum[];
}

/**
 * Lays out stakeholders top-down from their reports-to relations with d3-hierarchy's tidy tree: managers above
 * their reports, several hierarchies side by side, and people with neither manager nor reports in rows of
 * their own below. Stakeholders keep the order given (the plan's outline order) among siblings.
 */
export function layoutOrgChart(stakeholderIds: readonly string[], reportsTo: readonly ReportsToLink[]): OrgChartLayout {
  const managerOf = managersOf(stakeholderIds, reportsTo);
  const reportsOf = new Map<string, string[]>();
  for (const id of stakeholderIds) {
    const manager = managerOf.get(id);
    if (manager === undefined) continue;
    const reports = reportsOf.get(manager);
    if (reports) reports.push(id);
    else reportsOf.set(manager, [id]);
  }
  const datum = (id: string): TreeDatum => ({ id, children: (reportsOf.get(id) ?? []).map(datum) });
  const tops = stakeholderIds.filter((id) => !managerOf.has(id) && reportsOf.has(id));
  const loners = stakeholderIds.filter((id) => !managerOf.has(id) && !reportsOf.has(id));

  const stepX = ORG_CARD.width + ORG_CARD.gapX;
  const stepY = ORG_CARD.height + ORG_CARD.gapY;
  const cards: OrgChartCard[] = [];
  let treeWidth = 0;
  let treeRows = 0;
  if (tops.length > 0) {
    const root = hierarchy<TreeDatum>({ id: '', children: tops.map(datum) });
    const laidOut = tree<TreeDatum>()
      .nodeSize([stepX, stepY])
      .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(root);
    let minX = Infinity;
    let maxX = -Infinity;
    const placed: HierarchyPointNode<TreeDatum>[] = [];
    laidOut.each((node) => {
      if (node.depth === 0) return;
      placed.push(node);
      minX = Math.min(minX, node.x);
      maxX = Math.max(maxX, node.x);
      treeRows = Math.max(treeRows, node.depth);
    });
    for (const node of placed) {
      cards.push({ id: node.data.id, x: node.x - minX, y: (node.depth - 1) * stepY, row: node.depth - 1, loner: false });
    }
    treeWidth = maxX - minX + ORG_CARD.width;
  }
  const perRow = Math.max(MIN_LONERS_PER_ROW, Math.floor((treeWidth + ORG_CARD.gapX) / stepX));
  loners.forEach((id, index) => {
    const row = treeRows + Math.floor(index / perRow);
    cards.push({ id, x: (index % perRow) * stepX, y: row * stepY, row, loner: true });
  });
  const lonerWidth = loners.length === 0 ? 0 : Math.min(loners.length, perRow) * stepX - ORG_CARD.gapX;
  const rows = treeRows + Math.ceil(loners.length / perRow);
  return {
    cards,
    links: [...managerOf].map(([report, manager]) => ({ manager, report })),
    width: Math.max(treeWidth, lonerWidth),
    height: rows === 0 ? 0 : rows * stepY - ORG_CARD.gapY,
    managerOf,
    reportsOf,
  };
}

/** Where the selection goes on the org chart from a card: up to the manager, down to the first report, or along the row. */
export function orgChartNeighbour(layout: OrgChartLayout, id: string, direction: 'up' | 'down' | 'left' | 'right'): string | undefined {
  if (direction === 'up') return layout.managerOf.get(id);
  if (direction === 'down') return layout.reportsOf.get(id)?.[0];
  const card = layout.cards.find((candidate) => candidate.id === id);
  if (!card) return undefined;
  const row = layout.cards.filter((candidate) => candidate.y === card.y).sort((a, b) => a.x - b.x);
  const index = row.findIndex((candidate) => candidate.id === id);
  return row[index + (direction === 'left' ? -1 : 1)]?.id;
}

/** The plan's stakeholders and reports-to relations, as the org chart takes them (stakeholders by outline order). */
export function orgChartInput(
  nodes: Iterable<{ id: string; kind: string; order: number; label: string }>,
  edges: Iterable<{ kind: string; source: string; target: string }>,
): { stakeholderIds: string[]; reportsTo: ReportsToLink[] } {
  const stakeholders = [...nodes].filter((node) => node.kind === 'stakeholder').sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  const reportsTo = [...edges].filter((edge) => edge.kind === 'reportsTo').map((edge) => ({ source: edge.source, target: edge.target }));
  return { stakeholderIds: stakeholders.map((node) => node.id), reportsTo };
}
