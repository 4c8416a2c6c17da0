import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { MenuCommand } from '../../shared/desktop.ts';
import { useApi } from '../api/ApiContext.tsx';
import { editRefusalSentence, useLibraryStatus } from '../api/LibraryStatus.tsx';
import type { CanvasControls, Confirmation } from '../commands/command.ts';
import type { RunHooks } from '../commands/run.ts';
import { createPlanStore } from '../store/planStore.ts';
import type { PlanStore } from '../store/types.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorMessage, errorSentence } from '../ui/ErrorMessage.tsx';
import { ConnectChooser } from './ConnectChooser.tsx';
import { ConnectToDialog } from './ConnectToDialog.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { PlanContext, usePlan, usePlanStoreApi } from './PlanContext.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useMapShortcuts, useMenuCommands } from './useMapShortcuts.ts';
import { loadPlanDocument } from './planLoad.ts';
import { viewOf } from '../views/registry.ts';
import { loadSavedView } from '../views/savedView.ts';
import { useRememberedView } from '../views/useRememberedView.ts';
import { loadMinimapPrefs } from './minimapPrefs.ts';
import { useRememberedMinimap } from './useRememberedMinimap.ts';
import { useWorkshop } from '../live/workshopStore.ts';
import { hostPanels } from '../workshop/hostPanels.ts';
import { PresenceBar } from '../workshop/PresenceBar.tsx';
import { toggleProjector, useProjectorMode } from '../workshop/useProjectorMode.ts';
import { useFollowHost } from '../workshop/useFollowHost.ts';
import { JoinPanelSlot, openWorkshop, WorkshopControls } from '../workshop/WorkshopControls.tsx';
import '../styles/workshop.css';
import { createLiveFeed } from '../live/createLiveFeed.ts';
import { openPlanSearch } from '../search/useSearchShortcut.ts';
import { PresenceSender } from '../live/PresenceSender.tsx';
import { VIEW_PANEL_ID } from '../views/viewPanel.ts';
import { CompareTracker } from '../review/CompareTracker.tsx';
import { reviewStore, useReview } from '../review/reviewStore.ts';
import { RollForwardDialog } from '../home/RollForwardDialog.tsx';
import { ArchivedBanner, useArchivedPlan } from './ArchivedBanner.tsx';

// The document preview, the export dialog, the contact import and the plan check load when first opened: the map opens sooner
// without their code (the document outline and its formats) to parse first.
const DocumentPreview = lazy(() => import('../export/DocumentPreview.tsx').then((module) => ({ default: module.DocumentPreview })));
const ExportDialog = lazy(() => import('../export/ExportDialog.tsx').then((module) => ({ default: module.ExportDialog })));
const ImportContactsDialog = lazy(() => import('../contacts/ImportContactsDialog.tsx').then((module) => ({ default: module.ImportContactsDialog })));
const HealthPanel = lazy(() => import('../health/HealthPanel.tsx').then((module) => ({ default: module.HealthPanel })));
// Issue 15: reviews and what changed since.
const ReviewsPanel = lazy(() => import('../review/ReviewsPanel.tsx').then((module) => ({ default: module.ReviewsPanel })));

/** Where the home screen should go after leaving a plan. */
export type HomeIntent = 'newAccount' | 'newPlan' | 'trash' | 'backups' | null;

function PlanWorkspace({ onHome, onOpenPlan }: { onHome(intent: HomeIntent): void; onOpenPlan(planId: string): void }) {
  const store = usePlanStoreApi();
  const canvas = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  const [rollingForward, setRollingForward] = useState(false);
  const [leaving, setLeaving] = useState<HomeIntent | undefined>(undefined);
  const sidePane = usePlan((state) => state.sidePane);
  const View = viewOf(usePlan((state) => state.view)).component;
  const planId = usePlan((state) => state.plan.id);
  const importingContacts = usePlan((state) => state.contactImport !== null);
  // Projector mode hides the side panels without changing them, so leaving it shows them as they were.
  const projector = useWorkshop((state) => state.projector);
  const compared = useReview((state) => state.compared);
  // Leaving the plan ends its comparison.
  useEffect(() => () => reviewStore.getState().reset(), []);
  useMapShortcuts(canvas);
  useRememberedView();
  useRememberedMinimap();
  useFollowHost();

  const leave = async (intent: HomeIntent) => {
    await store.getState().flush();
    if (store.getState().hasUnsavedChanges()) setLeaving(intent);
    else onHome(intent);
  };

  // The next period starts from the plan as saved: what is still on its way to the library goes first.
  const startRollForward = async () => {
    await store.getState().flush();
    if (store.getState().hasUnsavedChanges()) store.getState().showNotice('Some changes are not saved yet: press Retry, then start the next period.');
    else setRollingForward(true);
  };

  const menuHandlers = useMemo<Partial<Record<MenuCommand, () => void>>>(
    () => ({
      'file.export': () => setExporting(true),
      'file.newAccount': () => void leave('newAccount'),
      'file.newPlan': () => void leave('newPlan'),
      'file.trash': () => void leave('trash'),
      'file.backups': () => void leave('backups'),
      'file.rollForward': () => void startRollForward(),
      'view.projector': toggleProjector,
      'edit.find': () => openPlanSearch(store),
      'workshop.start': () => openWorkshop(store.getState().plan.id),
      'workshop.joinPanel': () => {
        if (hostPanels.getState().status.running) hostPanels.getState().showJoinPanel(true);
        else hostPanels.getState().openDialog('start');
      },
      'workshop.end': () => {
        if (hostPanels.getState().status.running) hostPanels.getState().openDialog('end');
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useMenuCommands(menuHandlers);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!store.getState().hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  return (
    <div className="atlas-plan">
      <Toolbar onBack={() => void leave(null)} onExport={() => setExporting(true)} onRollForward={() => void startRollForward()} />
      <ArchivedBanner />
      <PresenceBar />
      <div className="atlas-plan__body">
        <Suspense fallback={<ViewLoading />}>
          <View mapArea={canvas} />
        </Suspense>
        {projector ? null : (
          <>
            <Suspense fallback={sidePane ? <PaneLoading /> : null}>
              {sidePane === 'preview' ? <DocumentPreview /> : sidePane === 'health' ? <HealthPanel /> : sidePane === 'reviews' ? <ReviewsPanel /> : null}
            </Suspense>
            <Inspector />
          </>
        )}
        <JoinPanelSlot />
        {compared ? <CompareTracker snapshot={compared} /> : null}
      </div>
      <div className="atlas-at-pointer" role="region" aria-label="Menus">
        <ContextMenu />
        <ConnectChooser />
        <ConnectToDialog />
      </div>
      <WorkshopControls planId={planId} />
      <Suspense fallback={null}>
        {exporting ? <ExportDialog planId={store.getState().plan.id} onClose={() => setExporting(false)} /> : null}
        {importingContacts ? <ImportContactsDialog /> : null}
      </Suspense>
      {rollingForward ? (
        <RollForwardDialog
          planId={planId}
          onClose={() => setRollingForward(false)}
          onRolled={(next) => {
            setRollingForward(false);
            onOpenPlan(next);
          }}
        />
      ) : null}
      {leaving !== undefined ? (
        <ConfirmDialog
          title="Leave with unsaved changes?"
          confirmLabel="Leave anyway"
          danger
          onClose={() => setLeaving(undefined)}
          onConfirm={() => onHome(leaving)}
        >
          <p>
            Some changes to this plan could not be saved yet ({store.getState().save.message ?? 'the save failed'}). If you leave now,
            they are lost. Stay and press Retry, or leave anyway.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; store: StoreApi<PlanStore> };

/** Opens one plan: loads it, creates its store, and shows the map with palette, inspector and toolbar. */
export function PlanScreen({ planId, onHome, onOpenPlan }: { planId: string; onHome(intent: HomeIntent): void; onOpenPlan(planId: string): void }) {
  const api = useApi();
  const live = useMemo(() => createLiveFeed(api), [api]);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const canvas = useRef<CanvasControls | null>(null);
  const status = useLibraryStatus();
  const farewell = useWorkshop((state) => state.farewell);
  useProjectorMode();
  const [question, setQuestion] = useState<{ confirmation: Confirmation; proceed: () => void } | null>(null);
  const hooks = useRef<RunHooks>({});
  const archived = useArchivedPlan(loaded.status === 'ready' ? loaded.store : null);
  hooks.current = {
    readOnly: status.readOnly ? (status.reason ?? 'it cannot be written') : archived ? 'this plan is archived' : null,
    readOnlyNotice: editRefusalSentence(status) ?? archived,
    confirm: (confirmation, proceed) => setQuestion({ confirmation, proceed }),
  };

  useEffect(() => {
    let cancelled = false;
    let opened: StoreApi<PlanStore> | null = null;
    setLoaded({ status: 'loading' });
    let stopLive = () => {};
    loadPlanDocument(api, planId).then(
      (document) => {
        if (cancelled) return;
        const store = createPlanStore(document, { api });
        store.getState().setPanels({ view: loadSavedView(planId), ...loadMinimapPrefs({ width: window.innerWidth, height: window.innerHeight }) });
        opened = store;
        // Every view of the plan stays current: changes made in other windows and programs arrive as they happen.
        stopLive = live.follow(planId, {
          revision: () => store.getState().revision,
          changes: (entries) => store.getState().hearChanges(entries),
          reload: () => void api.loadPlan({ planId }).then((fresh) => store.getState().reloadFrom(fresh), () => undefined),
          state: (state) => store.getState().setLive(state),
        });
        setLoaded({ status: 'ready', store });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ status: 'error', message: errorSentence(error) });
      },
    );
    return () => {
      cancelled = true;
      stopLive();
      if (opened) {
        const store = opened;
        void store.getState().flush().finally(() => store.getState().dispose());
      }
    };
  }, [api, live, planId, attempt]);

  const context = useMemo(() => (loaded.status === 'ready' ? { store: loaded.store, canvas, hooks } : null), [loaded]);

  if (farewell !== null) {
    return (
      <div className="atlas-centered">
        <p className="atlas-farewell" role="alert">
          {farewell}
        </p>
      </div>
    );
  }
  if (loaded.status === 'loading') {
    return (
      <div className="atlas-centered" role="status">
        Opening the plan…
      </div>
    );
  }
  if (loaded.status === 'error' || !context) {
    return (
      <div className="atlas-centered">
        <ErrorMessage message={loaded.status === 'error' ? loaded.message : 'The plan could not be opened.'} action={{ label: 'Try again', onClick: () => setAttempt((n) => n + 1) }} />
        <button type="button" className="atlas-button" onClick={() => onHome(null)}>
          Back to all accounts
        </button>
      </div>
    );
  }
  return (
    <PlanContext.Provider value={context}>
      <PlanWorkspace key={status.readOnly || archived ? 'read-only' : 'editable'} onHome={onHome} onOpenPlan={onOpenPlan} />
      <PresenceSender feed={live} />
      {question ? (
        <ConfirmDialog
          title={question.confirmation.title}
          confirmLabel={question.confirmation.confirmLabel}
          danger
          onClose={() => setQuestion(null)}
          onConfirm={question.proceed}
        >
          <p>{question.confirmation.message}</p>
        </ConfirmDialog>
      ) : null}
    </PlanContext.Provider>
  );
}

/** Shown in place of a view while its code loads (a moment, the first time only). */
function ViewLoading() {
  return (
    <main id={VIEW_PANEL_ID} className="atlas-plan__map" aria-label="Loading view" aria-busy="true">
      <p className="atlas-pane__loading" role="status">
        Loading…
      </p>
    </main>
  );
}

/** Shown in the side pane while its code loads (a moment, the first time only). */
function PaneLoading() {
  return (
    <section className="atlas-pane" aria-label="Loading" aria-busy="true">
      <p className="atlas-pane__loading" role="status">
        Loading…
      </p>
    </section>
  );
}
