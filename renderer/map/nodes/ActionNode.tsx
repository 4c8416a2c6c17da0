import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { actionKind } from '../../../shared/kinds/action.ts';
import { optionLabel, optionWord } from '../../../shared/kinds/index.ts';
import { OUTSIDE_HORIZON_WORD } from '../../../shared/rules/actions.ts';
import { todayIso } from '../../../shared/values.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatShortDate } from '../format.ts';
import { Badge, Fact, Person, Word, WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const STATUS_TONES: Record<string, Tone> = { 'not-started': 'neutral', 'in-progress': 'blue', done: 'green', blocked: 'red' };

/** A committed step: owner, status, and due date (overdue in red, due after its horizon in amber). */
export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<MapFlowNode<'action'>>) {
  const action = data.node.data;
  const { overdue, outsideHorizon } = data.facts;
  const today = todayIso();
  const horizon = optionLabel(actionKind.field('horizon'), action.horizon);
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          {action.owner ? <Person name={action.owner} role="Owner" /> : <span className="atlas-missing">No owner</span>}
          {overdue ? (
            <Badge tone="red" strong title={`Overdue: due ${formatDate(action.dueDate)}`}>
              Overdue {formatShortDate(action.dueDate, today)}
            </Badge>
          ) : (
            <WordBadge what="Status" word={optionWord(actionKind.field('status'), action.status)} tone={STATUS_TONES[action.status] ?? 'neutral'} />
          )}
          {outsideHorizon ? (
            <Badge tone="amber" strong name={`${OUTSIDE_HORIZON_WORD.full}: due ${formatDate(action.dueDate)}, after the end of its horizon (${horizon.toLowerCase()})`}>
              <Word word={OUTSIDE_HORIZON_WORD} />
            </Badge>
          ) : null}
          {action.dueDate && !overdue ? <Fact title={`Due ${formatDate(action.dueDate)}`}>{formatShortDate(action.dueDate, today)}</Fact> : null}
          {!action.dueDate ? <span className="atlas-missing">No date</span> : null}
        </>
      }
    />
  );
});
