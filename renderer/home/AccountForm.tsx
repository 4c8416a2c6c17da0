import { useState } from 'react';
import { accountFieldsSchema } from '../../shared/account.ts';
import type { Account, TierCriterion } from '../../shared/account.ts';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import { useApi } from '../api/ApiContext.tsx';
import { TierCriteria } from '../map/inspector/RecordDetails.tsx';
import { Dialog, DialogActions, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { accountFields } from '../ui/recordFields.ts';
import { FormFields } from './FormField.tsx';
import { useFieldDrafts } from './useFieldDrafts.ts';

const NAME_FIELD: FieldSpec = { key: 'name', label: 'Account name', type: 'text' };

/** Creates an account, or edits one when `account` is given; validates before it submits. */
export function AccountForm({ account, onClose, onSaved }: { account?: Account; onClose(): void; onSaved(account: Account): void }) {
  const api = useApi();
  const fields = [NAME_FIELD, ...accountFields(account?.revenueCurrency)];
  const form = useFieldDrafts(fields, account ?? { tier: 'strategic', revenueCurrency: 'USD' });
  const [criteria, setCriteria] = useState<TierCriterion[]>(account?.tierCriteria ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const values = form.read(fields);
    if (!values) return;
    if (String(values.name ?? '').trim() === '') {
      form.setError('name', 'Give the account a name.');
      return;
    }
    const parsed = accountFieldsSchema.safeParse({ ...values, name: String(values.name).trim(), tierCriteria: criteria });
    if (!parsed.success) {
      form.showIssue(parsed.error, 'name');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = account ? await api.updateAccount({ id: account.id, changes: parsed.data }) : await api.createAccount(parsed.data);
      onSaved(saved);
    } catch (caught) {
      setError(errorSentence(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={account ? `Edit account “${account.name}”` : 'New account'}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
      footer={<DialogActions submitLabel={account ? 'Save account' : 'Create account'} busy={busy} onCancel={onClose} />}
    >
      <FormFields fields={fields} form={form} currency={String(form.drafts.revenueCurrency || 'USD')} />
      <TierCriteria value={criteria} onChange={setCriteria} />
      <DialogError message={error} />
    </Dialog>
  );
}
