import { defineKind } from './kind.ts';
import { LEVEL_OPTIONS, RELATIONSHIP_OPTIONS } from './options.ts';

/** Buying roles (Miller Heiman buying influences plus the roles other tools add). */
export const BUYING_ROLE_OPTIONS = [
  { value: 'unknown', label: 'Unknown role', short: 'Role?' },
  { value: 'economic-buyer', label: 'Economic buyer', short: 'Econ. buyer' },
  { value: 'technical-buyer', label: 'Technical buyer', short: 'Tech. buyer' },
  { value: 'user-buyer', label: 'User buyer' },
  { value: 'coach', label: 'Coach' },
  { value: 'champion', label: 'Champion' },
  { value: 'decision-maker', label: 'Decision maker', short: 'Dec. maker' },
  { value: 'influencer', label: 'Influencer' },
  { value: 'gatekeeper', label: 'Gatekeeper' },
  { value: 'recommender', label: 'Recommender', short: 'Recomm.' },
  { value: 'executive-sponsor', label: 'Executive sponsor', short: 'Exec. sponsor' },
  { value: 'blocker', label: 'Blocker' },
] as const;

/** The five-step support scale, −2 enemy to +2 mentor. */
export const SUPPORT_OPTIONS = [
  { value: 'unknown', label: 'Unknown' },
  { value: 'enemy', label: '−2 Enemy' },
  { value: 'non-supporter', label: '−1 Non-supporter' },
  { value: 'neutral', label: '0 Neutral' },
  { value: 'supporter', label: '+1 Supporter' },
  { value: 'mentor', label: '+2 Mentor' },
] as const;

/** Numeric score of a support value (null when unknown). */
export const SUPPORT_SCORE: Record<(typeof SUPPORT_OPTIONS)[number]['value'], number | null> = {
  unknown: null,
  enemy: -2,
  'non-supporter': -1,
  neutral: 0,
  supporter: 1,
  mentor: 2,
};

/** A person at the customer who takes part in or influences the buying decision. */
export const stakeholderKind = defineKind({
  kind: 'stakeholder',
  label: 'Stakeholder',
  plural: 'Stakeholders',
  labelField: 'Name',
  aLabel: 'a stakeholder',
  aLabelField: 'a name',
  newLabel: 'New stakeholder',
  color: '#2563eb',
  icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9a7 7 0 0 1 14 0z',
  section: 'needs',
  internalByDefault: false,
  fields: [
    { key: 'title', label: 'Job title', type: 'text' },
    { key: 'department', label: 'Department', type: 'text' },
    // Labels such as "Blocker" or "Coach" are our reading of the customer's people: not for their eyes.
    { key: 'buyingRole', label: 'Buying role', type: 'select', options: BUYING_ROLE_OPTIONS, default: 'unknown', internal: true },
    { key: 'support', label: 'Support', type: 'select', options: SUPPORT_OPTIONS, default: 'unknown', internal: true },
    { key: 'influence', label: 'Influence', type: 'select', options: LEVEL_OPTIONS, default: 'unknown', internal: true },
    {
      key: 'relationship',
      label: 'Our relationship',
      type: 'select',
      options: RELATIONSHIP_OPTIONS,
      default: 'unknown',
      internal: true,
    },
    {
      key: 'coverage',
      label: 'Coverage',
      type: 'select',
      options: [
        { value: 'unknown', label: 'Unknown' },
        { value: 'no-contact', label: 'No contact' },
        { value: 'brief-contact', label: 'Brief contact' },
        { value: 'multiple-contacts', label: 'Multiple contacts' },
        { value: 'in-depth', label: 'In depth' },
      ],
      default: 'unknown',
      internal: true,
    },
    {
      key: 'targetRelationship',
      label: 'Target relationship',
      type: 'select',
      options: RELATIONSHIP_OPTIONS,
      default: 'unknown',
      internal: true,
      help: 'The relationship level our team should reach with this person (the coverage view compares it with the best we have).',
    },
    {
      key: 'placeholder',
      label: 'Placeholder (person not yet known)',
      type: 'boolean',
      default: false,
      help: 'A role we know exists but whose holder we have not met yet, e.g. “Unknown — Head of IT”.',
    },
    { key: 'lastContact', label: 'Last contact', type: 'date', internal: true },
    { key: 'email', label: 'Email', type: 'text' },
    { key: 'phone', label: 'Phone', type: 'text' },
    { key: 'mobile', label: 'Mobile', type: 'text' },
    // The contact's id in the CRM it was imported from: how a second import finds the same person.
    { key: 'crmId', label: 'CRM id', type: 'text', internal: true },
    { key: 'notes', label: 'Notes', type: 'text', multiline: true, internal: true },
  ],
});
