import { useEffect, useState } from 'react';
import type { FieldSpec } from '../../shared/kinds/fields.ts';
import type { PlanDocument } from '../../shared/model.ts';
import { nextPlanFields, rollForwardSummary } from '../../shared/rollForward.ts';
import { todayIso } from '../../shared/values.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Dialog, DialogActions, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { FormFields } from './FormField.tsx';
import { useFieldDrafts } from './useFieldDrafts.ts';
import '../styles/portfolio.css';

const FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Title of the new plan', type: 'text' },
  { key: 'periodStart', label: 'Period start', type: 'date' },
  { key: 'periodEnd', label: 'Period end', type: 'date' },
];

const TITLE = 'New plan for the next period';

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function RollForwardForm({ document, reviews, onClose, onRolled }: { document: PlanDocument; reviews: number; onClose(): void; onRolled(planId: string): void }) {
  const api = useApi();
  const form = useFieldDrafts(FIELDS, nextPlanFields(document.plan, todayIso()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { carried, leftBehind } = rollForwardSummary(document.nodes);

  const submit = async () => {
    const values = form.read(FIELDS);
    if (!values) return;
    const title = String(values.title ?? '').trim();
    if (title === '') return form.setError('title', 'Give the new plan a title.');
    if (!values.periodStart) return form.setError('periodStart', 'Give the date the next period starts.');
    if (!values.periodEnd) return form.setError('periodEnd', 'Give the date the next period ends.');
    if (String(values.periodEnd) < String(values.periodStart)) return form.setError('periodEnd', 'The period must end after it starts.');
    setBusy(true);
    setError(null);
    try {
      const outcome = await api.rollForwardPlan({ planId: document.plan.id, title, periodStart: String(values.periodStart), periodEnd: String(values.periodEnd) });
      onRolled(outcome.plan.id);
    } catch (caught) {
      setError(errorSentence(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog title={TITLE} onClose={onClose} onSubmit={() => void submit()} footer={<DialogActions submitLabel="Create the plan" busy={busy} onCancel={onClose} />}>
      <p>
        Starts the next period of <strong>{document.account.name}</strong> from “{document.plan.title}”. The old plan stays in the account’s history,
        archived and read-only.
      </p>
      <FormFields fields={FIELDS} form={form} currency={document.plan.currency} />
      <div className="atlas-roll-forward__lists">
        <section aria-labelledby="roll-forward-carried">
          <h3 id="roll-forward-carried">Carried</h3>
          <ul>
            <li>{count(carried.stakeholders, 'stakeholder')}</li>
            <li>{count(carried.needs, 'need')}</li>
            <li>{count(carried.teamMembers, 'team member')}</li>
            <li>{count(carried.competitors, 'competitor')}</li>
            <li>{count(carried.openActions, 'open action')}</li>
            <li>{count(carried.other, 'other item')} (goals, opportunities, milestones without actuals …)</li>
          </ul>
        </section>
        <section aria-labelledby="roll-forward-left">
          <h3 id="roll-forward-left">Left behind with the old plan</h3>
          <ul>
            <li>{count(leftBehind.doneActions, 'done action')}</li>
            <li>{count(leftBehind.milestoneActuals, 'milestone actual')}</li>
            <li>{count(reviews, 'review')}</li>
          </ul>
        </section>
      </div>
      <DialogError message={error} />
    </Dialog>
  );
}

/** Asks for the next period's title and dates (the rule's proposal filled in), says what is carried, and rolls the plan forward. */
export function RollForwardDialog({ planId, onClose, onRolled }: { planId: string; onClose(): void; onRolled(planId: string): void }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ document: PlanDocument; reviews: number } | { error: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    Promise.all([api.loadPlan({ planId }), api.listSnapshots({ planId })]).then(
      ([document, reviews]) => {
        if (!cancelled) setLoaded({ document, reviews: reviews.length });
      },
      (caught: unknown) => {
        if (!cancelled) setLoaded({ error: errorSentence(caught) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, planId]);
  if (loaded && 'document' in loaded) return <RollForwardForm document={loaded.document} reviews={loaded.reviews} onClose={onClose} onRolled={onRolled} />;
  return (
    <Dialog title={TITLE} onClose={onClose} footer={<button type="button" className="atlas-button" onClick={onClose}>Cancel</button>}>
      {loaded ? <DialogError message={loaded.error} /> : <p role="status">Reading the plan…</p>}
    </Dialog>
  );
}
