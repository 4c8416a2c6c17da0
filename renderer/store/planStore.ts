import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { AtlasApi } from '../../shared/api.ts';
import { applyPlanChange, composeChanges, invertChange, isEmptyChange, sameValue, toFieldChanges } from '../../shared/changes.ts';
import type { PlanChange, PlanContent } from '../../shared/changes.ts';
import type { PlanDocument } from '../../shared/model.ts';
import type { Viewport } from '../../shared/plan.ts';
import { createSaveQueue } from '../save/saveQueue.ts';
import type { SaveOperation } from '../save/saveQueue.ts';
import { newId } from '../../shared/ids.ts';
import type { LoggedChange } from '../../shared/patch.ts';
import { isAddOf } from '../../shared/rules/cancelAdd.ts';
import { deletedWhileEditingNotice } from '../../shared/workshop.ts';
import { createConfirmedPlan } from './confirmedPlan.ts';
import { onlyEditsNodes } from './editedAway.ts';
import type { HistoryEntry, PlanState, PlanStore, Selection } from './types.ts';

/** How long the viewport must rest before it is saved. */
export const VIEWPORT_SAVE_DELAY_MS = 500;
/** Undo steps kept per open plan. */
export const HISTORY_LIMIT = 200;

/** What the store needs from outside (injected so tests can use a real service in Node). */
export interface PlanStoreDeps {
  api: Pick<AtlasApi, 'applyPatch'>;
}

/** The initial state of an opened plan. */
export function initialPlanState(document: PlanDocument): PlanState {
  return {
    account: document.account,
    plan: document.plan,
    nodes: Object.fromEntries(document.nodes.map((node) => [node.id, node])),
    edges: Object.fromEntries(document.edges.map((edge) => [edge.id, edge])),
    viewport: document.viewport,
    revision: document.revision ?? 0,
    live: 'connecting',
    selection: { nodeIds: [], edgeId: null },
    renamingNodeId: null,
    freshNodeId: null,
    inspectingNodeId: null,
    past: [],
    future: [],
    save: { state: 'saved', message: null },
    connection: null,
    contextMenu: null,
    notice: null,
    showMinimap: false,
    minimapCorner: 'top-right',
    showInspector: true,
    showLegend: false,
    sidePane: null,
    view: 'map',
    connectFrom: null,
    contactImport: null,
  };
}

/** Keeps only selected ids that still exist. */
function existingSelection(state: PlanState, selection: Selection): Selection {
  return {
    nodeIds: selection.nodeIds.filter((id) => state.nodes[id] !== undefined),
    edgeId: selection.edgeId !== null && state.edges[selection.edgeId] ? selection.edgeId : null,
  };
}

/** The plan content of a state. */
function contentOf(state: PlanContent): PlanContent {
  return { account: state.account, plan: state.plan, nodes: state.nodes, edges: state.edges };
}

/** `next` with every record that equals its counterpart in `current` replaced by that object, so React keeps it. */
function keepIdentity(current: PlanContent, next: PlanContent): PlanContent {
  const reuse = <T>(mine: Readonly<Record<string, T>>, theirs: Readonly<Record<string, T>>): Readonly<Record<string, T>> => {
    let same = Object.keys(mine).length === Object.keys(theirs).length;
    const out: Record<string, T> = {};
    for (const [id, record] of Object.entries(theirs)) {
      const old = mine[id];
      const kept = old !== undefined && (old === record || sameValue(old, record)) ? old : record;
      if (kept !== old) same = false;
      out[id] = kept;
    }
    return same ? mine : out;
  };
  return {
    account: sameValue(current.account, next.account) ? current.account : next.account,
    plan: sameValue(current.plan, next.plan) ? current.plan : next.plan,
    nodes: reuse(current.nodes, next.nodes),
    edges: reuse(current.edges, next.edges),
  };
}

/**
 * Creates the store of one open plan. Every change is applied to the map at once and saved as a field-level
 * change. The store keeps the plan as the backend last confirmed it; when the backend refuses a change, the map
 * becomes that confirmed plan with the changes still waiting applied on top, and the user is told why.
 */
export function createPlanStore(document: PlanDocument, deps: PlanStoreDeps): StoreApi<PlanStore> {
  const planId = document.plan.id;
  let viewportTimer: ReturnType<typeof setTimeout> | null = null;
  let nextEntryId = 1;

  return createStore<PlanStore>()((set, get) => {
    const confirmed = createConfirmedPlan(contentOf(initialPlanState(document)), document.revision ?? 0);

    /**
     * The map becomes the confirmed plan with this window's waiting changes on top; unchanged records keep identity.
     * When the node being renamed or edited is gone, its editor closes with a notice naming `deleter` (who deleted it,
     * as the change log says; empty when not known).
     */
    const rebase = (extra: Partial<PlanState> = {}, deleter = '') => {
      const state = get();
      let view = confirmed.content();
      for (const waiting of queue.pending()) view = applyPlanChange(view, waiting.change);
      const content = keepIdentity(contentOf(state), view);
      const next = { ...state, ...content };
      const gone = (id: string | null) => id !== null && !content.nodes[id];
      const edited = state.renamingNodeId ?? state.inspectingNodeId;
      const editedAway = edited !== null && gone(edited) ? state.nodes[edited] : undefined;
      if (editedAway) droppedWhileEditing.add(editedAway.id);
      set({
        ...content,
        revision: confirmed.revision(),
        selection: existingSelection(next, state.selection),
        renamingNodeId: gone(state.renamingNodeId) ? null : state.renamingNodeId,
        freshNodeId: gone(state.freshNodeId) ? null : state.freshNodeId,
        inspectingNodeId: gone(state.inspectingNodeId) ? null : state.inspectingNodeId,
        ...(editedAway ? { notice: deletedWhileEditingNotice(deleter, editedAway.label) } : {}),
        ...extra,
      });
      heardUnderPending = false;
    };
    // Nodes deleted elsewhere while this window was editing them: the person was told, so the refusal of what they
    // had typed into them (still on its way) is not shown as well.
    const droppedWhileEditing = new Set<string>();
    // Set when a change heard from elsewhere was put under changes of this window's still on their way: once
    // those are acknowledged, the map is worked out again so the library's order of the two holds.
    let heardUnderPending = false;

    const queue = createSaveQueue({
      send: async (change: PlanChange, changeId: string) => (await deps.api.applyPatch({ planId, changeId, ...change } as never)).revision,
      onStatus: (save) => set({ save }),
      onSaved(operation, revision) {
        if (typeof revision === 'number') confirmed.acknowledge(revision, operation.change, operation.changeId);
        if (heardUnderPending) rebase();
        else if (confirmed.revision() !== get().revision) set({ revision: confirmed.revision() });
      },
      onRefused(operation, message) {
        const state = get();
        const dropped = new Set(operation.entryIds);
        const told = onlyEditsNodes(operation.change, droppedWhileEditing);
        rebase({
          past: state.past.filter((entry) => !dropped.has(entry.id)),
          future: state.future.filter((entry) => !dropped.has(entry.id)),
          ...(told ? {} : { notice: `That change was not saved and has been undone: ${message}` }),
        });
      },
    });

    const save = (change: PlanChange, entryIds: readonly number[] = []) => {
      const operation: SaveOperation = { change, changeId: newId(), entryIds };
      queue.enqueue(operation);
    };

    const replay = (entry: HistoryEntry, change: PlanChange, selection: Selection) => {
      set((state) => {
        const next = applyPlanChange(state, change);
        return { ...next, selection: existingSelection(next, selection), renamingNodeId: null, freshNodeId: null };
      });
      save(change, [entry.id]);
    };

    return {
      ...initialPlanState(document),

      applyEdit(edit, policy) {
        const before = get();
        const selectionBefore = before.selection;
        const forward = edit.inverse ? edit.forward : toFieldChanges(before, edit.forward);
        const inverse = edit.inverse ?? invertChange(before, forward);
        let entryId = nextEntryId;
        set((state) => {
          const next = applyPlanChange(state, forward);
          const selection = edit.selectAfter ? existingSelection(next, edit.selectAfter) : existingSelection(next, state.selection);
          let past = state.past;
          let future = state.future;
          if (policy === 'record') {
            const top = past.at(-1);
            if (edit.coalesceKey !== undefined && top?.coalesceKey === edit.coalesceKey && future.length === 0) {
              entryId = top.id;
              const merged: HistoryEntry = {
                ...top,
                forward: composeChanges(top.forward, forward),
                inverse: composeChanges(inverse, top.inverse),
                selectionAfter: selection,
              };
              past = [...past.slice(0, -1), merged];
            } else if (!isEmptyChange(forward)) {
              nextEntryId += 1;
              const entry: HistoryEntry = {
                id: entryId,
                label: edit.label,
                forward,
                inverse,
                coalesceKey: edit.coalesceKey,
                selectionBefore,
                selectionAfter: selection,
              };
              past = [...past, entry].slice(-HISTORY_LIMIT);
            }
            future = [];
          }
          const added = edit.renameAfter !== undefined && !state.nodes[edit.renameAfter] && next.nodes[edit.renameAfter] !== undefined;
          const freshNodeId = policy === 'record' && added ? edit.renameAfter! : null;
          return { ...next, selection, past, future, renamingNodeId: edit.renameAfter ?? null, freshNodeId, notice: edit.notice ?? null };
        });
        save(forward, policy === 'record' ? [entryId] : []);
      },

      undo() {
        const entry = get().past.at(-1);
        if (!entry) return false;
        set((state) => ({ past: state.past.slice(0, -1), future: [...state.future, entry] }));
        replay(entry, entry.inverse, entry.selectionBefore);
        return true;
      },

      redo() {
        const entry = get().future.at(-1);
        if (!entry) return false;
        set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, entry] }));
        replay(entry, entry.forward, entry.selectionAfter);
        return true;
      },

      select(selection) {
        set((state) => {
          const nodeIds = selection.nodeIds ?? state.selection.nodeIds;
          const edgeId = selection.edgeId === undefined ? state.selection.edgeId : selection.edgeId;
          const same =
            edgeId === state.selection.edgeId &&
            nodeIds.length === state.selection.nodeIds.length &&
            nodeIds.every((id, index) => id === state.selection.nodeIds[index]);
          return same ? state : { selection: { nodeIds, edgeId } };
        });
      },

      startRename(nodeId) {
        set({ renamingNodeId: nodeId, freshNodeId: null });
      },

      withdrawAdd(nodeId) {
        const state = get();
        const entry = state.past.at(-1);
        if (state.freshNodeId !== nodeId || !entry || !isAddOf(entry, nodeId)) return false;
        set({ past: state.past.slice(0, -1) });
        replay(entry, entry.inverse, entry.selectionBefore);
        return true;
      },

      setInspecting(nodeId) {
        if (get().inspectingNodeId !== nodeId) set({ inspectingNodeId: nodeId });
      },

      previewPositions(positions) {
        set((state) => applyPlanChange(state, { positions }));
      },

      setViewport(viewport: Viewport) {
        set({ viewport });
        if (viewportTimer !== null) clearTimeout(viewportTimer);
        viewportTimer = setTimeout(() => {
          viewportTimer = null;
          save({ viewport: get().viewport ?? viewport });
        }, VIEWPORT_SAVE_DELAY_MS);
      },

      updateAccount(changes) {
        const change = toFieldChanges(get(), { account: changes });
        set((state) => applyPlanChange(state, change));
        save(change);
      },

      updatePlan(changes) {
        const change = toFieldChanges(get(), { plan: changes });
        set((state) => applyPlanChange(state, change));
        save(change);
      },

      hearChanges(entries: readonly LoggedChange[]) {
        let applied = false;
        const edited = get().renamingNodeId ?? get().inspectingNodeId;
        let deleter = '';
        const rebaseHeard = () => {
          const underPending = queue.hasUnsaved();
          rebase({}, deleter);
          heardUnderPending = underPending;
        };
        for (const entry of entries) {
          const outcome = confirmed.hear(entry, queue.pendingIds());
          if (outcome === 'gap') {
            if (applied) rebaseHeard();
            return 'gap';
          }
          if (outcome === 'applied') {
            applied = true;
            if (edited !== null && entry.change.deleteNodes?.includes(edited)) deleter = entry.author;
          }
        }
        if (applied) rebaseHeard();
        else if (confirmed.revision() !== get().revision) set({ revision: confirmed.revision() });
        return 'ok';
      },

      reloadFrom(fresh: PlanDocument) {
        const content = contentOf(initialPlanState(fresh));
        confirmed.reset(content, fresh.revision ?? 0);
        rebase();
      },

      setLive: (live) => {
        if (get().live !== live) set({ live });
      },

      retrySave: () => queue.retry(),
      hasUnsavedChanges: () => viewportTimer !== null || queue.hasUnsaved(),

      async flush() {
        if (viewportTimer !== null) {
          clearTimeout(viewportTimer);
          viewportTimer = null;
          const viewport = get().viewport;
          if (viewport) save({ viewport });
        }
        await queue.idle();
      },

      setPanels: (flags) => set(flags),
      setConnection: (connection) => set({ connection }),
      setContextMenu: (contextMenu) => set({ contextMenu }),
      showNotice: (notice) => set({ notice }),

      dispose() {
        if (viewportTimer !== null) clearTimeout(viewportTimer);
        queue.dispose();
      },
    };
  });
}
