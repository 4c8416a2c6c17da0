import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TIER_OPTIONS } from '../../../shared/account.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate, formatMoney } from '../format.ts';
import { usePlan } from '../PlanContext.tsx';
import { Fact } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

/** The account at the centre of the map: tier, growth target against the goal build, renewal. */
export const AccountNode = memo(function AccountNode({ data, selected }: NodeProps<MapFlowNode<'account'>>) {
  const industry = usePlan((state) => state.account.industry);
  const tier = usePlan((state) => state.account.tier);
  const renewal = usePlan((state) => state.account.renewalDate);
  const tierLabel = TIER_OPTIONS.find((option) => option.value === tier)?.label ?? tier;
  const { growthTarget, rollup, currency } = data;
  const short = growthTarget !== null && rollup !== null && rollup < growthTarget;
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
        <>
          {growthTarget !== null ? <Fact title="Growth target">Target {formatMoney(growthTarget, currency)}</Fact> : null}
          {rollup !== null ? (
            <Fact title="Goal build: the sum of the goals under the account" tone={short ? 'amber' : 'green'}>
              Build {formatMoney(rollup, currency)}
            </Fact>
          ) : null}
        </>
      }
    />
  );
});
