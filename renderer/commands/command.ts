import type { MenuCommand } from '../../shared/desktop.ts';
import type { EditingLocks } from '../../shared/workshop.ts';
import type { Edit, PlanState, Selection, UndoPolicy } from '../store/types.ts';
import type { Viewport } from '../../shared/plan.ts';

/** Canvas operations a command may use (absent in unit tests and before the canvas is ready). */
export interface CanvasControls {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Brings these nodes into view (zooming in no further than 100 %). */
  centerOn?(nodeIds: readonly string[]): void;
  /** Shows the map at this viewport at once (following the host in a workshop). */
  setViewport?(viewport: Viewport): void;
}

/** What a command may look at besides the plan state. */
export interface CommandEnv {
  canvas: CanvasControls | null;
  /** Today as YYYY-MM-DD, for due dates. */
  today: string;
  /** In a workshop: the nodes other people are editing, which no one else may rename meanwhile. */
  editingByOthers?: EditingLocks;
}

/** A question to ask before an edit is made (the runner's confirm hook shows it). */
export interface Confirmation {
  title: string;
  /** What will happen, naming how much is affected. */
  message: string;
  confirmLabel: string;
}

/** What a command asks for; the runner applies it. */
export type CommandOutcome =
  | { type: 'edit'; edit: Edit }
  | { type: 'confirm'; confirmation: Confirmation; edit: Edit }
  | { type: 'history'; direction: 'undo' | 'redo' }
  | { type: 'select'; selection: Selection }
  | { type: 'rename'; nodeId: string }
  | { type: 'panels'; flags: Partial<Pick<PlanState, 'showMinimap' | 'minimapCorner' | 'showInspector' | 'showLegend' | 'sidePane' | 'view' | 'connectFrom' | 'contactImport'>> }
  | { type: 'notice'; notice: string }
  | { type: 'done' };

/** A keyboard shortcut: `mod` is Ctrl (Cmd on macOS). */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** A user action: toolbar, keyboard, context menu and the desktop menu all run the same object. */
export interface Command<A = void> {
  readonly id: string;
  readonly label: string;
  /** Shortcuts that run it, the first one shown in tooltips. */
  readonly shortcuts?: readonly Shortcut[];
  /** Native menu items that run it. */
  readonly menu?: readonly MenuCommand[];
  /** Whether its edit becomes an undo step. */
  readonly undo: UndoPolicy;
  enabledWhen(state: PlanState, args: A): boolean;
  perform(state: PlanState, args: A, env: CommandEnv): CommandOutcome;
}

/** Builds a command with its argument type inferred. */
export function defineCommand<A = void>(command: Command<A>): Command<A> {
  return command;
}
