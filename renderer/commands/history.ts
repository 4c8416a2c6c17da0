import { defineCommand } from './command.ts';

/** Ctrl/Cmd+Z: undoes the last step by replaying its inverse patch through the save path. */
export const undo = defineCommand({
  id: 'edit.undo',
  label: 'Undo',
  shortcuts: [{ key: 'z', mod: true }],
  menu: ['edit.undo'],
  undo: 'skip',
  enabledWhen: (state) => state.past.length > 0,
  perform: () => ({ type: 'history', direction: 'undo' }),
});

/** Ctrl/Cmd+Shift+Z or Ctrl+Y: redoes the last undone step. */
export const redo = defineCommand({
  id: 'edit.redo',
  label: 'Redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  menu: ['edit.redo'],
  undo: 'skip',
  enabledWhen: (state) => state.future.length > 0,
  perform: () => ({ type: 'history', direction: 'redo' }),
});
