import { MINIMAP_CORNERS } from '../map/minimapPrefs.ts';
import { hiddenNodeIds } from '../store/tree.ts';
import type { MinimapCorner } from '../store/types.ts';
import { defineCommand } from './command.ts';

/** Fits the whole map in the window. */
export const fitView = defineCommand({
  id: 'view.fit',
  label: 'Fit map to window',
  shortcuts: [{ key: '1', shift: true }],
  menu: ['view.fit'],
  undo: 'skip',
  enabledWhen: () => true,
  perform(_state, _args, env) {
    env.canvas?.fitView();
    return { type: 'done' };
  },
});

/** Zooms in one step. */
export const zoomIn = defineCommand({
  id: 'view.zoomIn',
  label: 'Zoom in',
  shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true }],
  menu: ['view.zoomIn'],
  undo: 'skip',
  enabledWhen: () => true,
  perform(_state, _args, env) {
    env.canvas?.zoomIn();
    return { type: 'done' };
  },
});

/** Zooms out one step. */
export const zoomOut = defineCommand({
  id: 'view.zoomOut',
  label: 'Zoom out',
  shortcuts: [{ key: '-', mod: true }],
  menu: ['view.zoomOut'],
  undo: 'skip',
  enabledWhen: () => true,
  perform(_state, _args, env) {
    env.canvas?.zoomOut();
    return { type: 'done' };
  },
});

/** Shows or hides the minimap. */
export const toggleMinimap = defineCommand({
  id: 'view.minimap',
  label: 'Minimap',
  shortcuts: [{ key: 'm', mod: true, shift: true }],
  menu: ['view.minimap'],
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { showMinimap: !state.showMinimap } }),
});

/** Puts the minimap in a corner of the map (and shows it). */
export const placeMinimap = defineCommand<MinimapCorner>({
  id: 'view.placeMinimap',
  label: 'Minimap position',
  undo: 'skip',
  enabledWhen: () => true,
  perform: (_state, corner) => ({ type: 'panels', flags: { minimapCorner: corner, showMinimap: true } }),
});

/** Moves the minimap to the next corner of the map, clockwise (and shows it). */
export const moveMinimap = defineCommand({
  id: 'view.moveMinimap',
  label: 'Move minimap to the next corner',
  menu: ['view.moveMinimap'],
  undo: 'skip',
  enabledWhen: () => true,
  perform(state) {
    const next = MINIMAP_CORNERS[(MINIMAP_CORNERS.indexOf(state.minimapCorner) + 1) % MINIMAP_CORNERS.length]!;
    return { type: 'panels', flags: { minimapCorner: state.showMinimap ? next : state.minimapCorner, showMinimap: true } };
  },
});

/** Shows or hides the inspector panel. */
export const toggleInspector = defineCommand({
  id: 'view.inspector',
  label: 'Inspector',
  shortcuts: [{ key: 'i', mod: true, shift: true }],
  menu: ['view.inspector'],
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { showInspector: !state.showInspector } }),
});

/** Shows or hides the legend. */
export const toggleLegend = defineCommand({
  id: 'view.legend',
  label: 'Legend',
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { showLegend: !state.showLegend } }),
});

/** Selects every visible node. */
export const selectAll = defineCommand({
  id: 'edit.selectAll',
  label: 'Select all',
  shortcuts: [{ key: 'a', mod: true }],
  menu: ['edit.selectAll'],
  undo: 'skip',
  enabledWhen: (state) => Object.keys(state.nodes).length > 0,
  perform(state) {
    const hidden = hiddenNodeIds(state.nodes);
    return { type: 'select', selection: { nodeIds: Object.keys(state.nodes).filter((id) => !hidden.has(id)), edgeId: null } };
  },
});

/** Shows or hides the document preview beside the map. */
export const togglePreview = defineCommand({
  id: 'view.preview',
  label: 'Preview',
  shortcuts: [{ key: 'p', mod: true, shift: true }],
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { sidePane: state.sidePane === 'preview' ? null : 'preview' } }),
});

/** Shows or hides the plan check (red flags) beside the map. */
export const toggleHealth = defineCommand({
  id: 'view.health',
  label: 'Plan check',
  shortcuts: [{ key: 'k', mod: true, shift: true }],
  undo: 'skip',
  enabledWhen: () => true,
  perform: (state) => ({ type: 'panels', flags: { sidePane: state.sidePane === 'health' ? null : 'health' } }),
});
