import type { Locator, Page } from 'playwright-core';

/** The views of a plan (switcher, org chart, power map, coverage), driven by role and label. */
export function viewsPage(page: Page) {
  const self = {
    tab(name: 'Map' | 'Org chart' | 'Power map' | 'Coverage' | 'Outline' | 'Actions'): Locator {
      return page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
    },

    /** The region a view draws in. */
    region(name: 'Account map' | 'Org chart' | 'Power map' | 'Coverage view' | 'Outline' | 'Action tracker'): Locator {
      return page.getByRole('main', { name, exact: true });
    },

    /** A stakeholder card or chip in the view shown now. */
    stakeholder(name: string, within: Locator = page.locator('main')): Locator {
      return within.getByRole('group', { name: `Stakeholder: ${name}`, exact: true });
    },

    async open(name: 'Map' | 'Org chart' | 'Power map' | 'Coverage' | 'Outline' | 'Actions'): Promise<void> {
      await self.tab(name).click();
      await page.waitForFunction((tab) => document.querySelector(`[role="tab"][aria-selected="true"]`)?.textContent === tab, name);
    },

    /** The power map cell for an influence and a support score, e.g. ("high", "−1"). */
    cell(influence: 'high' | 'medium' | 'low', support: string): Locator {
      return page.getByRole('cell', { name: `Influence ${influence}, support ${support}`, exact: true });
    },

    coverageTable(): Locator {
      return page.getByRole('table', { name: 'Coverage', exact: true });
    },

    /** The cell of one team member with one stakeholder in the coverage table (a button naming its level). */
    coverageCell(stakeholder: string, teamMember: string): Locator {
      const name = `${teamMember} with ${stakeholder}`;
      return self.coverageTable().getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });
    },

    /** The level a coverage cell shows ("none", "vendor" … as stored). */
    async coverageLevel(stakeholder: string, teamMember: string): Promise<string | null> {
      return self.coverageCell(stakeholder, teamMember).getAttribute('data-level');
    },

    /** Opens a coverage cell and picks a level from its list, as a person would. */
    async setCoverage(stakeholder: string, teamMember: string, level: string): Promise<void> {
      await self.coverageCell(stakeholder, teamMember).click();
      await self.coverageTable().getByRole('combobox', { name: `${teamMember} with ${stakeholder}`, exact: true }).selectOption({ label: level });
    },

    /** Drags one element onto another with the mouse, in steps, as a person would. */
    async drag(from: Locator, to: Locator): Promise<void> {
      await from.scrollIntoViewIfNeeded();
      const start = (await from.boundingBox())!;
      await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
      await page.mouse.down();
      await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 });
      await to.scrollIntoViewIfNeeded();
      const end = (await to.boundingBox())!;
      await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
      await page.mouse.up();
    },
  };
  return self;
}
