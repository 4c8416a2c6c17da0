import { useEffect, useState } from 'react';
import type { AccountWithPlans, PlanSummary } from '../../shared/api.ts';
import { TRASH_DAYS } from '../../shared/trash.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useLibraryStatus } from '../api/LibraryStatus.tsx';
import type { HomeIntent } from '../map/PlanScreen.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorMessage, errorSentence } from '../ui/ErrorMessage.tsx';
import { Glyph } from '../ui/KindIcon.tsx';
import { AccountCard } from './AccountCard.tsx';
import type { AccountCardActions } from './AccountCard.tsx';
import { AccountForm } from './AccountForm.tsx';
import { BackupsDialog } from './BackupsDialog.tsx';
import { PlanForm } from './PlanForm.tsx';
import { RollForwardDialog } from './RollForwardDialog.tsx';
import { Portfolio } from './Portfolio.tsx';
import { TrashDialog } from './TrashDialog.tsx';
import { useLibrary } from './useLibrary.ts';
import { findSamplePlan } from '../../shared/sample/find.ts';

type Modal =
  | { type: 'newAccount' }
  | { type: 'editAccount'; account: AccountWithPlans }
  | { type: 'deleteAccount'; account: AccountWithPlans }
  | { type: 'newPlan'; account: AccountWithPlans }
  | { type: 'editPlan'; account: AccountWithPlans; plan: PlanSummary }
  | { type: 'deletePlan'; account: AccountWithPlans; plan: PlanSummary }
  | { type: 'rollForward'; plan: PlanSummary }
  | { type: 'trash' }
  | { type: 'backups' }
  | null;

function modalOfIntent(intent: HomeIntent): Modal {
  if (intent === 'newAccount' || intent === 'trash' || intent === 'backups') return { type: intent };
  return null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The home screen: accounts with their tier and plans; create, edit, delete and open. */
export function HomeScreen({ onOpenPlan, intent }: { onOpenPlan(planId: string): void; intent: HomeIntent }) {
  const api = useApi();
  const library = useLibrary();
  const [modal, setModal] = useState<Modal>(() => modalOfIntent(intent));
  const { readOnly } = useLibraryStatus();
  const [error, setError] = useState<string | null>(null);
  const [openingSample, setOpeningSample] = useState(false);
  const [showPortfolio, setShowPortfolio] = useState(false);

  useEffect(() => {
    if (intent === 'newPlan' && library.accounts?.length) setModal({ type: 'newPlan', account: library.accounts[0]! });
  }, [intent, library.accounts]);

  useEffect(() => {
    const bridge = window.atlasDesktop;
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      if (command === 'file.newAccount') setModal({ type: 'newAccount' });
      if (command === 'file.newPlan' && library.accounts?.length) setModal({ type: 'newPlan', account: library.accounts[0]! });
      if (command === 'file.trash') setModal({ type: 'trash' });
      if (command === 'file.backups') setModal({ type: 'backups' });
    });
  }, [library.accounts]);

  // The sample already in the library opens as it is: a second Northwind account helps no one, and opening writes nothing.
  const sample = findSamplePlan(library.accounts ?? []);
  const openSample = async () => {
    if (sample) return onOpenPlan(sample.planId);
    setOpeningSample(true);
    setError(null);
    try {
      const { planId } = await api.createSamplePlan({ openExisting: true });
      onOpenPlan(planId);
    } catch (caught) {
      setError(errorSentence(caught));
      setOpeningSample(false);
    }
  };

  const close = () => setModal(null);
  const actions: AccountCardActions = {
    onOpenPlan: (plan) => onOpenPlan(plan.id),
    onNewPlan: (account) => setModal({ type: 'newPlan', account }),
    onEditAccount: (account) => setModal({ type: 'editAccount', account }),
    onDeleteAccount: (account) => setModal({ type: 'deleteAccount', account }),
    onEditPlan: (account, plan) => setModal({ type: 'editPlan', account, plan }),
    onDeletePlan: (account, plan) => setModal({ type: 'deletePlan', account, plan }),
    onRollForward: (_account, plan) => setModal({ type: 'rollForward', plan }),
  };

  const accounts = library.accounts;
  const empty = accounts !== null && accounts.length === 0;
  const planCount = accounts?.reduce((sum, account) => sum + account.plans.length, 0) ?? 0;

  return (
    <div className="atlas-home">
      <header className="atlas-home__bar">
        <div className="atlas-brand">
          <span className="atlas-brand__mark" aria-hidden="true" />
          <span>Account Atlas</span>
        </div>
        <div className="atlas-home__bar-actions">
          {!empty ? (
            <button type="button" className="atlas-button" aria-pressed={showPortfolio} onClick={() => setShowPortfolio((shown) => !shown)}>
              Portfolio
            </button>
          ) : null}
          <button type="button" className="atlas-button" onClick={() => setModal({ type: 'trash' })}>
            <Glyph name="trash" size={15} />
            Trash
          </button>
          <button type="button" className="atlas-button" onClick={() => setModal({ type: 'backups' })}>
            Backups
          </button>
          {!empty ? (
            <button type="button" className="atlas-button" onClick={() => void openSample()} disabled={openingSample || (readOnly && !sample)}>
              Open the sample plan
            </button>
          ) : null}
          <button type="button" className="atlas-button atlas-button--primary" disabled={readOnly} onClick={() => setModal({ type: 'newAccount' })}>
            <Glyph name="plus" size={15} />
            New account
          </button>
        </div>
      </header>

      <main className={showPortfolio ? 'atlas-home__main is-wide' : 'atlas-home__main'}>
        {library.error ? <ErrorMessage message={library.error} action={{ label: 'Try again', onClick: () => void library.reload() }} /> : null}
        {error ? <ErrorMessage message={error} /> : null}
        {accounts === null && !library.error ? (
          <p className="atlas-centered" role="status">
            Loading your accounts…
          </p>
        ) : null}
        {empty ? (
          <section className="atlas-welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">Map your strategic accounts</h1>
            <p>
              Build each account plan as a visual map of stakeholders, needs, goals, opportunities and actions, then export a clean plan
              document for the review or the customer meeting.
            </p>
            <div className="atlas-welcome__actions">
              <button type="button" className="atlas-button atlas-button--primary atlas-button--large" onClick={() => void openSample()} disabled={openingSample}>
                {openingSample ? 'Opening the sample plan…' : 'Open the sample plan'}
              </button>
              <button type="button" className="atlas-button atlas-button--large" onClick={() => setModal({ type: 'newAccount' })}>
                Create your first account
              </button>
            </div>
          </section>
        ) : null}
        {accounts && accounts.length > 0 && showPortfolio ? <Portfolio onOpenPlan={onOpenPlan} /> : null}
        {accounts && accounts.length > 0 && !showPortfolio ? (
          <>
            <div className="atlas-home__heading">
              <h1>Accounts</h1>
              <span>
                {plural(accounts.length, 'account', 'accounts')} · {plural(planCount, 'plan', 'plans')}
              </span>
            </div>
            <div className="atlas-home__list">
              {accounts.map((account) => (
                <AccountCard key={account.id} account={account} actions={actions} />
              ))}
            </div>
          </>
        ) : null}
      </main>

      {modal?.type === 'newAccount' || modal?.type === 'editAccount' ? (
        <AccountForm
          account={modal.type === 'editAccount' ? modal.account : undefined}
          onClose={close}
          onSaved={() => {
            close();
            void library.reload();
          }}
        />
      ) : null}
      {modal?.type === 'newPlan' || modal?.type === 'editPlan' ? (
        <PlanForm
          account={modal.account}
          plan={modal.type === 'editPlan' ? modal.plan : undefined}
          onClose={close}
          onSaved={(plan) => {
            close();
            if (modal.type === 'newPlan') onOpenPlan(plan.id);
            else void library.reload();
          }}
        />
      ) : null}
      {modal?.type === 'rollForward' ? <RollForwardDialog planId={modal.plan.id} onClose={close} onRolled={onOpenPlan} /> : null}
      {modal?.type === 'trash' ? <TrashDialog onClose={close} onChanged={() => void library.reload()} /> : null}
      {modal?.type === 'backups' ? (
        <BackupsDialog
          onClose={close}
          onRestored={() => {
            close();
            void library.reload();
          }}
        />
      ) : null}
      {modal?.type === 'deleteAccount' ? (
        <ConfirmDialog
          title={`Delete account “${modal.account.name}”?`}
          confirmLabel="Delete account"
          danger
          onClose={close}
          onConfirm={async () => {
            await api.deleteAccount({ id: modal.account.id });
            await library.reload();
          }}
        >
          <p>
            This deletes the account <strong>{modal.account.name}</strong>
            {modal.account.plans.length > 0 ? (
              <>
                {' '}
                and its {plural(modal.account.plans.length, 'plan', 'plans')} ({modal.account.plans.map((plan) => `“${plan.title}”`).join(', ')}) with
                their maps and snapshots
              </>
            ) : null}
            . They go to the Trash, where you can restore them for {TRASH_DAYS} days.
          </p>
        </ConfirmDialog>
      ) : null}
      {modal?.type === 'deletePlan' ? (
        <ConfirmDialog
          title={`Delete plan “${modal.plan.title}”?`}
          confirmLabel="Delete plan"
          danger
          onClose={close}
          onConfirm={async () => {
            await api.deletePlan({ id: modal.plan.id });
            await library.reload();
          }}
        >
          <p>
            This deletes the plan <strong>{modal.plan.title}</strong> of {modal.account.name}, with its map of{' '}
            {plural(modal.plan.nodeCount, 'item', 'items')} and its snapshots. The account stays. The plan goes to the Trash, where you can
            restore it for {TRASH_DAYS} days.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
