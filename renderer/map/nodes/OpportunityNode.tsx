import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionLabel } from '../../../shared/kinds/index.ts';
import { opportunityKind } from '../../../shared/kinds/opportunity.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatMoney } from '../format.ts';
import { Badge, Fact } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const TYPE_TONES: Record<string, Tone> = { respond: 'blue', shape: 'purple', create: 'gold' };

/** A chance to sell: respond, shape or create, with value, probability, stage and close date. */
export const OpportunityNode = memo(function OpportunityNode({ data, selected }: NodeProps<MapFlowNode<'opportunity'>>) {
  const opportunity = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          <Badge tone={TYPE_TONES[opportunity.type] ?? 'neutral'} strong title="Respond, shape or create">
            {optionLabel(opportunityKind.field('type'), opportunity.type)}
          </Badge>
          {opportunity.value !== null ? <Fact title="Value">{formatMoney(opportunity.value, data.currency)}</Fact> : null}
          {opportunity.probability !== null ? <Fact title="Probability">{opportunity.probability}%</Fact> : null}
          <Fact title={opportunity.closeDate ? `Closes ${formatDate(opportunity.closeDate)}` : 'Stage'}>
            {optionLabel(opportunityKind.field('stage'), opportunity.stage)}
          </Fact>
        </>
      }
    />
  );
});
