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
        { value: 'internal', label: 'Internal' },
        { value: 'external', label: 'External' },
      ],
      default: 'internal',
    },
    {
      key: 'area',
      label: 'Function or condition',
      type: 'select',
      options: [
        { value: 'delivery', label: 'Delivery' },
        { value: 'innovation', label: 'Innovation' },
        { value: 'marketing', label: 'Marketing' },
        { value: 'finance', label: 'Finance' },
        { value: 'legal', label: 'Legal' },
        { value: 'hr', label: 'HR' },
        { value: 'executive', label: 'Executive' },
        { value: 'market', label: 'Market conditions' },
        { value: 'client', label: 'Client conditions' },
        { value: 'political', label: 'Political conditions' },
        { value: 'environmental', label: 'Environmental conditions' },
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
        { value: 'requested', label: 'Requested' },
        { value: 'committed', label: 'Committed' },
        { value: 'at-risk', label: 'At risk' },
        { value: 'resolved', label: 'Resolved' },
      ],
      default: 'open',
    },
    { key: 'dueDate', label: 'Needed by', type: 'date' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
