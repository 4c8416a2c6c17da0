import { defineKind } from './kind.ts';

/** A customer need: a business goal, a pain, an initiative or something they would replace. */
export const needKind = defineKind({
  kind: 'need',
  label: 'Need',
  plural: 'Needs',
  labelField: 'Statement',
  aLabel: 'a need',
  aLabelField: 'a statement',
  newLabel: 'New need',
  color: '#d97706',
  icon: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11z',
  section: 'needs',
  internalByDefault: false,
  fields: [
    {
      key: 'priority',
      label: 'Priority',
      type: 'select',
      options: [
        { value: 'critical', label: 'Critical', short: 'Crit.' },
        { value: 'high', label: 'High' },
        { value: 'medium', label: 'Medium', short: 'Med.' },
        { value: 'low', label: 'Low' },
      ],
      default: 'medium',
    },
    {
      key: 'category',
      label: 'Category',
      type: 'select',
      options: [
        { value: 'business-goal', label: 'Business goal', short: 'Bus. goal' },
        { value: 'pain', label: 'Pain' },
        { value: 'initiative', label: 'Initiative', short: 'Init.' },
        { value: 'replacement', label: 'Would replace', short: 'Replace' },
      ],
      default: 'business-goal',
    },
    { key: 'roiMeasure', label: 'How they measure ROI', customerLabel: 'How you measure success', type: 'text' },
    { key: 'confirmed', label: 'Confirmed by customer', customerLabel: 'Confirmed with you', type: 'boolean' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
