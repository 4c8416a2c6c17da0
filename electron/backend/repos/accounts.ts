import type { Database } from 'better-sqlite3';
import { TIER_CRITERIA } from '../../../shared/account.ts';
import type { Account, AccountFields, Tier, TierCriterion } from '../../../shared/account.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { readStoredArray, sqlIsJsonArray } from './json.ts';

interface AccountRow {
  id: string;
  name: string;
  industry: string;
  website: string;
  revenue: number | null;
  revenue_currency: string;
  tier: Tier;
  tier_criteria: string;
  account_manager: string;
  renewal_date: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

const KNOWN_CRITERIA = new Set<string>(TIER_CRITERIA.map((criterion) => criterion.value));

function toAccount(row: AccountRow): Account {
  const criteria = readStoredArray(row.tier_criteria).value ?? [];
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    website: row.website,
    revenue: row.revenue,
    revenueCurrency: row.revenue_currency,
    tier: row.tier,
    tierCriteria: Array.isArray(criteria)
      ? criteria.filter((value): value is TierCriterion => typeof value === 'string' && KNOWN_CRITERIA.has(value))
      : [],
    accountManager: row.account_manager,
    renewalDate: row.renewal_date,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads and writes the accounts table. */
export function accountsRepo(db: Database) {
  const byId = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ? AND deleted_at IS NULL');
  const anyById = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM accounts WHERE id = ?');
  const all = db.prepare<[], AccountRow>('SELECT * FROM accounts WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id');
  const upsert = db.prepare(`
    INSERT INTO accounts (id, name, industry, website, revenue, revenue_currency, tier, tier_criteria,
                          account_manager, renewal_date, notes, created_at, updated_at)
    VALUES (@id, @name, @industry, @website, @revenue, @revenueCurrency, @tier, @tierCriteria,
            @accountManager, @renewalDate, @notes, @createdAt, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, industry = excluded.industry, website = excluded.website, revenue = excluded.revenue,
      revenue_currency = excluded.revenue_currency, tier = excluded.tier, tier_criteria = excluded.tier_criteria,
      account_manager = excluded.account_manager, renewal_date = excluded.renewal_date, notes = excluded.notes,
      created_at = excluded.created_at, updated_at = excluded.updated_at
    WHERE ${sqlIsJsonArray('accounts.tier_criteria')}`);

  return {
    get(id: string): Account | undefined {
      const row = byId.get(id);
      return row && toAccount(row);
    },
    /** True when an account has this id, in the trash or not (an imported account must not take a trashed one's id). */
    exists(id: string): boolean {
      return anyById.get(id) !== undefined;
    },
    list(): Account[] {
      return all.all().map(toAccount);
    },
    /** Inserts or replaces an account; refuses to overwrite one whose stored tier criteria are damaged. */
    save(account: AccountFields & { id: string; createdAt: string; updatedAt: string }): void {
      if (upsert.run({ ...account, tierCriteria: JSON.stringify(account.tierCriteria) }).changes === 0) {
        throw new AtlasError(
          'damaged',
          `The account "${account.name}" is damaged in the library and cannot be changed; "atlas check" says what is wrong.`,
        );
      }
    },
  };
}
