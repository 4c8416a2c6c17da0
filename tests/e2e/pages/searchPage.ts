import type { Locator, Page } from 'playwright-core';

/** The map's search box and the outline view, driven by role and label. */
export function searchPage(page: Page) {
  const panel = page.getByRole('region', { name: 'Search and filter' });
  const self = {
    panel,
    box(): Locator {
      return page.getByRole('searchbox', { name: 'Search the plan' });
    },
    results(): Locator {
      return page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    },
    count(): Locator {
      return panel.getByRole('status');
    },
    filter(name: 'kind' | 'owner' | 'buying role' | 'support' | 'status'): Locator {
      return panel.getByRole('combobox', { name: `Filter by ${name}` });
    },
    /** The accessible names of the nodes the map shows selected. */
    async selectedNodes(): Promise<string[]> {
      return page.locator('.react-flow__node.selected').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    },
    /** The accessible names of the cards the search dims (said so by their aria-description). */
    async dimmedNodes(): Promise<string[]> {
      return page.locator('.react-flow__node[aria-description]').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    },
    /** The outline view's tree. */
    tree(): Locator {
      return page.getByRole('tree', { name: 'Plan outline' });
    },
    /** An outline item by its accessible name, e.g. ("Stakeholder", "Dana Whitfield"). */
    item(kind: string, label: string): Locator {
      return self.tree().getByRole('treeitem', { name: `${kind}: ${label}`, exact: true });
    },
  };
  return self;
}
