import { defineKind } from './kind.ts';

/** A measurable checkpoint with a target and an actual, for the performance dashboard. */
export const milestoneKind = defineKind({
  kind: 'milestone',
  label: 'Milestone',
  plural: 'Milestones',
  labelField: 'Name',
  aLabel: 'a milestone',
  aLabelField: 'a name',
  newLabel: 'New milestone',
  color: '#db2777',
  icon: 'M12 2l10 10-10 10L2 12z',
  section: 'dashboard',
  // Most milestones track our own performance (pipeline, coverage): a shared one is marked customer-visible.
  internalByDefault: true,
  fields: [
    { key: 'metric', label: 'Metric', type: 'text' },
    { key: 'target', label: 'Target', short: 'Tgt', type: 'number' },
    { key: 'actual', label: 'Actual', short: 'Act.', type: 'number' },
    { key: 'dueDate', label: 'Due date', type: 'date' },
    { key: 'adjustment', label: 'Adjustment', type: 'text', multiline: true, internal: true },
  ],
});
