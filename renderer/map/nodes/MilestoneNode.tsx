import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { todayIso } from '../../../shared/values.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatNumber } from '../format.ts';
import { Badge, Fact } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** A checkpoint: target against actual; behind when the actual is short of the target. */
export const MilestoneNode = memo(function MilestoneNode({ data, selected }: NodeProps<MapFlowNode<'milestone'>>) {
  const milestone = data.node.data;
  const reached = milestone.target !== null && milestone.actual !== null && milestone.actual >= milestone.target;
  const behind = milestone.target !== null && milestone.actual !== null && milestone.actual < milestone.target;
  const late = behind && milestone.dueDate !== null && milestone.dueDate < todayIso();
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <Fact title={[milestone.metric, milestone.dueDate ? `due ${formatDate(milestone.dueDate)}` : ''].filter(Boolean).join(', ') || 'Target'}>Target {milestone.target === null ? '—' : formatNumber(milestone.target)}</Fact>
          <Fact title="Actual" tone={reached ? 'green' : behind ? (late ? 'red' : 'amber') : undefined}>
            Actual {milestone.actual === null ? '—' : formatNumber(milestone.actual)}
          </Fact>
          {reached ? <Badge tone="green">On target</Badge> : behind ? <Badge tone={late ? 'red' : 'amber'}>Behind</Badge> : null}
        </>
      }
    />
  );
});
