import type { Locator, Page } from 'playwright-core';

/** The action tracker view, driven by role and label. */
export function actionTrackerPage(page: Page) {
  const region = page.getByRole('main', { name: 'Action tracker', exact: true });
  const table = region.getByRole('table', { name: 'Actions', exact: true });
  const self = {
    region,
    table,
    bulkBar: region.getByRole('region', { name: 'Bulk edit' }),
    show: region.getByRole('combobox', { name: 'Show', exact: true }),
    owner: region.getByRole('combobox', { name: 'Owner', exact: true }),

    /** The row of one action (its title button is named "Action: title"). */
    row(title: string): Locator {
      return table.getByRole('row').filter({ has: page.getByRole('button', { name: `Action: ${title}`, exact: true }) });
    },

    /** The titles of the rows shown, top to bottom. */
    async titles(): Promise<string[]> {
      return table.locator('tbody tr [data-column="title"]').evaluateAll((buttons) => buttons.map((button) => button.textContent ?? ''));
    },

    header(name: string): Locator {
      return table.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    },

    async sortBy(name: string): Promise<void> {
      await self.header(name).getByRole('button').click();
    },

    status(title: string): Locator {
      return table.getByRole('combobox', { name: `Status of ${title}`, exact: true });
    },

    dueDate(title: string): Locator {
      return table.getByLabel(`Due date of ${title}`, { exact: true });
    },

    ownerOf(title: string): Locator {
      return table.getByRole('combobox', { name: `Owner of ${title}`, exact: true });
    },

    tick(title: string): Locator {
      return table.getByRole('checkbox', { name: `Select ${title}`, exact: true });
    },
  };
  return self;
}
