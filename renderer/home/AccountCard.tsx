import { TIER_CRITERIA, TIER_OPTIONS } from '../../shared/account.ts';
import type { AccountWithPlans, PlanSummary } from '../../shared/api.ts';
import { PLAN_STATUS_OPTIONS } from '../../shared/plan.ts';
import { formatDate, formatMoney, formatPeriod } from '../map/format.ts';
import { Glyph } from '../ui/KindIcon.tsx';

/** What the card can ask the home screen to do. */
export interface AccountCardActions {
  onOpenPlan(plan: PlanSummary): void;
  onNewPlan(account: AccountWithPlans): void;
  onEditAccount(account: AccountWithPlans): void;
  onDeleteAccount(account: AccountWithPlans): void;
  onEditPlan(account: AccountWithPlans, plan: PlanSummary): void;
  onDeletePlan(account: AccountWithPlans, plan: PlanSummary): void;
  /** Starts the next period's plan from this one. */
  onRollForward(account: AccountWithPlans, plan: PlanSummary): void;
}

function PlanRow({ account, plan, actions }: { account: AccountWithPlans; plan: PlanSummary; actions: AccountCardActions }) {
  const status = PLAN_STATUS_OPTIONS.find((option) => option.value === plan.status)?.label ?? plan.status;
  return (
    <li className="atlas-plan-row">
      <button type="button" className="atlas-plan-row__open" onClick={() => actions.onOpenPlan(plan)}>
        {/* Named by what it shows (speech input says what it sees), with the verb for screen readers. */}
        <span className="atlas-visually-hidden">Open plan </span>
        <span className="atlas-plan-row__title">{plan.title}</span>
        <span className="atlas-plan-row__meta">
          {formatPeriod(plan.periodStart, plan.periodEnd)}
          {plan.growthTarget !== null ? ` · target ${formatMoney(plan.growthTarget, plan.currency)}` : ''}
          {` · ${plan.nodeCount} ${plan.nodeCount === 1 ? 'item' : 'items'}`}
        </span>
      </button>
      <span className={`atlas-status atlas-status--${plan.status}`}>{status}</span>
      {plan.status === 'archived' ? null : (
        <button
          type="button"
          className="atlas-button atlas-button--small"
          aria-label={`Next period: new plan from ${plan.title}`}
          title="New plan for the next period"
          onClick={() => actions.onRollForward(account, plan)}
        >
          Next period
        </button>
      )}
      <button type="button" className="atlas-icon-button" aria-label={`Edit plan ${plan.title}`} title="Edit plan" onClick={() => actions.onEditPlan(account, plan)}>
        <Glyph name="pencil" size={15} />
      </button>
      <button type="button" className="atlas-icon-button" aria-label={`Delete plan ${plan.title}`} title="Delete plan" onClick={() => actions.onDeletePlan(account, plan)}>
        <Glyph name="trash" size={15} />
      </button>
    </li>
  );
}

/** One account on the home screen: tier, key facts and its plans. */
export function AccountCard({ account, actions }: { account: AccountWithPlans; actions: AccountCardActions }) {
  const tier = TIER_OPTIONS.find((option) => option.value === account.tier)?.label ?? account.tier;
  const criteria = account.tierCriteria.map((value) => TIER_CRITERIA.find((criterion) => criterion.value === value)?.label ?? value);
  const facts = [
    account.industry,
    account.accountManager ? `Managed by ${account.accountManager}` : '',
    account.renewalDate ? `Renewal ${formatDate(account.renewalDate)}` : '',
    account.revenue !== null ? `Revenue ${formatMoney(account.revenue, account.revenueCurrency)}` : '',
  ].filter(Boolean);
  return (
    <article className="atlas-account" aria-label={`Account ${account.name}`}>
      <header className="atlas-account__head">
        <div>
          <h2 className="atlas-account__name">
            {account.name}
            <span className={`atlas-tier atlas-tier--${account.tier}`} title={criteria.join('; ') || undefined}>
              {tier}
            </span>
          </h2>
          {facts.length > 0 ? <p className="atlas-account__facts">{facts.join(' · ')}</p> : null}
        </div>
        <div className="atlas-account__actions">
          <button type="button" className="atlas-button atlas-button--small" onClick={() => actions.onNewPlan(account)} aria-label={`New plan for ${account.name}`}>
            <Glyph name="plus" size={14} />
            New plan
          </button>
          <button type="button" className="atlas-icon-button" aria-label={`Edit account ${account.name}`} title="Edit account" onClick={() => actions.onEditAccount(account)}>
            <Glyph name="pencil" size={15} />
          </button>
          <button type="button" className="atlas-icon-button" aria-label={`Delete account ${account.name}`} title="Delete account" onClick={() => actions.onDeleteAccount(account)}>
            <Glyph name="trash" size={15} />
          </button>
        </div>
      </header>
      {account.plans.length > 0 ? (
        <ul className="atlas-account__plans" aria-label={`Plans of ${account.name}`}>
          {account.plans.map((plan) => (
            <PlanRow key={plan.id} account={account} plan={plan} actions={actions} />
          ))}
        </ul>
      ) : (
        <p className="atlas-account__empty">No plan yet. Strategic accounts deserve one: start with “New plan”.</p>
      )}
    </article>
  );
}
