import { edgeKinds } from '../edges.ts';
import { BUYING_ROLE_OPTIONS, SUPPORT_OPTIONS } from '../kinds/stakeholder.ts';
import { SUPPORT_COLORS } from '../kinds/supportColors.ts';
import type { PlanEdge, PlanNode, PlanNodeOf } from '../model.ts';
import { coverageByStakeholder, relationshipLabel } from '../rules/coverage.ts';
import { layoutOrgChart, ORG_CARD, orgChartInput } from '../rules/orgChart.ts';
import { INFLUENCE_AXIS, isRiskyCell, powerMapCell, SUPPORT_AXIS, supportScoreText } from '../rules/powerMap.ts';
import type { MapPicture } from './blockTypes.ts';
import { escapeXml, truncate, wrapText } from './mapText.ts';

const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
const MARGIN = 24;
const INK = '#1b2333';
const MUTED = '#647083';
const LINE = '#c9d1dd';
const NEUTRAL_BAR = '#94a3b8';

/** What the pictures draw from: the plan's nodes and relations as the edition shows them. */
export interface StakeholderPictureInput {
  nodes: readonly PlanNode[];
  edges: readonly PlanEdge[];
  /** The customer edition draws people and reporting lines only: no support, influence, role or coverage. */
  customer: boolean;
}

const roleLabel = (value: string) => BUYING_ROLE_OPTIONS.find((option) => option.value === value)?.label ?? '';
const round = (value: number) => Math.round(value * 10) / 10;

function stakeholdersOf(nodes: readonly PlanNode[]): PlanNodeOf<'stakeholder'>[] {
  return nodes.filter((node): node is PlanNodeOf<'stakeholder'> => node.kind === 'stakeholder');
}

function svgDocument(title: string, width: number, height: number, parts: readonly string[]): MapPicture {
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    ...parts,
    '</svg>',
  ].join('\n');
  return { title, svg, width: round(width), height: round(height) };
}

function text(x: number, y: number, content: string, size: number, extra = ''): string {
  const fill = extra.includes('fill=') ? '' : ` fill="${INK}"`;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}"${fill} ${extra}>${escapeXml(content)}</text>`;
}

/** The support colours with their meaning, in one row. */
function supportLegend(x: number, y: number): string {
  const parts: string[] = [text(x, y + 11, 'Support:', 12, 'font-weight="bold"')];
  let at = x + 58;
  for (const option of SUPPORT_OPTIONS) {
    parts.push(`<rect x="${round(at)}" y="${y}" width="12" height="12" rx="2" fill="${SUPPORT_COLORS[option.value]}"/>`);
    parts.push(text(at + 16, y + 11, option.label, 11));
    at += 22 + option.label.length * 6.2;
  }
  return parts.join('\n');
}

const LEGEND_HEIGHT = 44;

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
  const width = Math.max(layout.width, 560) + MARGIN * 2;
  const height = layout.height + MARGIN * 3 + LEGEND_HEIGHT;
  const at = new Map(layout.cards.map((card) => [card.id, { x: card.x + MARGIN, y: card.y + MARGIN }]));
  const { width: w, height: h, gapY } = ORG_CARD;
  const parts: string[] = [];
  for (const { manager, report } of layout.links) {
    const top = at.get(manager)!;
    const bottom = at.get(report)!;
    const mid = top.y + h + gapY / 2;
    parts.push(`<path d="M${round(top.x + w / 2)},${round(top.y + h)} V${round(mid)} H${round(bottom.x + w / 2)} V${round(bottom.y)}" fill="none" stroke="${edgeKinds.reportsTo.color}" stroke-width="1.5"/>`);
  }
  if (!customer) {
    for (const edge of edges) {
      if (edge.kind !== 'influences') continue;
      const from = at.get(edge.source);
      const to = at.get(edge.target);
      if (!from || !to) continue;
      parts.push(`<line x1="${round(from.x + w / 2)}" y1="${round(from.y + h / 2)}" x2="${round(to.x + w / 2)}" y2="${round(to.y + h / 2)}" stroke="${edgeKinds.influences.color}" stroke-width="1.5" stroke-dasharray="2 4" stroke-linecap="round"/>`);
    }
  }
  for (const card of layout.cards) {
    const person = byId.get(card.id)!;
    const { x, y } = at.get(card.id)!;
    const bar = customer ? NEUTRAL_BAR : (SUPPORT_COLORS[person.data.support] ?? NEUTRAL_BAR);
    const dashed = person.data.placeholder ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<g>`);
    parts.push(`<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" rx="6" fill="#ffffff" stroke="${LINE}"${dashed}/>`);
    parts.push(`<rect x="${round(x)}" y="${round(y)}" width="6" height="${h}" rx="3" fill="${bar}"/>`);
    parts.push(text(x + 14, y + 22, truncate(person.label, w - 24, 14), 14, 'font-weight="bold"'));
    parts.push(text(x + 14, y + 40, truncate(person.data.title || (person.data.placeholder ? 'Placeholder: not yet known' : ''), w - 24, 12), 12, `fill="${MUTED}"`));
    if (!customer) {
      const score = person.data.support === 'unknown' ? '?' : supportScoreText(person.data.support as never);
      parts.push(`<circle cx="${round(x + w - 16)}" cy="${round(y + 17)}" r="10" fill="${bar}"/>`);
      parts.push(text(x + w - 16, y + 21, score, 10, 'fill="#ffffff" font-weight="bold" text-anchor="middle"'));
      const role = person.data.buyingRole === 'unknown' ? 'Role unknown' : roleLabel(person.data.buyingRole);
      const influence = person.data.influence === 'unknown' ? 'influence unknown' : `${person.data.influence} influence`;
      parts.push(text(x + 14, y + 58, truncate(`${role} · ${influence}`, w - 24, 11), 11));
      const links = coverage.get(card.id)?.links ?? [];
      const covered = links.length === 0
        ? 'Not covered'
        : `Covered by ${links.map((link) => `${names.get(link.teamMemberId) ?? ''} (${link.level === 'unknown' ? 'level not set' : relationshipLabel(link.level).toLowerCase()})`).join(', ')}`;
      wrapText(covered, w - 24, 11, 2).forEach((line, at) => {
        parts.push(text(x + 14, y + 76 + at * 14, line, 11, links.length === 0 ? 'fill="#b42318" font-weight="bold"' : `fill="${MUTED}"`));
      });
    }
    parts.push('</g>');
  }
  const legendY = layout.height + MARGIN * 2;
  if (!customer) parts.push(supportLegend(MARGIN, legendY));
  parts.push(text(MARGIN, legendY + (customer ? 11 : 32), customer ? 'Lines show who reports to whom.' : 'Solid lines: reports to. Dotted lines: informal influence. Dashed card: placeholder.', 11, `fill="${MUTED}"`));
  return svgDocument('Org chart', width, height, parts);
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
    if (!cell) unplaced.push(person);
    else cells.set(`${cell.influence}/${cell.support}`, [...(cells.get(`${cell.influence}/${cell.support}`) ?? []), person]);
  }
  const rowHeight = (influence: string) =>
    Math.max(GRID.minRow, GRID.cellPad * 2 + Math.max(...SUPPORT_AXIS.map((support) => (cells.get(`${influence}/${support}`) ?? []).length)) * (GRID.chip + GRID.chipGap));
  const gridWidth = GRID.rowHead + GRID.cellWidth * SUPPORT_AXIS.length;
  const parts: string[] = [];
  let y = MARGIN;
  parts.push(text(MARGIN + 4, y + 16, 'Influence', 11, `fill="${MUTED}"`));
  SUPPORT_AXIS.forEach((support, column) => {
    const label = SUPPORT_OPTIONS.find((option) => option.value === support)!.label;
    parts.push(text(MARGIN + GRID.rowHead + column * GRID.cellWidth + GRID.cellWidth / 2, y + 16, label, 12, 'font-weight="bold" text-anchor="middle"'));
  });
  y += GRID.head;
  for (const influence of INFLUENCE_AXIS) {
    const height = rowHeight(influence);
    parts.push(text(MARGIN + 4, y + height / 2 + 4, influence[0]!.toUpperCase() + influence.slice(1), 12, 'font-weight="bold"'));
    SUPPORT_AXIS.forEach((support, column) => {
      const x = MARGIN + GRID.rowHead + column * GRID.cellWidth;
      const risky = isRiskyCell({ influence, support });
      parts.push(`<rect x="${x}" y="${round(y)}" width="${GRID.cellWidth}" height="${round(height)}" fill="${risky ? '#fdecea' : '#ffffff'}" stroke="${LINE}"/>`);
      (cells.get(`${influence}/${support}`) ?? []).forEach((person, at) => {
        parts.push(chip(person, x + GRID.cellPad, y + GRID.cellPad + at * (GRID.chip + GRID.chipGap), GRID.cellWidth - GRID.cellPad * 2, coverage.get(person.id)?.uncovered ?? true));
      });
    });
    y += height;
  }
  y += 16;
  if (unplaced.length > 0) {
    parts.push(text(MARGIN, y + 12, truncate(`Unplaced (support or influence unknown): ${unplaced.map((person) => person.label).join(', ')}`, gridWidth, 11), 11));
    y += 22;
  }
  parts.push(supportLegend(MARGIN, y));
  parts.push(text(MARGIN, y + 32, 'Shaded: high influence, negative support. Red outline: nobody on our team covers them. Gold: economic buyer.', 11, `fill="${MUTED}"`));
  y += LEGEND_HEIGHT;
  return svgDocument('Power map', Math.max(gridWidth, 600) + MARGIN * 2, y + MARGIN, parts);
}

function chip(person: PlanNodeOf<'stakeholder'>, x: number, y: number, width: number, uncovered: boolean): string {
  const economic = person.data.buyingRole === 'economic-buyer';
  const stroke = uncovered ? '#b42318' : LINE;
  const role = person.data.buyingRole === 'unknown' ? 'Role unknown' : roleLabel(person.data.buyingRole);
  return [
    `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${GRID.chip}" rx="4" fill="${economic ? '#fef3c7' : '#ffffff'}" stroke="${stroke}" stroke-width="${uncovered ? 1.5 : 1}"/>`,
    `<rect x="${round(x)}" y="${round(y)}" width="4" height="${GRID.chip}" rx="2" fill="${SUPPORT_COLORS[person.data.support] ?? NEUTRAL_BAR}"/>`,
    text(x + 8, y + 12, truncate(person.label, width - 12, 10), 10, 'font-weight="bold"'),
    text(x + 8, y + 25, truncate(role, width - 12, 9), 9, `fill="${MUTED}"${economic ? ' font-weight="bold"' : ''}`),
  ].join('\n');
}
