import type { Account } from '../../shared/account.ts';
import type { Plan, Viewport } from '../../shared/plan.ts';
import type { AccountFieldChanges, MapContent, PlanChange, PlanFieldChanges } from '../../shared/changes.ts';
import type { PlanDocument } from '../../shared/model.ts';
import type { LoggedChange } from '../../shared/patch.ts';
import type { LiveState } from '../live/liveFeed.ts';
import type { SaveStatus } from '../save/saveQueue.ts';
import type { ViewId } from '../views/viewIds.ts';
import type { ContactTable } from '../../shared/contacts/index.ts';

/** What is selected on the map (transient, never saved). */
export interface Selection {
  nodeIds: readonly string[];
  edgeId: string | null;
}

/** One user intent on the map, ready to apply, save and undo. */
export interface Edit {
  /** What the user did, for the undo tooltip, e.g. "Add stakeholder". */
  label: string;
  /** What it changes; whole records that exist already are saved as the fields that differ. */
  forward: PlanChange;
  /** How to undo it, when the command knows better than the content before it (a drag previewed its moves). */
  inverse?: PlanChange;
  /** Consecutive edits with the same key merge into one undo step (a typing burst). */
  coalesceKey?: string;
  selectAfter?: Selection;
  /** Starts renaming this node in place after the edit. */
  renameAfter?: string;
  /** A sentence to show once the edit is applied (e.g. what a paste had to leave out). */
  notice?: string;
}

/** What the "Import contacts" dialog opens with: rows already read (a paste), or none (the person chooses a file). */
export interface ContactImportRequest {
  table: ContactTable | null;
}

/** Whether a command's edit becomes an undo step. */
export type UndoPolicy = 'record' | 'skip';

/** An undo step. */
export interface HistoryEntry {
  /** Identifies the entry, so a write the backend refuses can take its steps off the stack. */
  id: number;
  label: string;
  forward: PlanChange;
  inverse: PlanChange;
  coalesceKey?: string;
  selectionBefore: Selection;
  selectionAfter: Selection;
}

/** A connection dragged between two nodes, waiting for the user to choose its relation kind. */
export interface PendingConnection {
  source: string;
  target: string;
  /** Where to show the chooser, in window pixels. */
  x: number;
  y: number;
}

/** An open context menu. */
export interface ContextMenuState {
  x: number;
  y: number;
  target: { type: 'node'; id: string } | { type: 'edge'; id: string } | { type: 'pane' };
}

/** The pane beside the map: the document preview or the plan check. */
export type SidePane = 'preview' | 'health' | 'reviews' | null;

/** A corner of the map. */
export type MinimapCorner = 'top-right' | 'top-left' | 'bottom-left' | 'bottom-right';

/** Panels a person can show or hide (kept while the plan is open, not saved). */
export interface PanelFlags {
  /** Whether the minimap shows (remembered by renderer/map/minimapPrefs.ts). */
  showMinimap: boolean;
  /** The corner of the map the minimap sits in (remembered with it). */
  minimapCorner: MinimapCorner;
  showInspector: boolean;
  showLegend: boolean;
  sidePane: SidePane;
  /** The view the plan is shown in (remembered per plan by renderer/views/savedView.ts). */
  view: ViewId;
  /** The node whose "Connect to…" search is open (transient). */
  connectFrom: string | null;
  /** The open "Import contacts" dialog, with the rows pasted into it if it opened from a paste (transient). */
  contactImport: ContactImportRequest | null;
}

/** The state of one open plan. */
export interface PlanState extends MapContent, PanelFlags {
  account: Account;
  plan: Plan;
  /** The viewport as last saved or reported by the canvas. */
  viewport: Viewport | null;
  /** The revision up to which this window has every accepted change of the plan. */
  revision: number;
  /** Whether changes from other windows and programs arrive right now (transient). */
  live: LiveState;
  selection: Selection;
  renamingNodeId: string | null;
  /** The node just added whose name field opened with it (Escape there cancels the add), transient. */
  freshNodeId: string | null;
  /** The node whose inspector fields have focus (the person is editing it there), transient. */
  inspectingNodeId: string | null;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  save: SaveStatus;
  connection: PendingConnection | null;
  contextMenu: ContextMenuState | null;
  /** A one-sentence message for the user, e.g. why a delete was refused. */
  notice: string | null;
}

/** What can be done to an open plan. */
export interface PlanActions {
  /** Applies an edit to the map at once, records it (per policy) and saves it. */
  applyEdit(edit: Edit, policy: UndoPolicy): void;
  undo(): boolean;
  redo(): boolean;
  select(selection: Partial<Selection>): void;
  startRename(nodeId: string | null): void;
  /**
   * Takes back the adding of `nodeId` while its first name field is open: the node goes, and so does its undo step
   * (nothing to redo either). Returns false, changing nothing, when the node is not the one just added.
   */
  withdrawAdd(nodeId: string): boolean;
  /** Focus came into (a node id) or left (null) the inspector's fields of a node. */
  setInspecting(nodeId: string | null): void;
  /** Moves nodes while a drag is in progress (no save, no undo step; the drag end records one). */
  previewPositions(positions: readonly { id: string; x: number; y: number }[]): void;
  /** Remembers the viewport and saves it after a short pause. */
  setViewport(viewport: Viewport): void;
  updateAccount(changes: AccountFieldChanges): void;
  updatePlan(changes: PlanFieldChanges): void;
  /**
   * Applies changes heard on the live channel (in revision order) to the confirmed plan, with this window's
   * waiting changes kept on top; none enters the undo list. Returns 'gap' when a change is missing before them
   * (the caller then asks for the changes since `revision`). A node deleted while this window renames or edits it
   * closes its editor with a notice naming who deleted it; what was typed is dropped without an error.
   */
  hearChanges(entries: readonly LoggedChange[]): 'ok' | 'gap';
  /** Starts again from a freshly loaded plan (the live channel said this window is too far behind). */
  reloadFrom(document: PlanDocument): void;
  setLive(state: LiveState): void;
  retrySave(): void;
  /** True while a write is waiting, in flight or failed. */
  hasUnsavedChanges(): boolean;
  /** Resolves when everything queued so far is saved (or a write failed). */
  flush(): Promise<void>;
  setPanels(flags: Partial<PanelFlags>): void;
  setConnection(connection: PendingConnection | null): void;
  setContextMenu(menu: ContextMenuState | null): void;
  showNotice(notice: string | null): void;
  dispose(): void;
}

/** The store of one open plan: state and actions. */
export type PlanStore = PlanState & PlanActions;
