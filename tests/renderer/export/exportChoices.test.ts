import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/api.ts';
import {
  DEFAULT_EXPORT_CHOICES,
  EXPORT_CHOICES_KEY,
  FORMAT_OPTIONS,
  PROGRESS_TEXT,
  isDocumentFormat,
  loadExportChoices,
  saveExportChoices,
  usesPaper,
} from '../../../renderer/export/exportChoices.ts';
import type { ChoiceStorage } from '../../../renderer/export/exportChoices.ts';

/** A Web Storage stand-in that keeps items in a map, as localStorage does. */
function memoryStorage(initial: Record<string, string> = {}): ChoiceStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('export choices', () => {
  it('start as the internal PDF on A4 with the map', () => {
    expect(loadExportChoices(memoryStorage())).toEqual({ format: 'pdf', edition: 'internal', paper: 'a4', includeMap: true });
    expect(loadExportChoices(null)).toEqual(DEFAULT_EXPORT_CHOICES);
  });

  it('are remembered for the next export', () => {
    const storage = memoryStorage();
    const choices = { format: 'docx', edition: 'customer', paper: 'letter', includeMap: false } as const;
    saveExportChoices(storage, choices);
    expect(JSON.parse(storage.items.get(EXPORT_CHOICES_KEY)!)).toEqual(choices);
    expect(loadExportChoices(storage)).toEqual(choices);
  });

  it('fall back to the defaults field by field for unreadable or unknown values', () => {
    expect(loadExportChoices(memoryStorage({ [EXPORT_CHOICES_KEY]: 'not json{' }))).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(loadExportChoices(memoryStorage({ [EXPORT_CHOICES_KEY]: '[1,2]' }))).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(
      loadExportChoices(memoryStorage({ [EXPORT_CHOICES_KEY]: JSON.stringify({ format: 'rtf', edition: 'customer', paper: 'A3', includeMap: 'yes' }) })),
    ).toEqual({ ...DEFAULT_EXPORT_CHOICES, edition: 'customer' });
  });

  it('survive a storage that refuses to read or write', () => {
    const broken: ChoiceStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadExportChoices(broken)).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(() => saveExportChoices(broken, DEFAULT_EXPORT_CHOICES)).not.toThrow();
  });

  it('offer every format once, with paper only for paged formats and no edition for the plan file', () => {
    expect(FORMAT_OPTIONS.map((option) => option.value).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(EXPORT_FORMATS.filter(usesPaper)).toEqual(['pdf', 'docx']);
    expect(EXPORT_FORMATS.filter((format) => !isDocumentFormat(format))).toEqual(['json']);
    expect(PROGRESS_TEXT.pdf).toBe('Rendering PDF…');
  });
});
