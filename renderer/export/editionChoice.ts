import { create } from 'zustand';
import type { Edition } from '../../shared/api.ts';
import { browserStorage, loadExportChoices, saveExportChoices } from './exportChoices.ts';

/** The edition the person is looking at: one choice for the document preview and the Export dialog. */
interface EditionChoice {
  edition: Edition;
  choose(edition: Edition): void;
}

/**
 * The edition shown in the preview and chosen in the Export dialog, kept in step between them (switching the
 * preview to Customer makes Customer the edition to export, and back) and remembered with the export choices.
 */
export const useEditionChoice = create<EditionChoice>()((set) => ({
  edition: loadExportChoices(browserStorage()).edition,
  choose(edition) {
    set({ edition });
    const storage = browserStorage();
    saveExportChoices(storage, { ...loadExportChoices(storage), edition });
  },
}));
