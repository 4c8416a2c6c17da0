import { PLAN_SECTIONS } from '../kinds/index.ts';
import type { PlanSectionId } from '../kinds/index.ts';
import { kindOf } from '../kinds/index.ts';
import type { PlanNode } from '../model.ts';
import type { Block, Run } from './blockTypes.ts';
import { showsPlanField } from './editions.ts';
import { fact, heading, nestedList, paragraph, textParagraphs } from './blockKit.ts';
import { formatDate, formatMoney, formatPeriod } from './format.ts';
import { mapPictures } from './mapPictures.ts';
import type { MapPage } from './mapPictures.ts';
import type { OutlineNote, PlanOutline } from './outlineTypes.ts';
import { indexPlan } from './planIndex.ts';
import { actionsBlocks } from './sectionBlocks/actions.ts';
import { dashboardBlocks } from './sectionBlocks/dashboard.ts';
import { goalsBlocks } from './sectionBlocks/goals.ts';
import { needsBlocks } from './sectionBlocks/needs.ts';
import { profileBlocks } from './sectionBlocks/profile.ts';
import { teamBlocks } from './sectionBlocks/team.ts';

const SECTION_BLOCKS = {
  profile: profileBlocks,
  needs: needsBlocks,
  goals: goalsBlocks,
  actions: actionsBlocks,
  team: teamBlocks,
  dashboard: dashboardBlocks,
} satisfies Record<PlanSectionId, (outline: PlanOutline) => Block[]>;

/** Id of the map's heading. */
export const MAP_HEADING_ID = 'account-map';

/** Options of the block list. */
export interface BlockOptions {
  /** Leave the map picture out (the outline of the map stays in text formats). */
  includeMap?: boolean;
  /** The area the map pictures are shown in (a slide rather than a page); the pictures are cut to fit it. */
  mapPage?: MapPage;
  /** Draw the map pictures (false for formats that show only the map's outline, such as Markdown). */
  mapPictures?: boolean;
}

/** Words naming an edition on the title page and in headers. */
export function editionName(edition: PlanOutline['edition']): string {
  return edition === 'customer' ? 'Customer edition' : 'Internal edition — not for distribution';
}

/** The plan as format-neutral blocks: title page, contents, the six sections, then the account map. */
export function planBlocks(outline: PlanOutline, options: BlockOptions = {}): Block[] {
  const { plan, account } = outline.profile;
  const blocks: Block[] = [
    {
      type: 'title',
      title: outline.planTitle,
      subtitle: `Strategic account plan for ${outline.accountName}`,
      edition: editionName(outline.edition),
      facts: [
        fact('Plan period', formatPeriod(plan.periodStart, plan.periodEnd)),
        ...(showsPlanField('growthTarget', outline.edition) ? [fact('Growth target', formatMoney(plan.growthTarget, plan.currency))] : []),
        fact('Account manager', account.accountManager),
        fact('Prepared', formatDate(outline.today)),
      ],
    },
    { type: 'toc', title: 'Contents' },
  ];
  // Appended one by one: a large plan's sections hold more blocks than a spread may pass as arguments.
  const append = (more: readonly Block[]) => {
    for (const block of more) blocks.push(block);
  };
  for (const section of PLAN_SECTIONS) {
    blocks.push(
      { type: 'pageBreak' },
      heading(1, `${section.number}. ${section.title}`, section.id),
      paragraph({ text: outline.edition === 'customer' ? section.customerQuestion : section.question, emphasis: true }),
    );
    append(SECTION_BLOCKS[section.id](outline));
    append(noteBlocks(outline.notes[section.id], section.id));
  }
  if (options.includeMap !== false) {
    blocks.push({ type: 'pageBreak' });
    append(mapBlocks(outline, options.mapPage, options.mapPictures !== false));
  }
  return blocks;
}

function noteBlocks(notes: readonly OutlineNote[], sectionId: PlanSectionId): Block[] {
  if (notes.length === 0) return [];
  const blocks: Block[] = [heading(2, 'Notes', `${sectionId}-notes`)];
  for (const note of notes) {
    blocks.push(paragraph({ text: note.title, strong: true }, ...(note.about ? [{ text: ` (on ${note.about})`, emphasis: true }] : [])));
    for (const part of textParagraphs(note.text)) blocks.push(part);
  }
  return blocks;
}

/** The map's trees as lines in reading order with their depths: depth-first, iterative (any depth is fine). */
function mapTreeLines(outline: PlanOutline): { runs: Run[]; depth: number }[] {
  const { account, plan } = outline.profile;
  const index = indexPlan({ account, plan, nodes: outline.map.nodes, edges: outline.map.edges, viewport: null });
  const roots = outline.map.nodes.filter((node) => node.parentId === null || !index.node(node.parentId));
  const seen = new Set(roots.map((root) => root.id));
  const lines: { runs: Run[]; depth: number }[] = [];
  const stack: [PlanNode, number][] = [];
  for (let at = roots.length - 1; at >= 0; at -= 1) stack.push([roots[at]!, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    lines.push({ runs: [{ text: node.label, strong: node.kind === 'account' }, { text: ` (${kindOf(node.kind).label})`, emphasis: true }], depth });
    const kids = index.children(node.id).filter((child) => !seen.has(child.id));
    for (const kid of kids) seen.add(kid.id);
    for (let at = kids.length - 1; at >= 0; at -= 1) stack.push([kids[at]!, depth + 1]);
  }
  return lines;
}

function mapBlocks(outline: PlanOutline, page: MapPage | undefined, drawn: boolean): Block[] {
  return [
    heading(1, 'Account map', MAP_HEADING_ID),
    paragraph({ text: `The plan ${outline.edition === 'customer' ? 'at a glance' : 'as the team builds it'}: every item with its branch, and the relations between them.`, emphasis: true }),
    {
      type: 'map',
      pictures: drawn ? mapPictures(outline.map, page) : [],
      tree: nestedList(mapTreeLines(outline)),
      legend: 'Boxes are items coloured by kind; grey curves are branches; coloured lines are relations (dashed for informal ones).',
    },
  ];
}
