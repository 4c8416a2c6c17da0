import { defineKind } from './kind.ts';

/** Something we depend on: an internal commitment or an external condition out of our control. */
export const dependencyKind = defineKind({
  kind: 'dependency',
  label: 'Dependency',
  plural: 'Dependencies',
  labelField: 'Description',
  aLabel: 'a dependency',
  aLabelField: 'a description',
  newLabel: 'New dependency',
  color: '#a16207',
  icon: 'M3 9h7v6H3zm11 0h7v6h-7zm-4 2h4v2h-4z',
  section: 'team',
  internalByDefault: true,
  fields: [
    {
      key: 'scope',
      label: 'Scope',
      type: 'select',
      options: [
        { value: 'internal', label: 'Internal', short: 'Int.' },
        { value: 'external', label: 'External', short: 'Ext.' },
      ],
      default: 'internal',
    },
    {
      key: 'area',
      label: 'Function or condition',
      type: 'select',
      options: [
        { value: 'delivery', label: 'Delivery', short: 'Deliv.' },
        { value: 'innovation', label: 'Innovation', short: 'Innov.' },
        { value: 'marketing', label: 'Marketing', short: 'Mktg.' },
        { value: 'finance', label: 'Finance', short: 'Fin.' },
        { value: 'legal', label: 'Legal' },
        { value: 'hr', label: 'HR' },
        { value: 'executive', label: 'Executive', short: 'Exec.' },
        { value: 'market', label: 'Market conditions', short: 'Market' },
        { value: 'client', label: 'Client conditions', short: 'Client' },
        { value: 'political', label: 'Political conditions', short: 'Political' },
        { value: 'environmental', label: 'Environmental conditions', short: 'Environ.' },
        { value: 'other', label: 'Other' },
      ],
      default: 'delivery',
    },
    { key: 'owner', label: 'Owner', type: 'text', suggest: 'teamMembers' },
    {
      key: 'status',
      label: 'Status',
      type: 'select',
      options: [
        { value: 'open', label: 'Open' },
        { value: 'requested', label: 'Requested', short: 'Req.' },
        { value: 'committed', label: 'Committed', short: 'Commit.' },
        { value: 'at-risk', label: 'At risk' },
        { value: 'resolved', label: 'Resolved' },
      ],
      default: 'open',
    },
    { key: 'dueDate', label: 'Needed by', type: 'date' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
