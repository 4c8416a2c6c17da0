import { defineKind } from './kind.ts';

/** SWOT quadrants of our position with this customer. */
export const SWOT_QUADRANT_OPTIONS = [
  { value: 'strength', label: 'Strength' },
  { value: 'weakness', label: 'Weakness' },
  { value: 'opportunity', label: 'Opportunity', short: 'Opp.' },
  { value: 'threat', label: 'Threat' },
] as const;

/** One SWOT entry about our position with this customer (internal by default). */
export const swotKind = defineKind({
  kind: 'swot',
  label: 'SWOT entry',
  plural: 'SWOT',
  labelField: 'Text',
  aLabel: 'a SWOT entry',
  aLabelField: 'some text',
  newLabel: 'New SWOT entry',
  color: '#64748b',
  icon: 'M3 3h8v8H3zm10 0h8v8h-8zM3 13h8v8H3zm10 0h8v8h-8z',
  section: 'profile',
  internalByDefault: true,
  alwaysInternal: true,
  fields: [
    { key: 'quadrant', label: 'Quadrant', type: 'select', options: SWOT_QUADRANT_OPTIONS, default: 'strength' },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
