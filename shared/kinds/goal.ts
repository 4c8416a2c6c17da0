import { defineKind } from './kind.ts';

/** One of our objectives for the account; goals under goals roll up into the goal build. */
export const goalKind = defineKind({
  kind: 'goal',
  label: 'Goal',
  plural: 'Goals',
  labelField: 'Objective',
  aLabel: 'a goal',
  aLabelField: 'an objective',
  newLabel: 'New goal',
  color: '#059669',
  icon: 'M5 22V2h2v1h12l-2.5 4.5L19 12H7v10z',
  section: 'goals',
  internalByDefault: false,
  fields: [
    { key: 'metric', label: 'Metric', type: 'text' },
    // The goal build is our revenue plan for the account: its amounts stay with the team.
    { key: 'target', label: 'Target', short: 'Tgt', type: 'number', unit: 'currency', min: 0, internal: true },
    { key: 'achieved', label: 'Achieved so far', type: 'number', unit: 'currency', min: 0, internal: true },
    { key: 'dueDate', label: 'Due date', type: 'date' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
