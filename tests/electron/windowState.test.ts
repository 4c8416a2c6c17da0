import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  loadWindowState,
  placeWindow,
  saveWindowState,
} from '../../electron/main/windowState.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('round-trips through its file', () => {
    const file = folder.path('nested/window-state.json');
    const state = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('ignores a missing, corrupt or invalid file', () => {
    expect(loadWindowState(folder.path('missing.json'))).toBeNull();
    const corrupt = folder.path('corrupt.json');
    writeFileSync(corrupt, '{"bounds":');
    expect(loadWindowState(corrupt)).toBeNull();
    const invalid = folder.path('invalid.json');
    writeFileSync(invalid, JSON.stringify({ bounds: { x: 'left', y: 0, width: -5, height: 1e12 }, maximized: 'yes' }));
    expect(loadWindowState(invalid)).toBeNull();
  });

  it('uses the default size, centred by the OS, on first start', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('keeps a remembered position that is still visible, on the display it was on', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(placeWindow(state, [laptop, external])).toEqual({ ...state.bounds, maximized: false });
  });

  it('drops the position when its display is gone, keeping a size that fits', () => {
    const state = { bounds: { x: 1600, y: 100, width: 2400, height: 1300 }, maximized: true };
    expect(placeWindow(state, [laptop])).toEqual({ width: laptop.width, height: laptop.height, maximized: true });
  });

  it('pulls a window hanging off the edge back inside and shrinks one larger than the display', () => {
    const state = { bounds: { x: 1300, y: -40, width: 3000, height: 600 }, maximized: false };
    expect(placeWindow(state, [laptop])).toEqual({ x: 0, y: 0, width: laptop.width, height: 600, maximized: false });
  });

  it('never makes the window smaller than usable', () => {
    const state = { bounds: { x: 10, y: 10, width: 20, height: 20 }, maximized: false };
    const placed = placeWindow(state, [laptop]);
    expect(placed.width).toBe(MIN_WINDOW_SIZE.width);
    expect(placed.height).toBe(MIN_WINDOW_SIZE.height);
  });
});
