import type { StoreApi } from 'zustand/vanilla';
import { todayIso } from '../../shared/values.ts';
import type { PlanStore } from '../store/types.ts';
import type { CanvasControls, Command, CommandOutcome } from './command.ts';

/** Applies what a command asked for to the store. */
export function applyOutcome(store: StoreApi<PlanStore>, command: Pick<Command<never>, 'undo'>, outcome: CommandOutcome): void {
  const actions = store.getState();
  switch (outcome.type) {
    case 'edit':
      actions.applyEdit(outcome.edit, command.undo);
      return;
    case 'history':
      if (outcome.direction === 'undo') actions.undo();
      else actions.redo();
      return;
    case 'select':
      actions.select(outcome.selection);
      return;
    case 'rename':
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
export function runCommand<A>(store: StoreApi<PlanStore>, command: Command<A>, args: A, canvas: CanvasControls | null = null): boolean {
  const state = store.getState();
  if (!command.enabledWhen(state, args)) return false;
  const outcome = command.perform(state, args, { canvas, today: todayIso() });
  applyOutcome(store, command, outcome);
  return true;
}
