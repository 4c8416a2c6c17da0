import type { FieldOption } from './fields.ts';

/** Low / medium / high, with "unknown" for not yet assessed. */
export const LEVEL_OPTIONS = [
  { value: 'unknown', label: 'Unknown' },
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium', short: 'Med.' },
  { value: 'high', label: 'High' },
] as const satisfies readonly FieldOption[];

/** Our relationship level with a person, from vendor to trusted advisor. */
export const RELATIONSHIP_OPTIONS = [
  { value: 'unknown', label: 'Unknown' },
  { value: 'vendor', label: 'Vendor' },
  { value: 'credible-source', label: 'Credible source' },
  { value: 'problem-solver', label: 'Problem solver' },
  { value: 'trusted-advisor', label: 'Trusted advisor' },
] as const satisfies readonly FieldOption[];

/** The functions our own people work in. */
export const TEAM_FUNCTION_OPTIONS = [
  { value: 'sales', label: 'Sales' },
  { value: 'sales-support', label: 'Sales support', short: 'Sales supp.' },
  { value: 'operations', label: 'Operations', short: 'Ops.' },
  { value: 'customer-service', label: 'Customer service', short: 'Cust. service' },
  { value: 'marketing', label: 'Marketing', short: 'Mktg.' },
  { value: 'delivery', label: 'Delivery' },
  { value: 'innovation', label: 'Innovation', short: 'Innov.' },
  { value: 'finance', label: 'Finance' },
  { value: 'legal', label: 'Legal' },
  { value: 'hr', label: 'HR' },
  { value: 'executive-sponsor', label: 'Executive sponsor', short: 'Exec. sponsor' },
] as const satisfies readonly FieldOption[];
