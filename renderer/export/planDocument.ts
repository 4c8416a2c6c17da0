import type { Edition } from '../../shared/api.ts';
import { planBlocks } from '../../shared/document/blocks.ts';
import type { Block } from '../../shared/document/blockTypes.ts';
import { isTocHeading } from '../../shared/document/blockTypes.ts';
import { planOutline } from '../../shared/document/outline.ts';
import type { PlanDocument, Snapshot } from '../../shared/model.ts';
import type { PlanState } from '../store/types.ts';

/** The part of the open plan a document is made from. */
export type PlanContent = Pick<PlanState, 'account' | 'plan' | 'nodes' | 'edges' | 'viewport'>;

/** The open plan as the PlanDocument that the export pipeline and the plan check read. */
export function planDocumentFrom(content: PlanContent): PlanDocument {
  return {
    account: content.account,
    plan: content.plan,
    nodes: Object.values(content.nodes),
    edges: Object.values(content.edges),
    viewport: content.viewport,
  };
}

/** The plan document's blocks for one edition, made by the same outline and block steps as every export. */
export function documentBlocks(document: PlanDocument, edition: Edition, today: string, reviews?: readonly Snapshot[]): Block[] {
  return planBlocks(planOutline(document, { edition, today, reviews }), { includeMap: true });
}

/** One entry of the preview's contents: a section (level 1) or a subsection (level 2). */
export interface ContentsEntry {
  id: string;
  text: string;
  level: 1 | 2;
}

/** The headings a table of contents lists, in document order. */
export function contentsOf(blocks: readonly Block[]): ContentsEntry[] {
  return blocks.filter(isTocHeading).map((block) => ({ id: block.id, text: block.text, level: block.level === 1 ? 1 : 2 }));
}
