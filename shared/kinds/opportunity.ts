import { defineKind } from './kind.ts';

/** Respond, shape or create: how an opportunity came about. */
export const OPPORTUNITY_TYPE_OPTIONS = [
  { value: 'respond', label: 'Respond', short: 'Resp.' },
  { value: 'shape', label: 'Shape' },
  { value: 'create', label: 'Create' },
] as const;

/** A chance to sell: responding to a request, shaping a solution, or creating a fresh idea. */
export const opportunityKind = defineKind({
  kind: 'opportunity',
  label: 'Opportunity',
  plural: 'Opportunities',
  labelField: 'Name',
  aLabel: 'an opportunity',
  aLabelField: 'a name',
  newLabel: 'New opportunity',
  color: '#7c3aed',
  icon: 'M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z',
  section: 'goals',
  internalByDefault: false,
  fields: [
    { key: 'type', label: 'Type', type: 'select', options: OPPORTUNITY_TYPE_OPTIONS, default: 'respond' },
    // Value, stage and probability are our forecast of the deal: not for the customer's eyes.
    { key: 'value', label: 'Value', type: 'number', unit: 'currency', min: 0, internal: true },
    {
      key: 'stage',
      label: 'Stage',
      type: 'select',
      options: [
        { value: 'identify', label: 'Identify', short: 'Ident.' },
        { value: 'qualify', label: 'Qualify', short: 'Qual.' },
        { value: 'propose', label: 'Propose', short: 'Prop.' },
        { value: 'negotiate', label: 'Negotiate', short: 'Neg.' },
        { value: 'won', label: 'Won' },
        { value: 'lost', label: 'Lost' },
      ],
      default: 'identify',
      internal: true,
    },
    { key: 'closeDate', label: 'Close date', customerLabel: 'Target date', type: 'date' },
    { key: 'probability', label: 'Probability', type: 'number', unit: 'percent', min: 0, max: 100, internal: true },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
