import { ACCOUNT_FIELD_VISIBILITY, TIER_OPTIONS } from '../../shared/account.ts';
import type { FieldOption, FieldSpec } from '../../shared/kinds/fields.ts';
import { PLAN_FIELD_VISIBILITY, PLAN_STATUS_OPTIONS } from '../../shared/plan.ts';

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'CNY', 'INR', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'ZAR', 'NZD', 'HKD', 'AED'];

/** Currency choices, including `current` when it is not a common one. */
export function currencyOptions(current?: string): FieldOption[] {
  const codes = current && !COMMON_CURRENCIES.includes(current) ? [current, ...COMMON_CURRENCIES] : COMMON_CURRENCIES;
  return codes.map((code) => ({ value: code, label: code }));
}

/** A currency field as a select. */
export function currencyField(key: string, label: string, current?: string): FieldSpec {
  return { key, label, type: 'select', options: currencyOptions(current), default: 'USD' };
}

/** The account fields a person edits besides the name and the tier criteria (in form order). */
export function accountFields(revenueCurrency?: string): FieldSpec[] {
  return withVisibility(ACCOUNT_FIELD_VISIBILITY, [
    { key: 'industry', label: 'Industry', type: 'text' },
    { key: 'tier', label: 'Tier', type: 'select', options: TIER_OPTIONS, default: 'strategic' },
    { key: 'accountManager', label: 'Account manager', type: 'text' },
    { key: 'renewalDate', label: 'Renewal date', type: 'date' },
    { key: 'revenue', label: 'Customer revenue', type: 'number', unit: 'currency', min: 0 },
    currencyField('revenueCurrency', 'Revenue currency', revenueCurrency),
    { key: 'website', label: 'Website', type: 'text' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true },
  ]);
}

/** The plan fields a person edits besides the title (in form order). */
export function planFields(currency?: string): FieldSpec[] {
  return withVisibility(PLAN_FIELD_VISIBILITY, [
    { key: 'periodStart', label: 'Period start', type: 'date' },
    { key: 'periodEnd', label: 'Period end', type: 'date' },
    { key: 'growthTarget', label: 'Growth target', type: 'number', unit: 'currency', min: 0 },
    currencyField('currency', 'Currency', currency),
    { key: 'status', label: 'Status', type: 'select', options: PLAN_STATUS_OPTIONS, default: 'draft' },
  ]);
}

/** The fields, each marked internal as the record's visibility declaration says. */
function withVisibility(visibility: Readonly<Record<string, 'internal' | 'shared'>>, fields: FieldSpec[]): FieldSpec[] {
  return fields.map((field) => (visibility[field.key] === 'internal' ? { ...field, internal: true } : field));
}
