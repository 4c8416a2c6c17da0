import { edgeKinds } from '../edges.ts';
import { BUYING_ROLE_OPTIONS, SUPPORT_OPTIONS } from '../kinds/stakeholder.ts';
import { SUPPORT_COLORS } from '../kinds/supportColors.ts';
import type { PlanEdge, PlanNode, PlanNodeOf } from '../model.ts';
import { coverageByStakeholder, relationshipLabel } from '../rules/coverage.ts';
import { layoutOrgChart, ORG_CARD, orgChartInput } from '../rules/orgChart.ts';
import { INFLUENCE_AXIS, isRiskyCell, powerMapCell, SUPPORT_AXIS, supportScoreText } from '../rules/powerMap.ts';
import type { MapPicture } from './blockTypes.ts';
import { Diagram } from './diagram.ts';
import { truncate, wrapText } from './mapText.ts';

const MARGIN = 24;
const MUTED = '#647083';
const LINE = '#c9d1dd';
const DANGER = '#b42318';
const NEUTRAL_BAR = '#94a3b8';
const LEGEND_HEIGHT = 44;

/** What the pictures draw from: the plan's nodes and relations as the edition shows them. */
export interface StakeholderPictureInput {
  nodes: readonly PlanNode[];
  edges: readonly PlanEdge[];
  /** The customer edition draws people and reporting lines only: no support, influence, role or coverage. */
  customer: boolean;
}

const roleLabel = (value: string) => (value === 'unknown' ? 'Role unknown' : (BUYING_ROLE_OPTIONS.find((option) => option.value === value)?.label ?? ''));

function stakeholdersOf(nodes: readonly PlanNode[]): PlanNodeOf<'stakeholder'>[] {
  return nodes.filter((node): node is PlanNodeOf<'stakeholder'> => node.kind === 'stakeholder');
}

/** The support colours with their meaning, in one row. */
function supportLegend(diagram: Diagram, x: number, y: number): void {
  diagram.text(x, y + 11, 'Support:', 12, { bold: true, width: 56 });
  let at = x + 58;
  for (const option of SUPPORT_OPTIONS) {
    const width = option.label.length * 6.2;
    diagram.rect(at, y, 12, 12, SUPPORT_COLORS[option.value]!, { rx: 2 });
    diagram.text(at + 16, y + 11, option.label, 11, { width: width + 4 });
    at += 22 + width;
  }
}

/**
 * The org chart as a picture: the same tidy tree as the org chart view (shared/rules/orgChart.ts), each card
 * coloured by support with buying role, influence and coverage; reporting lines solid, informal influence dotted.
 * The customer edition shows names, job titles and reporting lines only.
 */
export function orgChartPicture({ nodes, edges, customer }: StakeholderPictureInput): MapPicture | null {
  const people = stakeholdersOf(nodes);
  if (people.length === 0) return null;
  const byId = new Map(people.map((node) => [node.id, node]));
  const { stakeholderIds, reportsTo } = orgChartInput(people, edges);
  const layout = layoutOrgChart(stakeholderIds, reportsTo);
  const coverage = coverageByStakeholder(nodes, edges);
  const names = new Map(nodes.map((node) => [node.id, node.label]));
  const at = new Map(layout.cards.map((card) => [card.id, { x: card.x + MARGIN, y: card.y + MARGIN }]));
  const { width: w, height: h, gapY } = ORG_CARD;
  const diagram = new Diagram();
  for (const { manager, report } of layout.links) {
    const top = at.get(manager)!;
    const bottom = at.get(report)!;
    diagram.elbow(top.x + w / 2, top.y + h, top.y + h + gapY / 2, bottom.x + w / 2, bottom.y, edgeKinds.reportsTo.color, 1.5);
  }
  if (!customer) {
    for (const edge of edges) {
      const from = edge.kind === 'influences' ? at.get(edge.source) : undefined;
      const to = edge.kind === 'influences' ? at.get(edge.target) : undefined;
      if (from && to) diagram.line(from.x + w / 2, from.y + h / 2, to.x + w / 2, to.y + h / 2, edgeKinds.influences.color, 1.5, 'dot');
    }
  }
  for (const card of layout.cards) {
    const person = byId.get(card.id)!;
    const { x, y } = at.get(card.id)!;
    const bar = customer ? NEUTRAL_BAR : (SUPPORT_COLORS[person.data.support] ?? NEUTRAL_BAR);
    diagram.rect(x, y, w, h, '#ffffff', { stroke: LINE, dashed: person.data.placeholder, rx: 6 });
    diagram.rect(x, y, 6, h, bar, { rx: 3 });
    const textWidth = w - 24;
    diagram.text(x + 14, y + 22, truncate(person.label, customer ? textWidth : textWidth - 22, 14), 14, { bold: true, width: textWidth - 22 });
    const title = person.data.title || (person.data.placeholder ? 'Placeholder: not yet known' : '');
    if (title) diagram.text(x + 14, y + 40, truncate(title, textWidth, 12), 12, { color: MUTED, width: textWidth });
    if (customer) continue;
    const score = person.data.support === 'unknown' ? '?' : supportScoreText(person.data.support as never);
    diagram.circle(x + w - 16, y + 17, 10, bar);
    diagram.text(x + w - 16, y + 21, score, 10, { color: '#ffffff', bold: true, anchor: 'middle', width: 20 });
    const influence = person.data.influence === 'unknown' ? 'influence unknown' : `${person.data.influence} influence`;
    diagram.text(x + 14, y + 58, truncate(`${roleLabel(person.data.buyingRole)} · ${influence}`, textWidth, 11), 11, { width: textWidth });
    const links = coverage.get(card.id)?.links ?? [];
    const covered = links.length === 0
      ? 'Not covered'
      : `Covered by ${links.map((link) => `${names.get(link.teamMemberId) ?? ''} (${link.level === 'unknown' ? 'level not set' : relationshipLabel(link.level).toLowerCase()})`).join(', ')}`;
    wrapText(covered, textWidth, 11, 2).forEach((line, index) => {
      diagram.text(x + 14, y + 76 + index * 14, line, 11, links.length === 0 ? { color: DANGER, bold: true, width: textWidth } : { color: MUTED, width: textWidth });
    });
  }
  const legendY = layout.height + MARGIN * 2;
  const legendWidth = Math.max(layout.width, 560);
  if (customer) diagram.text(MARGIN, legendY + 11, 'Lines show who reports to whom.', 11, { color: MUTED, width: legendWidth });
  else {
    supportLegend(diagram, MARGIN, legendY);
    diagram.text(MARGIN, legendY + 32, 'Solid lines: reports to. Dotted lines: informal influence. Dashed card: placeholder.', 11, { color: MUTED, width: legendWidth });
  }
  return diagram.picture('Org chart', legendWidth + MARGIN * 2, layout.height + MARGIN * 3 + LEGEND_HEIGHT);
}

const GRID = { rowHead: 64, cellWidth: 124, head: 26, chip: 30, chipGap: 4, cellPad: 6, minRow: 60 } as const;

/** The power map as a picture: support −2 … +2 across, influence high to low down, the risky corner shaded. */
export function powerMapPicture({ nodes, edges }: Omit<StakeholderPictureInput, 'customer'>): MapPicture | null {
  const people = stakeholdersOf(nodes);
  if (people.length === 0) return null;
  const coverage = coverageByStakeholder(nodes, edges);
  const cells = new Map<string, PlanNodeOf<'stakeholder'>[]>();
  const unplaced: PlanNodeOf<'stakeholder'>[] = [];
  for (const person of people) {
    const cell = powerMapCell(person.data);
    const key = cell ? `${cell.influence}/${cell.support}` : '';
    if (!cell) unplaced.push(person);
    else cells.set(key, [...(cells.get(key) ?? []), person]);
  }
  const rowHeight = (influence: string) =>
    Math.max(GRID.minRow, GRID.cellPad * 2 + Math.max(...SUPPORT_AXIS.map((support) => (cells.get(`${influence}/${support}`) ?? []).length)) * (GRID.chip + GRID.chipGap));
  const gridWidth = GRID.rowHead + GRID.cellWidth * SUPPORT_AXIS.length;
  const diagram = new Diagram();
  let y = MARGIN;
  diagram.text(MARGIN + 4, y + 16, 'Influence', 11, { color: MUTED, width: GRID.rowHead - 4 });
  SUPPORT_AXIS.forEach((support, column) => {
    const label = SUPPORT_OPTIONS.find((option) => option.value === support)!.label;
    diagram.text(MARGIN + GRID.rowHead + column * GRID.cellWidth + GRID.cellWidth / 2, y + 16, label, 12, { bold: true, anchor: 'middle', width: GRID.cellWidth });
  });
  y += GRID.head;
  for (const influence of INFLUENCE_AXIS) {
    const height = rowHeight(influence);
    diagram.text(MARGIN + 4, y + height / 2 + 4, influence[0]!.toUpperCase() + influence.slice(1), 12, { bold: true, width: GRID.rowHead - 4 });
    SUPPORT_AXIS.forEach((support, column) => {
      const x = MARGIN + GRID.rowHead + column * GRID.cellWidth;
      diagram.rect(x, y, GRID.cellWidth, height, isRiskyCell({ influence, support }) ? '#fdecea' : '#ffffff', { stroke: LINE });
      (cells.get(`${influence}/${support}`) ?? []).forEach((person, index) => {
        chip(diagram, person, x + GRID.cellPad, y + GRID.cellPad + index * (GRID.chip + GRID.chipGap), GRID.cellWidth - GRID.cellPad * 2, coverage.get(person.id)?.uncovered ?? true);
      });
    });
    y += height;
  }
  y += 16;
  if (unplaced.length > 0) {
    diagram.text(MARGIN, y + 12, truncate(`Unplaced (support or influence unknown): ${unplaced.map((person) => person.label).join(', ')}`, gridWidth, 11), 11, { width: gridWidth });
    y += 22;
  }
  supportLegend(diagram, MARGIN, y);
  diagram.text(MARGIN, y + 32, 'Shaded: high influence, negative support. Red outline: nobody on our team covers them. Gold: economic buyer.', 11, { color: MUTED, width: gridWidth });
  y += LEGEND_HEIGHT;
  return diagram.picture('Power map', Math.max(gridWidth, 600) + MARGIN * 2, y + MARGIN);
}

function chip(diagram: Diagram, person: PlanNodeOf<'stakeholder'>, x: number, y: number, width: number, uncovered: boolean): void {
  const economic = person.data.buyingRole === 'economic-buyer';
  diagram.rect(x, y, width, GRID.chip, economic ? '#fef3c7' : '#ffffff', { stroke: uncovered ? DANGER : LINE, strokeWidth: uncovered ? 1.5 : 1, rx: 4 });
  diagram.rect(x, y, 4, GRID.chip, SUPPORT_COLORS[person.data.support] ?? NEUTRAL_BAR, { rx: 2 });
  diagram.text(x + 8, y + 12, truncate(person.label, width - 12, 10), 10, { bold: true, width: width - 10 });
  diagram.text(x + 8, y + 25, truncate(roleLabel(person.data.buyingRole), width - 12, 9), 9, { color: MUTED, bold: economic, width: width - 10 });
}
