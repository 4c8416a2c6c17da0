import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { competitorKind } from '../../../shared/kinds/competitor.ts';
import { optionLabel } from '../../../shared/kinds/index.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { Badge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const THREAT_TONES: Record<string, Tone> = { high: 'red', medium: 'amber', low: 'green', unknown: 'neutral' };

/** A competitor: their position at the account and how much of a threat they are. */
export const CompetitorNode = memo(function CompetitorNode({ data, selected }: NodeProps<MapFlowNode<'competitor'>>) {
  const competitor = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <Badge title="Position">{optionLabel(competitorKind.field('position'), competitor.position)}</Badge>
          <Badge tone={THREAT_TONES[competitor.threat] ?? 'neutral'} strong={competitor.threat === 'high'} title="Threat">
            Threat {optionLabel(competitorKind.field('threat'), competitor.threat).toLowerCase()}
          </Badge>
        </>
      }
    />
  );
});
