import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { actionKind } from '../../../shared/kinds/action.ts';
import { optionLabel } from '../../../shared/kinds/index.ts';
import { todayIso } from '../../../shared/values.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, isOverdue } from '../format.ts';
import { Badge, Fact } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const STATUS_TONES: Record<string, Tone> = { 'not-started': 'neutral', 'in-progress': 'blue', done: 'green', blocked: 'red' };

/** A committed step: owner, due date (overdue in red), status and horizon. */
export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<MapFlowNode<'action'>>) {
  const action = data.node.data;
  const overdue = isOverdue(action.dueDate, todayIso(), action.status === 'done');
  return (
    <NodeCard
      data={data}
      selected={selected}
      subtitle={
        <>
          {action.owner || <span className="atlas-missing">No owner</span>}
          {' · '}
          {action.dueDate ? (
            <span className={overdue ? 'atlas-overdue' : ''}>
              {overdue ? 'Overdue ' : 'Due '}
              {formatDate(action.dueDate)}
            </span>
          ) : (
            <span className="atlas-missing">No date</span>
          )}
        </>
      }
      facts={
        <>
          <Badge tone={STATUS_TONES[action.status] ?? 'neutral'} title="Status">
            {optionLabel(actionKind.field('status'), action.status)}
          </Badge>
          {overdue ? (
            <Badge tone="red" strong>
              Overdue
            </Badge>
          ) : null}
          <Fact title="Horizon">{action.horizon === '90-days' ? '90 days' : '12 months'}</Fact>
        </>
      }
    />
  );
});
