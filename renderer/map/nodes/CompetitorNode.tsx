import type { NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { competitorKind } from '../../../shared/kinds/competitor.ts';
import { optionWord } from '../../../shared/kinds/index.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { Badge, ShortWordsContext, WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const THREAT_TONES: Record<string, Tone> = { high: 'red', medium: 'amber', low: 'green', unknown: 'neutral' };

function ThreatBadge({ value }: { value: string }) {
  const word = optionWord(competitorKind.field('threat'), value);
  const short = useContext(ShortWordsContext);
  return (
    <Badge tone={THREAT_TONES[value] ?? 'neutral'} strong={value === 'high'} name={`Threat: ${word.full.toLowerCase()}`}>
      Threat {(short ? word.short : word.full).toLowerCase()}
    </Badge>
  );
}

/** A competitor: their position at the account and how much of a threat they are. */
export const CompetitorNode = memo(function CompetitorNode({ data, selected }: NodeProps<MapFlowNode<'competitor'>>) {
  const competitor = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <WordBadge what="Position" word={optionWord(competitorKind.field('position'), competitor.position)} />
          <ThreatBadge value={competitor.threat} />
        </>
      }
    />
  );
});
