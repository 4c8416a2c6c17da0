import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionWord } from '../../../shared/kinds/index.ts';
import { teamMemberKind } from '../../../shared/kinds/teamMember.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { WordBadge } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** One of our people: their function and role on the account team. */
export const TeamMemberNode = memo(function TeamMemberNode({ data, selected }: NodeProps<MapFlowNode<'teamMember'>>) {
  const member = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      subtitle={member.role || undefined}
      facts={
        <WordBadge what="Function" word={optionWord(teamMemberKind.field('function'), member.function)} tone="teal" />
      }
    />
  );
});
