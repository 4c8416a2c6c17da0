import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../shared/portfolio.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { todayIso } from '../../shared/values.ts';
import { atlas, tempFolder, userErrorLine } from './helpers.ts';

const folder = tempFolder();
const library = join(folder.dir, 'atlas.db');
const today = todayIso();
let sample: { accountId: string; planId: string; title: string };
let betaPlanId = '';

beforeAll(async () => {
  expect(atlas(['demo', '--data', library]).status).toBe(0);
  const [account] = JSON.parse(atlas(['list', '--json', '--data', library]).stdout) as { id: string; plans: { id: string; title: string }[] }[];
  sample = { accountId: account!.id, planId: account!.plans[0]!.id, title: account!.plans[0]!.title };
  const { openLibrary } = await import('../../electron/backend/library.ts');
  const { createPlanService } = await import('../../electron/backend/service.ts');
  const opened = openLibrary(library);
  // A plan made 120 days ago and never reviewed, as if by the app back then.
  const then = createPlanService(opened, { now: () => new Date(`${addDays(today, -120)}T09:00:00.000Z`) });
  await then.createAccount({ name: 'Acme Retail', tier: 'strategic', tierCriteria: ['high-profile', 'enterprise-prospect'], renewalDate: addDays(today, 30) });
  const beta = await then.createAccount({ name: 'Beta Foods', tier: 'key' });
  betaPlanId = (await then.createPlan({ accountId: beta.id, title: 'Beta growth plan' })).id;
  opened.close();
});
afterAll(() => folder.remove());

describe('atlas portfolio', () => {
  it('lists every account with tier and criteria, current plan, health, trend, overdue actions, review, renewal and flags', () => {
    const run = atlas(['portfolio', '--data', library]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Portfolio on ${today}: 3 accounts, 2 flagged.`);
    expect(lines[2]).toMatch(/^Account +Tier +Current plan +Health +Trend +Overdue +Last review +Renewal$/);
    const acme = lines.findIndex((line) => line.startsWith('Acme Retail'));
    expect(lines[acme]).toMatch(new RegExp(`^Acme Retail +Strategic +\\(none\\) +- +no plan +- +- +${addDays(today, 30)}$`));
    expect(lines[acme + 1]).toBe('    because: High-profile name; Prospect that could become an enterprise customer');
    expect(lines[acme + 2]).toBe('    FLAG: Strategic account without a current plan');
    const beta = lines.findIndex((line) => line.startsWith('Beta Foods'));
    expect(lines[beta]).toMatch(/^Beta Foods +Key +Beta growth plan +\d+ +no review yet +0 +- +-$/);
    expect(lines[beta + 1]).toBe('    FLAG: Plan not reviewed for 90 days');
    expect(lines.find((line) => line.startsWith('Northwind Logistics'))).toMatch(new RegExp(`Northwind Logistics +Strategic +${sample.title} +\\d+ +no review yet +[1-9]\\d* +- +\\d{4}-\\d{2}-\\d{2}$`));
  });

  it('prints the same rows as JSON and sorts by any column', () => {
    const rows = JSON.parse(atlas(['portfolio', '--json', '--data', library]).stdout) as PortfolioRow[];
    expect(rows.map((row) => row.accountName)).toEqual(['Acme Retail', 'Beta Foods', 'Northwind Logistics']);
    expect(rows[0]).toMatchObject({ tier: 'strategic', tierCriteria: ['high-profile', 'enterprise-prospect'], plan: null, health: null, flags: ['strategic-without-plan'] });
    expect(rows[1]).toMatchObject({ plan: { id: betaPlanId, status: 'draft' }, healthTrend: 'none', lastReviewAt: null, flags: ['not-reviewed-90-days'] });
    expect(rows[2]).toMatchObject({ accountId: sample.accountId, plan: { id: sample.planId, status: 'active' }, flags: [] });
    expect(rows[2]!.health).toBeGreaterThan(rows[1]!.health!);

    const byHealth = JSON.parse(atlas(['portfolio', '--json', '--sort', 'health', '--descending', '--data', library]).stdout) as PortfolioRow[];
    expect(byHealth.map((row) => row.accountName)).toEqual(['Northwind Logistics', 'Beta Foods', 'Acme Retail']);
    const byRenewal = JSON.parse(atlas(['portfolio', '--json', '--sort=renewal', '--data', library]).stdout) as PortfolioRow[];
    expect(byRenewal[0]!.accountName).toBe('Acme Retail');
    expect(userErrorLine(atlas(['portfolio', '--sort', 'size', '--data', library]))).toBe(
      'atlas: --sort must be one of account, tier, plan, health, trend, overdue, last-review, renewal, flags (got "size").',
    );
  });
});

describe('atlas roll-forward', () => {
  it('creates next period\u2019s plan, archives the old one read-only, and refuses to do it twice', async () => {
    const run = atlas(['roll-forward', sample.planId, '--data', library]);
    expect(run.status).toBe(0);
    const nextTitle = sample.title.replace(/FY(\d\d)/, (_match, year: string) => `FY${Number(year) + 1}`);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Created "${nextTitle}" \\(([A-Za-z0-9_-]+)\\) for \\d{4}-\\d{2}-01 to \\d{4}-\\d{2}-\\d{2}\\.$`));
    expect(lines[1]).toMatch(/^Carried 10 stakeholders, 5 needs, 6 team members, 2 competitors, \d+ open actions and \d+ other items\.$/);
    expect(lines[2]).toMatch(new RegExp(`^Left behind \\d+ done actions?, \\d+ milestone actuals? and 0 reviews with "${sample.title}" \\(${sample.planId}\\), now archived and read-only\\.$`));

    const rows = JSON.parse(atlas(['portfolio', '--json', '--data', library]).stdout) as PortfolioRow[];
    expect(rows.find((row) => row.accountId === sample.accountId)?.plan?.title).toBe(nextTitle);
    const [northwind] = (JSON.parse(atlas(['list', '--json', '--data', library]).stdout) as { id: string; plans: { id: string; status: string }[] }[]).filter(
      (account) => account.id === sample.accountId,
    );
    expect(northwind!.plans.find((plan) => plan.id === sample.planId)?.status).toBe('archived');

    expect(userErrorLine(atlas(['roll-forward', sample.planId, '--data', library]))).toMatch(/^atlas: Northwind Logistics already has the plan “.+” from \d{4}-\d{2}-01; open it instead of rolling forward again\.$/);
    // The archived plan refuses changes from any program, here the contact import.
    const { writeFileSync } = await import('node:fs');
    const csv = join(folder.dir, 'contacts.csv');
    writeFileSync(csv, 'First Name,Last Name,Title\nNew,Person,CFO\n');
    expect(userErrorLine(atlas(['import-contacts', sample.planId, csv, '--data', library]))).toBe(
      `atlas: The plan “${sample.title}” is archived, so it is read-only; set its status back to Active or Draft to change it.`,
    );
  });

  it('takes a title and dates, and says what is wrong with a bad date', () => {
    expect(userErrorLine(atlas(['roll-forward', betaPlanId, '--start', '2027-02-30', '--data', library]))).toMatch(/periodStart.*not a real calendar date/);
    const run = atlas(['roll-forward', betaPlanId, '--title', 'Beta 2028', '--start', '2028-01-01', '--end', '2028-12-31', '--json', '--data', library]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ plan: { title: 'Beta 2028', periodStart: '2028-01-01', periodEnd: '2028-12-31', status: 'draft' }, archived: { id: betaPlanId, status: 'archived' } });
  });
});
