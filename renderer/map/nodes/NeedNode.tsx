import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionWord } from '../../../shared/kinds/index.ts';
import { needKind } from '../../../shared/kinds/need.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const PRIORITY_TONES: Record<string, Tone> = { critical: 'red', high: 'amber', medium: 'blue', low: 'neutral' };

/** A customer need: priority, category and whether the customer confirmed it. */
export const NeedNode = memo(function NeedNode({ data, selected }: NodeProps<MapFlowNode<'need'>>) {
  const need = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      indicator={
        need.confirmed ? (
          <span className="atlas-confirmed is-yes" role="img" title="Confirmed by the customer" aria-label="Confirmed by the customer">
            ✓
          </span>
        ) : (
          <span className="atlas-confirmed" role="img" title="Not yet confirmed by the customer" aria-label="Not yet confirmed by the customer" />
        )
      }
      facts={
        <>
          <WordBadge what="Priority" word={optionWord(needKind.field('priority'), need.priority)} tone={PRIORITY_TONES[need.priority] ?? 'neutral'} strong={need.priority === 'critical'} />
          <WordBadge what="Category" word={optionWord(needKind.field('category'), need.category)} />
        </>
      }
    />
  );
});
