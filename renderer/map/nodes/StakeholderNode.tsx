import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { optionWord } from '../../../shared/kinds/index.ts';
import { stakeholderKind } from '../../../shared/kinds/stakeholder.ts';
import { STALE_CONTACT_DAYS } from '../../../shared/rules/contacts.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate } from '../format.ts';
import { Badge, LevelBars, SupportScore, WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** Badge colour of each buying role (the org chart and power map use the same). */
export const ROLE_TONES: Record<string, Tone> = {
  'economic-buyer': 'gold',
  'decision-maker': 'gold',
  'executive-sponsor': 'gold',
  champion: 'green',
  coach: 'green',
  blocker: 'red',
  gatekeeper: 'amber',
  'technical-buyer': 'blue',
  'user-buyer': 'teal',
  influencer: 'purple',
  recommender: 'purple',
};

/** A person at the customer: job title, buying role, support (−2…+2), influence, and a stale contact at a glance. */
export const StakeholderNode = memo(function StakeholderNode({ data, selected }: NodeProps<MapFlowNode<'stakeholder'>>) {
  const person = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      subtitle={[person.title, person.department].filter(Boolean).join(' · ') || undefined}
      indicator={<SupportScore value={person.support} />}
      facts={
        <>
          <WordBadge what="Buying role" word={optionWord(stakeholderKind.field('buyingRole'), person.buyingRole)} tone={ROLE_TONES[person.buyingRole] ?? 'neutral'} />
          <LevelBars value={person.influence} word={optionWord(stakeholderKind.field('influence'), person.influence)} label="Influence" />
          {data.facts.staleContact ? (
            <Badge tone="amber" title={`Last contact ${formatDate(person.lastContact)}: not contacted in ${STALE_CONTACT_DAYS} days`}>
              Stale
            </Badge>
          ) : null}
        </>
      }
    />
  );
});
