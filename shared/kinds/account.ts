import { defineKind } from './kind.ts';

/** The account itself: the root of every plan's map (its facts live on the account record). */
export const accountKind = defineKind({
  kind: 'account',
  label: 'Account',
  plural: 'Accounts',
  labelField: 'Name',
  aLabel: 'an account',
  aLabelField: 'a name',
  newLabel: 'Account',
  color: '#1f3a5f',
  icon: 'M3 21V7l9-4 9 4v14h-7v-5h-4v5zm4-11v2h2v-2zm4 0v2h2v-2zm4 0v2h2v-2z',
  section: 'profile',
  internalByDefault: false,
  fields: [
    { key: 'overview', label: 'Overview', type: 'text', multiline: true },
    { key: 'financialHealth', label: 'Financial health', type: 'text', multiline: true },
    { key: 'history', label: 'Our history with them', customerLabel: 'Our history together', type: 'text', multiline: true },
  ],
});
