import type { Locator, Page } from 'playwright-core';

/** A file handed to the dialog's file chooser. */
export interface ChosenFile {
  name: string;
  /** The file's bytes, or its text (written as UTF-8). */
  content: string | Buffer;
}

/** The "Import contacts" dialog, used by its roles and labels as a person would. */
export function importContactsDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  const self = {
    dialog,

    /** Opens it from the plan screen's Plan menu. */
    async openFromToolbar(): Promise<void> {
      await page.getByRole('button', { name: 'Plan', exact: true }).click();
      await page.getByRole('menu', { name: 'Plan actions' }).getByRole('menuitem', { name: 'Import contacts…', exact: true }).click();
      await dialog.waitFor();
    },

    async chooseFile(file: ChosenFile): Promise<void> {
      const buffer = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
      await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({ name: file.name, mimeType: 'text/csv', buffer });
    },

    /** The select naming how the file is read ("Salesforce contact export" …). */
    readAs(): Locator {
      return dialog.getByLabel('Read as', { exact: true });
    },

    /** The select of one contact field's column, by the field's label ("Email", "Job title" …). */
    column(fieldLabel: string): Locator {
      return dialog.getByRole('group', { name: 'Columns' }).getByLabel(fieldLabel, { exact: true });
    },

    /** The label of the option a select shows. */
    async shownOption(select: Locator): Promise<string> {
      return select.evaluate((element) => {
        const chosen = (element as HTMLSelectElement).selectedOptions[0];
        return chosen ? chosen.label : '';
      });
    },

    putUnder(): Locator {
      return dialog.getByLabel('Put new stakeholders under', { exact: true });
    },

    summary(): Locator {
      return dialog.getByRole('status').filter({ hasText: /\d+ new/ });
    },

    alert(): Locator {
      return dialog.getByRole('alert');
    },

    /** The preview's body rows. */
    previewRows(): Locator {
      return dialog.getByRole('region', { name: 'Preview rows' }).locator('tbody tr');
    },

    /** The entries of a list under a heading such as "Rows with problems (2)". */
    listed(title: RegExp): Locator {
      return dialog.getByRole('region', { name: title }).getByRole('listitem');
    },

    importButton(): Locator {
      return dialog.getByRole('button', { name: 'Import', exact: true });
    },

    async import(): Promise<void> {
      await self.importButton().click();
      await dialog.waitFor({ state: 'detached' });
    },

    async cancel(): Promise<void> {
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    },
  };
  return self;
}
