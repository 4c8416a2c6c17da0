import { defineKind } from './kind.ts';
import { LEVEL_OPTIONS } from './options.ts';

/** A competitor at the account and our position against it (internal by default). */
export const competitorKind = defineKind({
  kind: 'competitor',
  label: 'Competitor',
  plural: 'Competitors',
  labelField: 'Name',
  aLabel: 'a competitor',
  aLabelField: 'a name',
  newLabel: 'New competitor',
  color: '#dc2626',
  icon: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z',
  section: 'profile',
  internalByDefault: true,
  alwaysInternal: true,
  fields: [
    {
      key: 'position',
      label: 'Position',
      type: 'select',
      options: [
        { value: 'incumbent', label: 'Incumbent' },
        { value: 'challenger', label: 'Challenger' },
        { value: 'niche', label: 'Niche player', short: 'Niche' },
        { value: 'in-house', label: 'In-house team', short: 'In-house' },
      ],
      default: 'challenger',
    },
    { key: 'strengths', label: 'Strengths', type: 'text', multiline: true },
    { key: 'weaknesses', label: 'Weaknesses', type: 'text', multiline: true },
    { key: 'threat', label: 'Threat', type: 'select', options: LEVEL_OPTIONS, default: 'medium' },
    { key: 'ourPosition', label: 'Our position against them', type: 'text', multiline: true },
  ],
});
