import { defineKind } from './kind.ts';

/** Status of an action. */
export const ACTION_STATUS_OPTIONS = [
  { value: 'not-started', label: 'Not started', short: 'To do' },
  { value: 'in-progress', label: 'In progress', short: 'Doing' },
  { value: 'done', label: 'Done' },
  { value: 'blocked', label: 'Blocked' },
] as const;

/** A committed step with an owner and a date, in the next 90 days or the next 12 months. */
export const actionKind = defineKind({
  kind: 'action',
  label: 'Action',
  plural: 'Actions',
  labelField: 'Action',
  aLabel: 'an action',
  aLabelField: 'a title',
  newLabel: 'New action',
  color: '#0891b2',
  icon: 'M13 2L4 14h7l-1 8 9-12h-7z',
  section: 'actions',
  internalByDefault: false,
  fields: [
    { key: 'owner', label: 'Owner', type: 'text', suggest: 'teamMembers' },
    { key: 'dueDate', label: 'Due date', type: 'date' },
    { key: 'status', label: 'Status', type: 'select', options: ACTION_STATUS_OPTIONS, default: 'not-started' },
    {
      key: 'horizon',
      label: 'Horizon',
      type: 'select',
      options: [
        { value: '90-days', label: 'Next 90 days' },
        { value: '12-months', label: 'Next 12 months' },
      ],
      default: '90-days',
    },
    { key: 'customerInput', label: 'Customer input', customerLabel: 'Your input', type: 'text', multiline: true },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
