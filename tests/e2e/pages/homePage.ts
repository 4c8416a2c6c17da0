import type { Page } from 'playwright-core';

/** Account fields a test fills in. */
export interface AccountInput {
  name: string;
  industry?: string;
  tier?: 'Strategic' | 'Key' | 'Standard';
  accountManager?: string;
  renewalDate?: string;
}

/** Plan fields a test fills in. */
export interface PlanInput {
  title: string;
  periodStart?: string;
  periodEnd?: string;
  growthTarget?: string;
  /** The "Start from" choice, e.g. "Account planning method (six sections)"; the dialog's default otherwise. */
  startFrom?: string;
}

/** The home screen, used the way a person uses it: by buttons, labels and dialogs. */
export function homePage(page: Page) {
  const dialog = () => page.getByRole('dialog');
  return {
    async createAccount(account: AccountInput): Promise<void> {
      const empty = page.getByRole('button', { name: 'Create your first account' });
      if (await empty.isVisible()) await empty.click();
      else await page.getByRole('button', { name: 'New account' }).click();
      await dialog().getByLabel('Account name').fill(account.name);
      if (account.industry) await dialog().getByLabel('Industry').fill(account.industry);
      if (account.tier) await dialog().getByLabel('Tier', { exact: true }).selectOption({ label: account.tier });
      if (account.accountManager) await dialog().getByLabel('Account manager').fill(account.accountManager);
      if (account.renewalDate) await dialog().getByLabel('Renewal date').fill(account.renewalDate);
      await dialog().getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('article', { name: `Account ${account.name}` }).waitFor();
    },

    async createPlan(accountName: string, plan: PlanInput): Promise<void> {
      await page.getByRole('button', { name: `New plan for ${accountName}` }).click();
      await dialog().getByLabel('Plan title').fill(plan.title);
      if (plan.periodStart) await dialog().getByLabel('Period start').fill(plan.periodStart);
      if (plan.periodEnd) await dialog().getByLabel('Period end').fill(plan.periodEnd);
      if (plan.growthTarget) await dialog().getByLabel(/^Growth target/).fill(plan.growthTarget);
      if (plan.startFrom) await dialog().getByRole('group', { name: 'Start from' }).getByRole('radio', { name: plan.startFrom, exact: true }).check();
      await dialog().getByRole('button', { name: 'Create plan' }).click();
    },

    async openPlan(title: string): Promise<void> {
      await page.getByRole('button', { name: `Open plan ${title}` }).click();
    },

    async openSample(): Promise<void> {
      await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
    },
  };
}
