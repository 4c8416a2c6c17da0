import { useState } from 'react';
import type { Account } from '../../shared/account.ts';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { planFieldsSchema } from '../../shared/plan.ts';
import { newPlanPeriod } from '../../shared/rollForward.ts';
import type { Plan } from '../../shared/plan.ts';
import type { PlanTemplateId } from '../../shared/templates/planTemplates.ts';
import { todayIso } from '../../shared/values.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Dialog, DialogActions, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { planFields } from '../ui/recordFields.ts';
import { FormFields } from './FormField.tsx';
import { TemplateChoice } from './TemplateChoice.tsx';
import { useFieldDrafts } from './useFieldDrafts.ts';

const TITLE_FIELD: FieldSpec = { key: 'title', label: 'Plan title', type: 'text' };

function suggestedTitle(account: Account): string {
  const year = new Date().getFullYear();
  return `${account.name} account plan ${year}`;
}

/** Creates a plan for an account (empty, or from the method template), or edits one when `plan` is given; validates before it submits. */
export function PlanForm({ account, plan, onClose, onSaved }: { account: Account; plan?: Plan; onClose(): void; onSaved(plan: Plan): void }) {
  const api = useApi();
  const fields = [TITLE_FIELD, ...planFields(plan?.currency ?? account.revenueCurrency)];
  const form = useFieldDrafts(fields, plan ?? { title: suggestedTitle(account), currency: account.revenueCurrency || 'USD', status: 'draft', ...newPlanPeriod(todayIso()) });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The empty plan stays the default: teams who bring their own structure get no placeholders to delete.
  const [template, setTemplate] = useState<PlanTemplateId>('empty');

  const submit = async () => {
    const values = form.read(fields);
    if (!values) return;
    const title = String(values.title ?? '').trim();
    if (title === '') {
      form.setError('title', 'Give the plan a title.');
      return;
    }
    if (values.periodStart && values.periodEnd && String(values.periodEnd) < String(values.periodStart)) {
      form.setError('periodEnd', 'The period must end after it starts.');
      return;
    }
    const parsed = planFieldsSchema.safeParse({ ...values, title });
    if (!parsed.success) {
      form.showIssue(parsed.error, 'title');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = plan ? await api.updatePlan({ id: plan.id, changes: parsed.data }) : await api.createPlan({ ...parsed.data, accountId: account.id, template });
      onSaved(saved);
    } catch (caught) {
      setError(errorSentence(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={plan ? `Edit plan “${plan.title}”` : `New plan for ${account.name}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<DialogActions submitLabel={plan ? 'Save plan' : 'Create plan'} busy={busy} onCancel={onClose} />}
    >
      <FormFields fields={fields} form={form} currency={String(form.drafts.currency || 'USD')} />
      {plan ? null : <TemplateChoice value={template} onChange={setTemplate} />}
      <DialogError message={error} />
    </Dialog>
  );
}
