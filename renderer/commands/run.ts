import type { StoreApi } from 'zustand/vanilla';
import { todayIso } from '../../shared/values.ts';
import { locksOfOthers } from '../live/presenceMarks.ts';
import { workshopStore } from '../live/workshopStore.ts';
import type { PlanStore } from '../store/types.ts';
import type { CanvasControls, Command, CommandOutcome, Confirmation } from './command.ts';
import { damagedNodeRefusal, readOnlyRefusal } from './editRefusal.ts';

/** What the screen around the map adds to running commands. */
export interface RunHooks {
  /** Why editing is off (the library is read-only), or null: every edit, undo and redo is then refused with a notice. */
  readOnly?: string | null;
  /** The notice for a refused edit when it is not the read-only library's (a workshop participant who may only view). */
  readOnlyNotice?: string | null;
  /** Shows a confirmation and calls `proceed` if the user agrees. Without it, an edit that needs one is not made. */
  confirm?(confirmation: Confirmation, proceed: () => void): void;
}

/** Applies what a command asked for to the store. */
export function applyOutcome(
  store: StoreApi<PlanStore>,
  command: Pick<Command<never>, 'undo'>,
  outcome: CommandOutcome,
  hooks: RunHooks = {},
): void {
  const actions = store.getState();
  const editsRefused = (): boolean => {
    if (!hooks.readOnly) return false;
    actions.showNotice(hooks.readOnlyNotice ?? readOnlyRefusal(hooks.readOnly));
    return true;
  };
  switch (outcome.type) {
    case 'edit': {
      if (editsRefused()) return;
      const refusal = damagedNodeRefusal(outcome.edit, actions);
      if (refusal) actions.showNotice(refusal);
      else actions.applyEdit(outcome.edit, command.undo);
      return;
    }
    case 'confirm':
      if (editsRefused()) return;
      if (hooks.confirm) hooks.confirm(outcome.confirmation, () => applyOutcome(store, command, { type: 'edit', edit: outcome.edit }, hooks));
      else actions.showNotice(outcome.confirmation.message);
      return;
    case 'history':
      if (editsRefused()) return;
      if (outcome.direction === 'undo') actions.undo();
      else actions.redo();
      return;
    case 'select':
      actions.select(outcome.selection);
      return;
    case 'rename':
      if (editsRefused()) return;
      actions.startRename(outcome.nodeId);
      return;
    case 'panels':
      actions.setPanels(outcome.flags);
      return;
    case 'notice':
      actions.showNotice(outcome.notice);
      return;
    case 'done':
      return;
  }
}

/** Runs a command on the plan store if it is enabled; returns whether it ran. */
export function runCommand<A>(
  store: StoreApi<PlanStore>,
  command: Command<A>,
  args: A,
  canvas: CanvasControls | null = null,
  hooks: RunHooks = {},
): boolean {
  const state = store.getState();
  if (!command.enabledWhen(state, args)) return false;
  const outcome = command.perform(state, args, { canvas, today: todayIso(), editingByOthers: locksOfOthers(workshopStore.getState()) });
  applyOutcome(store, command, outcome, hooks);
  return true;
}
