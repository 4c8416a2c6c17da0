import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../../shared/kinds/index.ts';
import { AccountNode } from './AccountNode.tsx';
import { ActionNode } from './ActionNode.tsx';
import { CompetitorNode } from './CompetitorNode.tsx';
import { DependencyNode } from './DependencyNode.tsx';
import { GoalNode } from './GoalNode.tsx';
import { MilestoneNode } from './MilestoneNode.tsx';
import { NeedNode } from './NeedNode.tsx';
import { OpportunityNode } from './OpportunityNode.tsx';
import { StakeholderNode } from './StakeholderNode.tsx';
import { SwotNode } from './SwotNode.tsx';
import { TeamMemberNode } from './TeamMemberNode.tsx';
import { TopicNode } from './TopicNode.tsx';

/** One memoised component per node kind, built once at module scope (React Flow warns when this object changes). */
export const nodeTypes = {
  account: AccountNode,
  stakeholder: StakeholderNode,
  need: NeedNode,
  goal: GoalNode,
  opportunity: OpportunityNode,
  action: ActionNode,
  competitor: CompetitorNode,
  swot: SwotNode,
  teamMember: TeamMemberNode,
  dependency: DependencyNode,
  milestone: MilestoneNode,
  topic: TopicNode,
} satisfies Record<NodeKind, NodeTypes[string]>;
