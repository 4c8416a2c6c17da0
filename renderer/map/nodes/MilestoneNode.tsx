import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { MILESTONE_RULE, MILESTONE_STATUS_LABELS } from '../../../shared/rules/milestoneStatus.ts';
import type { MilestoneStatus } from '../../../shared/rules/milestoneStatus.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatNumber } from '../format.ts';
import { Badge, Fact } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const STATUS_TONES: Record<MilestoneStatus, Tone> = { achieved: 'green', 'on-track': 'blue', behind: 'amber', missed: 'red', 'no-target': 'neutral' };

/** A checkpoint: target against actual, with its status (achieved, on track, behind or missed) from the milestone rule. */
export const MilestoneNode = memo(function MilestoneNode({ data, selected }: NodeProps<MapFlowNode<'milestone'>>) {
  const milestone = data.node.data;
  const status = data.facts.milestone ?? 'no-target';
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <Fact title={[milestone.metric, milestone.dueDate ? `due ${formatDate(milestone.dueDate)}` : ''].filter(Boolean).join(', ') || 'Target'}>Target {milestone.target === null ? '—' : formatNumber(milestone.target)}</Fact>
          <Fact title="Actual">Actual {milestone.actual === null ? '—' : formatNumber(milestone.actual)}</Fact>
          {status !== 'no-target' ? (
            <Badge tone={STATUS_TONES[status]} strong={status === 'missed'} title={`Status: ${MILESTONE_RULE}`}>
              {MILESTONE_STATUS_LABELS[status]}
            </Badge>
          ) : null}
        </>
      }
    />
  );
});
