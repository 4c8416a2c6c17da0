import { NODE_KINDS, kindOf } from '../kinds/index.ts';
import type { NodeKind } from '../kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout.ts';
import type { PlanNode } from '../model.ts';
import type { MapPicture } from './blockTypes.ts';
import { mapSvg } from './mapSvg.ts';
import type { TidyLimits } from './mapTidy.ts';
import { tidyLayout } from './mapTidy.ts';

const COLUMN_STEP = NODE_WIDTH + 90;
const ROW_STEP = NODE_HEIGHT + 22;

/** Nouns for counts where the kind's plural is a collective name. */
const COUNT_NOUNS: Partial<Record<NodeKind, [string, string]>> = {
  teamMember: ['team member', 'team members'],
  swot: ['SWOT entry', 'SWOT entries'],
};

function countText(kind: NodeKind, count: number): string {
  const [one, many] = COUNT_NOUNS[kind] ?? [kindOf(kind).label.toLowerCase(), kindOf(kind).plural.toLowerCase()];
  return `${count} ${count === 1 ? one : many}`;
}

/** What a branch holds, e.g. "10 stakeholders · 1 topic". */
function branchSummary(members: readonly PlanNode[]): string {
  const counts = new Map<NodeKind, number>();
  for (const node of members) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const parts = NODE_KINDS.filter((kind) => counts.has(kind)).map((kind) => countText(kind, counts.get(kind) ?? 0));
  return parts.length > 0 ? parts.join(' · ') : 'no items yet';
}

/**
 * An overview of a large map: the account and its main branches only, each branch labelled with what it holds,
 * stacked compactly on the side of the account it sits on in the map, or, with `tidy` (slides), in columns beside
 * the account that fill the given room when they fit it.
 */
export function mapOverview(
  root: PlanNode,
  branches: readonly { node: PlanNode; members: readonly PlanNode[] }[],
  title: string,
  tidy?: { limits: TidyLimits; margin: number },
): MapPicture {
  const sides = { right: [] as PlanNode[], left: [] as PlanNode[] };
  const byY = [...branches].sort((a, b) => a.node.position.y - b.node.position.y);
  for (const branch of byY) (branch.node.position.x < root.position.x ? sides.left : sides.right).push(branch.node);
  const captions = new Map(branches.map((branch) => [branch.node.id, branchSummary(branch.members)] as const));
  if (tidy) {
    const layout = tidyLayout([root, ...branches.map((branch) => ({ ...branch.node, parentId: root.id }) as PlanNode)], tidy.limits);
    if (layout) return mapSvg(layout.nodes, [], { title, captions, treeLinks: layout.links, margin: tidy.margin, legendWidth: tidy.limits.width });
  }
  const placed: PlanNode[] = [{ ...root, position: { x: 0, y: 0 } } as PlanNode];
  for (const [side, list] of [[1, sides.right], [-1, sides.left]] as const) {
    const top = -((list.length - 1) * ROW_STEP) / 2;
    list.forEach((node, at) => {
      placed.push({ ...node, parentId: root.id, position: { x: side * COLUMN_STEP, y: top + at * ROW_STEP } } as PlanNode);
    });
  }
  return mapSvg(placed, [], { title, captions });
}
