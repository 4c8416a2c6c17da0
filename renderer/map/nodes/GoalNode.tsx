import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapFlowNode } from '../flowModel.ts';
import { formatMoney } from '../format.ts';
import { Fact } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** One of our objectives: target against the goal build of the goals under it, and progress. */
export const GoalNode = memo(function GoalNode({ data, selected }: NodeProps<MapFlowNode<'goal'>>) {
  const goal = data.node.data;
  const { rollup, currency } = data;
  const target = goal.target;
  const short = target !== null && rollup !== null && rollup < target;
  const progress = target && goal.achieved !== null ? Math.min(1, goal.achieved / target) : null;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          {target !== null ? <Fact title={goal.metric ? `Target (${goal.metric})` : 'Target'}>Target {formatMoney(target, currency)}</Fact> : <Fact>No target</Fact>}
          {rollup !== null ? (
            <Fact title="Goal build: the sum of the goals under this one" tone={short ? 'amber' : 'green'}>
              Build {formatMoney(rollup, currency)}
            </Fact>
          ) : null}
          {progress !== null ? (
            <span className="atlas-progress" title={`Achieved ${Math.round(progress * 100)}% of the target`}>
              <i style={{ width: `${progress * 100}%` }} />
            </span>
          ) : null}
        </>
      }
    />
  );
});
