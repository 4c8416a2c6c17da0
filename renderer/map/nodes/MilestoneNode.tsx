import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { MILESTONE_RULE, MILESTONE_STATUS_LABELS } from '../../../shared/rules/milestoneStatus.ts';
import type { MilestoneStatus } from '../../../shared/rules/milestoneStatus.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatNumber } from '../format.ts';
import { fieldWord } from '../../../shared/kinds/index.ts';
import { milestoneKind } from '../../../shared/kinds/milestone.ts';
import { Badge, Fact, Word } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const STATUS_TONES: Record<MilestoneStatus, Tone> = { achieved: 'green', 'on-track': 'blue', behind: 'amber', missed: 'red', 'no-target': 'neutral' };

/** A checkpoint: target against actual, with its status (achieved, on track, behind or missed) from the milestone rule. */
export const MilestoneNode = memo(function MilestoneNode({ data, selected }: NodeProps<MapFlowNode<'milestone'>>) {
  const milestone = data.node.data;
  const status = data.facts.milestone ?? 'no-target';
  const target = milestone.target === null ? '—' : formatNumber(milestone.target);
  const actual = milestone.actual === null ? '—' : formatNumber(milestone.actual);
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <Fact name={[`Target ${target}`, milestone.metric, milestone.dueDate ? `due ${formatDate(milestone.dueDate)}` : ''].filter(Boolean).join(', ')}>
            <Word word={fieldWord(milestoneKind.field('target'), 'Target')} /> {target}
          </Fact>
          <Fact name={`Actual ${actual}`}>
            <Word word={fieldWord(milestoneKind.field('actual'), 'Actual')} /> {actual}
          </Fact>
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
