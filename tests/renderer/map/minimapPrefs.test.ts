import { describe, expect, it } from 'vitest';
import { loadMinimapPrefs, saveMinimapPrefs } from '../../../renderer/map/minimapPrefs.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('minimap preferences', () => {
  it('show the minimap by default in a large window and hide it in a narrow or short one', () => {
    const storage = memoryStorage();
    expect(loadMinimapPrefs({ width: 1280, height: 800 }, storage)).toEqual({ showMinimap: true, minimapCorner: 'top-right' });
    expect(loadMinimapPrefs({ width: 1099, height: 800 }, storage).showMinimap).toBe(false);
    expect(loadMinimapPrefs({ width: 1280, height: 699 }, storage).showMinimap).toBe(false);
  });

  it('keep the person’s choice over the default, whatever the window', () => {
    const storage = memoryStorage();
    saveMinimapPrefs({ showMinimap: true, minimapCorner: 'bottom-left' }, storage);
    expect(loadMinimapPrefs({ width: 900, height: 650 }, storage)).toEqual({ showMinimap: true, minimapCorner: 'bottom-left' });
    saveMinimapPrefs({ showMinimap: false, minimapCorner: 'top-left' }, storage);
    expect(loadMinimapPrefs({ width: 1920, height: 1080 }, storage)).toEqual({ showMinimap: false, minimapCorner: 'top-left' });
  });

  it('fall back to the defaults when what is stored is unreadable', () => {
    const storage = memoryStorage();
    storage.setItem('atlas.minimap', '{"shown":"yes","corner":"middle"');
    expect(loadMinimapPrefs({ width: 1280, height: 800 }, storage)).toEqual({ showMinimap: true, minimapCorner: 'top-right' });
    storage.setItem('atlas.minimap', '{"shown":"yes","corner":"middle"}');
    expect(loadMinimapPrefs({ width: 1280, height: 800 }, storage)).toEqual({ showMinimap: true, minimapCorner: 'top-right' });
  });
});
