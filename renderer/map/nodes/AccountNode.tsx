import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TIER_OPTIONS } from '../../../shared/account.ts';
import { gapStatus } from '../../../shared/rules/goalBuild.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatGap, formatMoney } from '../format.ts';
import { usePlan } from '../PlanContext.tsx';
import { fieldWord } from '../../../shared/kinds/index.ts';
import { goalKind } from '../../../shared/kinds/goal.ts';
import { BuildFact, Fact, Word } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** The account at the centre of the map: tier, growth target against the goal build, renewal. */
export const AccountNode = memo(function AccountNode({ data, selected }: NodeProps<MapFlowNode<'account'>>) {
  const industry = usePlan((state) => state.account.industry);
  const tier = usePlan((state) => state.account.tier);
  const renewal = usePlan((state) => state.account.renewalDate);
  const tierLabel = TIER_OPTIONS.find((option) => option.value === tier)?.label ?? tier;
  const { facts, currency } = data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      variant="root"
      subtitle={
        <>
          <span className="atlas-node__tier" title="Account tier">
            {tierLabel}
          </span>
          {[industry, renewal ? `renewal ${formatDate(renewal)}` : ''].filter(Boolean).map((part) => ` · ${part}`)}
        </>
      }
      facts={
        facts.growthTarget === null && facts.build === null ? undefined : (
          <>
            {facts.growthTarget !== null ? (
              <Fact name={`Growth target ${formatMoney(facts.growthTarget, currency)}`}>
                <Word word={fieldWord(goalKind.field('target'), 'Target')} /> {formatMoney(facts.growthTarget, currency)}
              </Fact>
            ) : null}
            {facts.build !== null ? (
              <BuildFact
                status={gapStatus(facts.gap)}
                title="Goal build: what the plan's goals add up to, against the growth target"
                build={formatMoney(facts.build, currency)}
                gap={facts.gap === null ? null : formatGap(facts.gap, currency)}
              />
            ) : null}
          </>
        )
      }
    />
  );
});
