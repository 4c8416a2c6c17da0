import type { Page } from 'playwright-core';

/** The home screen's Portfolio, used by role and label: the table, its sortable column headers and its rows. */
export function portfolioPage(page: Page) {
  const table = () => page.getByRole('table', { name: 'Portfolio' });
  return {
    table,
    async open(): Promise<void> {
      await page.getByRole('button', { name: 'Portfolio', exact: true }).click();
      await table().waitFor();
    },
    /** The account names in the order the table shows them. */
    accountOrder: () => table().locator('tbody').getByRole('rowheader').allTextContents(),
    row: (accountName: string) => table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: accountName, exact: true }) }),
    header: (label: string) => table().getByRole('columnheader', { name: label }),
    async sortBy(label: string): Promise<void> {
      await table().getByRole('columnheader', { name: label }).getByRole('button').click();
    },
  };
}
