import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { gapStatus } from '../../../shared/rules/goalBuild.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatGap, formatMoney } from '../format.ts';
import { fieldWord } from '../../../shared/kinds/index.ts';
import { goalKind } from '../../../shared/kinds/goal.ts';
import { BuildFact, Fact, Word } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** One of our objectives: its target against its goal build (what its sub-goals add up to), and progress. */
export const GoalNode = memo(function GoalNode({ data, selected }: NodeProps<MapFlowNode<'goal'>>) {
  const goal = data.node.data;
  const { facts, currency } = data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          {goal.target !== null ? (
            <Fact name={`Target ${formatMoney(goal.target, currency)}${goal.metric ? ` (${goal.metric})` : ''}`}>
              <Word word={fieldWord(goalKind.field('target'), 'Target')} /> {formatMoney(goal.target, currency)}
            </Fact>
          ) : (
            <Fact>No target</Fact>
          )}
          {facts.build !== null ? (
            <BuildFact
              status={gapStatus(facts.gap)}
              title="Goal build: what the sub-goals add up to, against this goal's target"
              build={formatMoney(facts.build, currency)}
              gap={facts.gap === null ? null : formatGap(facts.gap, currency)}
            />
          ) : null}
          {facts.progress !== null ? (
            <span className="atlas-progress" title={`Achieved ${Math.round(facts.progress)}% of the target`}>
              <i style={{ width: `${Math.min(100, facts.progress)}%` }} />
            </span>
          ) : null}
        </>
      }
    />
  );
});
