import type { PlanNodeOf } from '../../model.ts';
import type { Block, ListItem, MapPicture, Run } from '../blockTypes.ts';
import { column, detailItems, nestedList, details, fieldColumns, heading, nothingYet, plain, strong, table } from '../blockKit.ts';
import { NONE, fieldText, joinNames } from '../format.ts';
import { kinds } from '../../kinds/index.ts';
import { STALE_CONTACT_DAYS } from '../../rules/contacts.ts';
import { inEdition } from '../editions.ts';
import type { CoverageLink, OrgChartEntry, PlanOutline } from '../outlineTypes.ts';
import { orgChartPicture, powerMapPicture } from '../stakeholderPictures.ts';
import { INFLUENCE_AXIS, powerMapCell, SUPPORT_AXIS, supportScoreText } from '../../rules/powerMap.ts';
import { coverageByStakeholder, relationshipLabel } from '../../rules/coverage.ts';
import { depthFirst } from '../walk.ts';

/** Section 2 blocks: needs by priority, stakeholders, relationship health, team coverage and the org chart. */
export function needsBlocks(outline: PlanOutline): Block[] {
  return [...needBlocks(outline), ...stakeholderBlocks(outline), ...coverageBlocks(outline), ...orgChartBlocks(outline), ...powerMapBlocks(outline)];
}

function needBlocks(outline: PlanOutline): Block[] {
  const blocks: Block[] = [heading(2, inEdition(outline.edition, { internal: 'Customer needs by priority', customer: 'Your needs by priority' }), 'needs-needs')];
  const { needs } = outline.needs;
  if (needs.length === 0) return [...blocks, nothingYet('No needs on the map yet.')];
  const fields = fieldColumns<PlanNodeOf<'need'>>('need', ['priority', 'category'], outline.edition, outline.currency);
  const roi = fieldColumns<PlanNodeOf<'need'>>('need', ['roiMeasure', 'confirmed'], outline.edition, outline.currency, {
    roiMeasure: 2,
  });
  blocks.push(
    table(
      [column('Need', { weight: 2.4 }), ...fields.map((f) => f.column), column(inEdition(outline.edition, { internal: 'Who has it', customer: 'Raised by' }), { weight: 1.4 }), ...roi.map((f) => f.column)],
      needs.map(({ node, heldBy }) => [
        strong(node.label),
        ...fields.map((f) => f.cell(node)),
        plain(joinNames(heldBy)),
        ...roi.map((f) => f.cell(node)),
      ]),
    ),
    ...details('Notes on needs', detailItems('need', needs.map((need) => need.node), ['notes'], outline.edition)),
  );
  return blocks;
}

function coverageText(links: CoverageLink[]): string {
  if (links.length === 0) return NONE;
  return links.map((link) => (link.strength ? `${link.name} (${link.strength})` : link.name)).join(', ');
}

function stakeholderBlocks(outline: PlanOutline): Block[] {
  const blocks: Block[] = [heading(2, inEdition(outline.edition, { internal: 'Key stakeholders', customer: 'The people we work with' }), 'needs-stakeholders')];
  const { stakeholders } = outline.needs;
  if (stakeholders.length === 0) return [...blocks, nothingYet('No stakeholders on the map yet.')];
  const { edition, currency } = outline;
  const roles = fieldColumns<PlanNodeOf<'stakeholder'>>('stakeholder', ['buyingRole', 'influence', 'support'], edition, currency);
  const titleOf = (node: PlanNodeOf<'stakeholder'>) =>
    [node.data.title, node.data.department].map((part) => part.trim()).filter(Boolean).join(', ') || NONE;
  blocks.push(
    table(
      [column('Name', { weight: 1.3 }), column('Job title', { weight: 1.5 }), ...roles.map((f) => f.column), column(inEdition(edition, { internal: 'Covered by', customer: 'Our contact' }), { weight: 1.4 })],
      stakeholders.map(({ node, coveredBy }) => [
        strong(node.label),
        plain(titleOf(node)),
        ...roles.map((f) => f.cell(node)),
        plain(coveredBy.length > 0 ? joinNames(coveredBy.map((link) => link.name)) : NONE),
      ]),
    ),
  );
  const health = fieldColumns<PlanNodeOf<'stakeholder'>>('stakeholder', ['relationship', 'coverage', 'lastContact'], edition, currency);
  if (health.length > 0) {
    const lastContact = kinds.stakeholder.field('lastContact');
    blocks.push(
      heading(3, 'Relationship health', 'needs-relationship-health'),
      table(
        [column('Name', { weight: 1.3 }), ...health.map((f) => f.column)],
        stakeholders.map(({ node, staleContact }) => [
          strong(node.label),
          ...health.map((f) =>
            f.key === 'lastContact' && staleContact
              ? [{ text: fieldText(lastContact, node.data.lastContact, currency) }, { text: ` — over ${STALE_CONTACT_DAYS} days`, strong: true }]
              : f.cell(node),
          ),
        ]),
      ),
    );
  }
  blocks.push(
    ...details('Notes on stakeholders', detailItems('stakeholder', stakeholders.map((s) => s.node), ['notes'], edition)),
  );
  return blocks;
}

function coverageBlocks(outline: PlanOutline): Block[] {
  const blocks: Block[] = [heading(2, inEdition(outline.edition, { internal: "Our team's coverage", customer: 'Your contacts on our team' }), 'needs-coverage')];
  const { coverage } = outline.needs;
  if (coverage.length === 0) return [...blocks, nothingYet('No team members on the map yet.')];
  const fields = fieldColumns<PlanNodeOf<'teamMember'>>('teamMember', ['function'], outline.edition, outline.currency);
  const anyStrength = coverage.some((entry) => entry.covers.some((link) => link.strength));
  blocks.push(
    table(
      [
        column('Team member', { weight: 1.2 }),
        ...fields.map((f) => f.column),
        column(anyStrength ? 'Covers (relationship strength)' : inEdition(outline.edition, { internal: 'Covers', customer: 'Works with' }), { weight: 2.6 }),
      ],
      coverage.map(({ member, covers }) => [strong(member.label), ...fields.map((f) => f.cell(member)), plain(coverageText(covers))]),
    ),
  );
  if (outline.edition !== 'customer') blocks.push(...coverageMatrix(outline));
  return blocks;
}

/** Team members the coverage matrix has room for (one column each). */
const MAX_MATRIX_MEMBERS = 10;

/** The coverage view as a table: our people across, theirs down, each cell our relationship level (internal only). */
function coverageMatrix(outline: PlanOutline): Block[] {
  const members = outline.needs.coverage.map((entry) => entry.member);
  const people = outline.needs.stakeholders.map((entry) => entry.node);
  if (members.length === 0 || people.length === 0) return [];
  const coverage = coverageByStakeholder(outline.map.nodes, outline.map.edges);
  // A column per team member: past a page's width the table above (who covers whom, per team member) says it better.
  if (members.length > MAX_MATRIX_MEMBERS) return [];
  return [
    heading(3, 'Coverage by team member', 'needs-coverage-matrix'),
    table(
      [column('Stakeholder', { weight: 1.4 }), ...members.map((member) => column(member.label))],
      people.map((person) => {
        const links = coverage.get(person.id)?.links ?? [];
        return [
          strong(person.label),
          ...members.map((member) => {
            const link = links.find((candidate) => candidate.teamMemberId === member.id);
            return plain(!link ? NONE : link.level === 'unknown' ? 'Level not set' : relationshipLabel(link.level));
          }),
        ];
      }),
    ),
  ];
}

function orgChartBlocks(outline: PlanOutline): Block[] {
  const { orgChart, influences } = outline.needs;
  if (orgChart.length === 0 && influences.length === 0) return [];
  const blocks: Block[] = [heading(2, 'Org chart', 'needs-org-chart')];
  const roleField = kinds.stakeholder.field('buyingRole');
  const line = ({ item: entry, depth }: { item: OrgChartEntry; depth: number }) => {
    const role = entry.node.data.buyingRole === 'unknown' ? '' : fieldText(roleField, entry.node.data.buyingRole, '');
    const runs: Run[] = [{ text: entry.node.label, strong: true }];
    const about = [entry.node.data.title.trim(), role].filter(Boolean).join(', ');
    if (about) runs.push({ text: ` — ${about}` });
    return { runs, depth };
  };
  if (orgChart.length > 0) blocks.push({ type: 'list', items: nestedList(depthFirst(orgChart, (entry) => entry.reports).map(line)) });
  if (influences.length > 0) {
    blocks.push(
      { type: 'paragraph', runs: [{ text: 'Informal influence', strong: true }] },
      {
        type: 'list',
        items: influences.map((line) => ({
          runs: [{ text: line.from, strong: true }, { text: ' influences ' }, { text: line.to, strong: true }],
        })),
      },
    );
  }
  const picture = orgChartPicture({ nodes: outline.map.nodes, edges: outline.map.edges, customer: outline.edition === 'customer' });
  if (picture) {
    blocks.push(pictureBlock(picture, inEdition(outline.edition, {
      internal: 'Cards coloured by support (−2 red to +2 green), with buying role, influence and who on our team covers them; dotted lines are informal influence.',
      customer: 'The people we work with and their reporting lines.',
    })));
  }
  return blocks;
}

/** Pictures drawn from the plan (org chart, power map) as a picture block; its text outline is the list before it. */
function pictureBlock(picture: MapPicture, legend: string): Block {
  return { type: 'map', pictures: [picture], tree: [], legend };
}

/** The power map picture: internal only (support and influence are our reading of their people). */
function powerMapBlocks(outline: PlanOutline): Block[] {
  if (outline.edition === 'customer') return [];
  const picture = powerMapPicture({ nodes: outline.map.nodes, edges: outline.map.edges });
  if (!picture) return [];
  return [
    heading(2, 'Power map', 'needs-power-map'),
    {
      type: 'map',
      pictures: [picture],
      tree: powerMapOutline(outline),
      legend: 'Support from −2 (enemy) to +2 (mentor) across, influence from high to low down; the shaded corner is high influence with negative support.',
    },
  ];
}

/** The power map in words, cell by cell (the text formats' outline of the picture). */
function powerMapOutline(outline: PlanOutline): ListItem[] {
  const people = outline.needs.stakeholders.map((entry) => entry.node);
  const items: ListItem[] = [];
  for (const influence of INFLUENCE_AXIS) {
    for (const support of SUPPORT_AXIS) {
      const here = people.filter((person) => {
        const cell = powerMapCell(person.data);
        return cell?.influence === influence && cell.support === support;
      });
      if (here.length > 0) items.push({ runs: [{ text: `Influence ${influence}, support ${supportScoreText(support)}: `, strong: true }, { text: joinNames(here.map((person) => person.label)) }] });
    }
  }
  const unplaced = people.filter((person) => powerMapCell(person.data) === null);
  if (unplaced.length > 0) items.push({ runs: [{ text: 'Unplaced: ', strong: true }, { text: joinNames(unplaced.map((person) => person.label)) }] });
  return items;
}
