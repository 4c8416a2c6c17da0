import { accountKind } from './account.ts';
import { actionKind } from './action.ts';
import { competitorKind } from './competitor.ts';
import { dependencyKind } from './dependency.ts';
import { goalKind } from './goal.ts';
import type { FieldSpec } from './fields.ts';
import type { KindDefinition, PlanSectionId } from './kind.ts';
import { milestoneKind } from './milestone.ts';
import { needKind } from './need.ts';
import { opportunityKind } from './opportunity.ts';
import { stakeholderKind } from './stakeholder.ts';
import { swotKind } from './swot.ts';
import { teamMemberKind } from './teamMember.ts';
import { topicKind } from './topic.ts';

/** Every node kind, in palette order. */
export const NODE_KINDS = [
  'account',
  'stakeholder',
  'need',
  'goal',
  'opportunity',
  'action',
  'competitor',
  'swot',
  'teamMember',
  'dependency',
  'milestone',
  'topic',
] as const;

/** A node kind. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** The registry of node kinds: every per-kind behaviour is looked up here. */
export const kinds = {
  account: accountKind,
  stakeholder: stakeholderKind,
  need: needKind,
  goal: goalKind,
  opportunity: opportunityKind,
  action: actionKind,
  competitor: competitorKind,
  swot: swotKind,
  teamMember: teamMemberKind,
  dependency: dependencyKind,
  milestone: milestoneKind,
  topic: topicKind,
} as const satisfies { [K in NodeKind]: { kind: K; fields: readonly FieldSpec[]; section: PlanSectionId } };

/** Data type of each node kind. */
export type NodeDataMap = { [K in NodeKind]: ReturnType<(typeof kinds)[K]['defaults']> };

/** True when `value` names a node kind. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/** The definition of a kind, typed loosely for generic code. */
export function kindOf(kind: NodeKind): KindDefinition {
  return kinds[kind] as unknown as KindDefinition;
}

/** Kinds a user can add from the palette (the account root is created with the plan). */
export const PALETTE_KINDS: readonly NodeKind[] = NODE_KINDS.filter((kind) => kind !== 'account');

export type { KindDefinition, PlanSectionId } from './kind.ts';
export { PLAN_SECTIONS } from './kind.ts';
export type { CardWord, DataOf, FieldOption, FieldSpec } from './fields.ts';
export { fieldWord, optionLabel, optionWord } from './fields.ts';
