import { useId, useState, useEffect } from 'react';
import { TIER_CRITERIA } from '../../../shared/account.ts';
import type { TierCriterion } from '../../../shared/account.ts';
import { accountFields, planFields } from '../../ui/recordFields.ts';
import { usePlan, usePlanStoreApi } from '../PlanContext.tsx';
import { FieldInput } from './FieldInput.tsx';

/** The tier criteria as a group of checkboxes. */
export function TierCriteria({ value, onChange }: { value: readonly TierCriterion[]; onChange(next: TierCriterion[]): void }) {
  const id = useId();
  return (
    <fieldset className="atlas-fieldset">
      <legend>
        Tier criteria <span className="atlas-field__note">internal</span>
      </legend>
      {TIER_CRITERIA.map((criterion) => (
        <div key={criterion.value} className="atlas-field atlas-field--check">
          <input
            id={`${id}-${criterion.value}`}
            type="checkbox"
            checked={value.includes(criterion.value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, criterion.value] : value.filter((item) => item !== criterion.value))
            }
          />
          <label htmlFor={`${id}-${criterion.value}`}>{criterion.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The account's record (tier, manager, renewal …), saved as you type; its name is the root node's label. */
export function AccountDetails() {
  const store = usePlanStoreApi();
  const account = usePlan((state) => state.account);
  const record = account as unknown as Record<string, unknown>;
  return (
    <>
      {accountFields(account.revenueCurrency).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={record[field.key]}
          currency={account.revenueCurrency}
          note={field.internal ? 'internal' : undefined}
          onChange={(value) => store.getState().updateAccount({ [field.key]: value })}
        />
      ))}
      <TierCriteria value={account.tierCriteria} onChange={(tierCriteria) => store.getState().updateAccount({ tierCriteria })} />
    </>
  );
}

/** The plan's record (title, period, growth target and currency, status), saved as you type. */
export function PlanDetails() {
  const id = useId();
  const store = usePlanStoreApi();
  const plan = usePlan((state) => state.plan);
  const [title, setTitle] = useState(plan.title);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setTitle(plan.title), [plan.title]);
  const record = plan as unknown as Record<string, unknown>;
  return (
    <>
      <div className={`atlas-field ${error ? 'has-error' : ''}`}>
        <label htmlFor={id}>Plan title</label>
        <input
          id={id}
          type="text"
          value={title}
          aria-invalid={Boolean(error)}
          onChange={(event) => {
            const value = event.target.value;
            setTitle(value);
            if (value.trim() === '') {
              setError('Give the plan a title.');
              return;
            }
            setError(null);
            store.getState().updatePlan({ title: value.trim() });
          }}
        />
        {error ? (
          <div className="atlas-field__error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      {planFields(plan.currency).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={record[field.key]}
          currency={plan.currency}
          note={field.internal ? 'internal' : undefined}
          onChange={(value) => store.getState().updatePlan({ [field.key]: value })}
        />
      ))}
    </>
  );
}
