import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionWord } from '../../../shared/kinds/index.ts';
import { opportunityKind } from '../../../shared/kinds/opportunity.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatMoney } from '../format.ts';
import { Fact, Word, WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const TYPE_TONES: Record<string, Tone> = { respond: 'blue', shape: 'purple', create: 'gold' };

/** A chance to sell: respond, shape or create, with value, probability, stage and close date. */
export const OpportunityNode = memo(function OpportunityNode({ data, selected }: NodeProps<MapFlowNode<'opportunity'>>) {
  const opportunity = data.node.data;
  const stage = optionWord(opportunityKind.field('stage'), opportunity.stage);
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <WordBadge what="Type" word={optionWord(opportunityKind.field('type'), opportunity.type)} tone={TYPE_TONES[opportunity.type] ?? 'neutral'} strong />
          {opportunity.value !== null ? <Fact title="Value">{formatMoney(opportunity.value, data.currency)}</Fact> : null}
          {opportunity.probability !== null ? <Fact title="Probability">{opportunity.probability}%</Fact> : null}
          <Fact name={`Stage: ${stage.full}${opportunity.closeDate ? `, closes ${formatDate(opportunity.closeDate)}` : ''}`}>
            <Word word={stage} />
          </Fact>
        </>
      }
    />
  );
});
