import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../../shared/desktop.ts';
import { baseName, bytesFromBase64, saveExportedFile } from '../../../renderer/export/saveFile.ts';

function desktopSavingTo(path: string | null): DesktopBridge & { saved: { fileName: string; base64: string }[] } {
  const saved: { fileName: string; base64: string }[] = [];
  return {
    saved,
    onMenuCommand: () => () => undefined,
    onPlanChanges: () => () => undefined,
    onWorkshopMessage: () => () => undefined,
    sendPresence: () => undefined,
    setFullScreen: async () => undefined,
    openExternal: async () => undefined,
    saveFile: async (file) => {
      saved.push(file);
      return path;
    },
  };
}

describe('saving an exported file', () => {
  it('names a saved file by the last part of its path on every OS', () => {
    expect(baseName('/home/maya/Plans/Northwind - FY27 (customer).pdf')).toBe('Northwind - FY27 (customer).pdf');
    expect(baseName('C:\\Users\\maya\\Documents\\plan.docx')).toBe('plan.docx');
    expect(baseName('plan.md')).toBe('plan.md');
  });

  it('decodes the base64 content byte for byte', () => {
    const bytes = Uint8Array.from([0, 1, 127, 128, 254, 255, 37, 80, 68, 70]);
    expect([...bytesFromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });

  it('uses the desktop save dialog when there is one, and reports the name chosen there or a cancel', async () => {
    const file = { fileName: 'Northwind (internal).pdf', mimeType: 'application/pdf', base64: 'JVBERg==' };
    const desktop = desktopSavingTo('/tmp/elsewhere/renamed.pdf');
    await expect(saveExportedFile(file, desktop)).resolves.toBe('renamed.pdf');
    expect(desktop.saved).toEqual([{ fileName: file.fileName, base64: file.base64 }]);
    await expect(saveExportedFile(file, desktopSavingTo(null))).resolves.toBeNull();
  });
});
