import { z } from 'zod';
import { PLAN_SECTIONS, kinds } from '../kinds/index.ts';
import type { PlanSectionId } from '../kinds/index.ts';
import { layoutMindMap } from '../layout.ts';
import type { PlanNode } from '../model.ts';

/** How a new plan starts: with the account alone, or with the method's six sections to fill in. */
export const PLAN_TEMPLATES = [
  { id: 'empty', label: 'Empty plan', description: 'Only the account at the centre; build the map your own way.' },
  {
    id: 'method',
    label: 'Account planning method (six sections)',
    description: 'The six sections as branches, with the method’s guiding questions to answer.',
  },
] as const;

/** Id of a plan template. */
export type PlanTemplateId = (typeof PLAN_TEMPLATES)[number]['id'];

/** The template a new plan starts from (the empty plan unless one is chosen). */
export const planTemplateSchema = z.enum(['empty', 'method']);

/** The method's guiding questions per section (../DOMAIN.md), each a placeholder topic to answer in its text. */
export const METHOD_QUESTIONS: Readonly<Record<PlanSectionId, readonly string[]>> = {
  profile: [
    'What is the account’s business and financial health?',
    'What is our history with them?',
    'Who are our competitors here, and where do we stand against each?',
    'What is our SWOT with this customer?',
  ],
  needs: [
    'What are their top three to five needs?',
    'What is their biggest current emphasis, and what would they replace?',
    'How do they measure ROI?',
    'Who are the key stakeholders?',
    'Which of our people align to which of theirs?',
  ],
  goals: ['What is our overall growth objective for the account?', 'Which components add up to it (the goal build)?'],
  actions: [
    'What do we do in the next 90 days?',
    'What do we do in the next 12 months?',
    'Who owns each action, and by when?',
    'What input do we want from the customer?',
  ],
  team: [
    'Which internal commitments do we need (delivery, marketing, finance, legal, HR)?',
    'Which external dependencies are out of our control?',
  ],
  dashboard: ['Which milestones do we track, with targets and actuals?', 'How have we performed, and how should we adjust?'],
};

function topic(id: string, label: string, parentId: string, order: number): PlanNode {
  return {
    id,
    kind: 'topic',
    label,
    data: kinds.topic.defaults(),
    position: { x: 0, y: 0 },
    parentId,
    order,
    collapsed: false,
    internal: kinds.topic.internalByDefault,
  };
}

/**
 * The nodes a new plan starts with, the account first: the account alone for the empty plan; for the method, the
 * six sections (named as the document names them) as branches, each with its guiding questions as topics, laid out
 * as a mind map. Ids come from `makeId`, so the result is pure.
 */
export function planStartNodes(template: PlanTemplateId, accountName: string, makeId: () => string): PlanNode[] {
  const root: PlanNode = {
    id: makeId(),
    kind: 'account',
    label: accountName,
    data: kinds.account.defaults(),
    position: { x: 0, y: 0 },
    parentId: null,
    order: 0,
    collapsed: false,
    internal: false,
  };
  if (template === 'empty') return [root];
  const nodes: PlanNode[] = [root];
  PLAN_SECTIONS.forEach((section, order) => {
    const branch = topic(makeId(), section.title, root.id, order);
    nodes.push(branch);
    METHOD_QUESTIONS[section.id].forEach((question, at) => nodes.push(topic(makeId(), question, branch.id, at)));
  });
  const positions = layoutMindMap(nodes);
  return nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? node.position }));
}
