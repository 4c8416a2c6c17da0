import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionWord } from '../../../shared/kinds/index.ts';
import { swotKind } from '../../../shared/kinds/swot.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const QUADRANT_TONES: Record<string, Tone> = { strength: 'green', weakness: 'amber', opportunity: 'blue', threat: 'red' };

/** One SWOT entry, marked with its quadrant letter. */
export const SwotNode = memo(function SwotNode({ data, selected }: NodeProps<MapFlowNode<'swot'>>) {
  const { quadrant } = data.node.data;
  const word = optionWord(swotKind.field('quadrant'), quadrant);
  const label = word.full;
  return (
    <NodeCard
      data={data}
      selected={selected}
      indicator={
        <span className={`atlas-quadrant atlas-badge--${QUADRANT_TONES[quadrant] ?? 'neutral'}`} title={`SWOT: ${label}`}>
          {label[0]}
        </span>
      }
      facts={
        <WordBadge what="SWOT quadrant" word={word} tone={QUADRANT_TONES[quadrant] ?? 'neutral'} />
      }
    />
  );
});
