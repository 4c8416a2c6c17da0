import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { AtlasApi } from '../../shared/api.ts';
import type { PlanDocument } from '../../shared/model.ts';
import type { Viewport } from '../../shared/plan.ts';
import { createSaveQueue } from '../save/saveQueue.ts';
import type { SaveOperation } from '../save/saveQueue.ts';
import { applyMapPatch, composePatches, toPlanPatchInput } from './mapPatch.ts';
import type { MapPatch } from './mapPatch.ts';
import { rootNode } from './tree.ts';
import type { HistoryEntry, PlanState, PlanStore, Selection } from './types.ts';

/** How long the viewport must rest before it is saved. */
export const VIEWPORT_SAVE_DELAY_MS = 500;
/** Undo steps kept per open plan. */
export const HISTORY_LIMIT = 200;

/** What the store needs from outside (injected so tests can use a real service in Node). */
export interface PlanStoreDeps {
  api: Pick<AtlasApi, 'applyPatch' | 'updateAccount' | 'updatePlan'>;
}

/** The initial state of an opened plan. */
export function initialPlanState(document: PlanDocument): PlanState {
  return {
    account: document.account,
    plan: document.plan,
    nodes: Object.fromEntries(document.nodes.map((node) => [node.id, node])),
    edges: Object.fromEntries(document.edges.map((edge) => [edge.id, edge])),
    viewport: document.viewport,
    selection: { nodeIds: [], edgeId: null },
    renamingNodeId: null,
    past: [],
    future: [],
    save: { state: 'saved', message: null },
    connection: null,
    contextMenu: null,
    notice: null,
    showMinimap: false,
    showInspector: true,
    showLegend: false,
    sidePane: null,
  };
}

/** Keeps only selected ids that still exist. */
function existingSelection(state: PlanState, selection: Selection): Selection {
  return {
    nodeIds: selection.nodeIds.filter((id) => state.nodes[id] !== undefined),
    edgeId: selection.edgeId !== null && state.edges[selection.edgeId] ? selection.edgeId : null,
  };
}

/** Creates the store of one open plan; every map change is applied at once and saved as a small patch. */
export function createPlanStore(document: PlanDocument, deps: PlanStoreDeps): StoreApi<PlanStore> {
  const planId = document.plan.id;
  let viewportTimer: ReturnType<typeof setTimeout> | null = null;

  return createStore<PlanStore>()((set, get) => {
    const queue = createSaveQueue({
      send: async (operation: SaveOperation) => {
        if (operation.kind === 'patch') await deps.api.applyPatch(toPlanPatchInput(planId, operation.patch));
        else if (operation.kind === 'account') await deps.api.updateAccount({ id: get().account.id, changes: operation.changes });
        else await deps.api.updatePlan({ id: planId, changes: operation.changes });
      },
      onStatus: (save) => set({ save }),
    });

    const saveMap = (patch: MapPatch) => queue.enqueue({ kind: 'patch', patch });

    // The account's name follows the label of the account node at the centre of the map (also on undo).
    const syncAccountName = () => {
      const state = get();
      const root = rootNode(state.nodes);
      const name = root?.kind === 'account' ? root.label.trim() : '';
      if (name === '' || name === state.account.name) return;
      set({ account: { ...state.account, name } });
      queue.enqueue({ kind: 'account', changes: { name } });
    };

    const replay = (patch: MapPatch, selection: Selection) => {
      set((state) => {
        const next = applyMapPatch(state, patch);
        return { ...next, selection: existingSelection(next, selection), renamingNodeId: null };
      });
      saveMap(patch);
      syncAccountName();
    };

    return {
      ...initialPlanState(document),

      applyEdit(edit, policy) {
        const before = get();
        const selectionBefore = before.selection;
        set((state) => {
          const next = applyMapPatch(state, edit.forward);
          const selection = edit.selectAfter ? existingSelection(next, edit.selectAfter) : existingSelection(next, state.selection);
          let past = state.past;
          let future = state.future;
          if (policy === 'record') {
            const top = past.at(-1);
            if (edit.coalesceKey !== undefined && top?.coalesceKey === edit.coalesceKey && future.length === 0) {
              const merged: HistoryEntry = {
                ...top,
                forward: composePatches(top.forward, edit.forward),
                inverse: composePatches(edit.inverse, top.inverse),
                selectionAfter: selection,
              };
              past = [...past.slice(0, -1), merged];
            } else {
              const entry: HistoryEntry = {
                label: edit.label,
                forward: edit.forward,
                inverse: edit.inverse,
                coalesceKey: edit.coalesceKey,
                selectionBefore,
                selectionAfter: selection,
              };
              past = [...past, entry].slice(-HISTORY_LIMIT);
            }
            future = [];
          }
          return { ...next, selection, past, future, renamingNodeId: edit.renameAfter ?? null, notice: edit.notice ?? null };
        });
        saveMap(edit.forward);
        syncAccountName();
      },

      undo() {
        const entry = get().past.at(-1);
        if (!entry) return false;
        set((state) => ({ past: state.past.slice(0, -1), future: [...state.future, entry] }));
        replay(entry.inverse, entry.selectionBefore);
        return true;
      },

      redo() {
        const entry = get().future.at(-1);
        if (!entry) return false;
        set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, entry] }));
        replay(entry.forward, entry.selectionAfter);
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
        set({ renamingNodeId: nodeId });
      },

      previewPositions(positions) {
        set((state) => applyMapPatch(state, { positions }));
      },

      setViewport(viewport: Viewport) {
        set({ viewport });
        if (viewportTimer !== null) clearTimeout(viewportTimer);
        viewportTimer = setTimeout(() => {
          viewportTimer = null;
          saveMap({ viewport: get().viewport ?? viewport });
        }, VIEWPORT_SAVE_DELAY_MS);
      },

      updateAccount(changes) {
        set((state) => ({ account: { ...state.account, ...changes } as PlanState['account'] }));
        queue.enqueue({ kind: 'account', changes });
      },

      updatePlan(changes) {
        set((state) => ({ plan: { ...state.plan, ...changes } as PlanState['plan'] }));
        queue.enqueue({ kind: 'plan', changes });
      },

      retrySave: () => queue.retry(),
      hasUnsavedChanges: () => viewportTimer !== null || queue.hasUnsaved(),

      async flush() {
        if (viewportTimer !== null) {
          clearTimeout(viewportTimer);
          viewportTimer = null;
          const viewport = get().viewport;
          if (viewport) saveMap({ viewport });
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
