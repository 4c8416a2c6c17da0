import { defineKind } from './kind.ts';
import { TEAM_FUNCTION_OPTIONS } from './options.ts';

/** One of our own people on the account team. */
export const teamMemberKind = defineKind({
  kind: 'teamMember',
  label: 'Team member',
  plural: 'Account team',
  labelField: 'Name',
  aLabel: 'a team member',
  aLabelField: 'a name',
  newLabel: 'New team member',
  color: '#0d9488',
  icon: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20a7 7 0 0 1 14 0zm14.5 0a8 8 0 0 0-2-5.2A5.5 5.5 0 0 1 22 20z',
  section: 'team',
  internalByDefault: false,
  fields: [
    { key: 'function', label: 'Function', type: 'select', options: TEAM_FUNCTION_OPTIONS, default: 'sales' },
    { key: 'role', label: 'Role', type: 'text' },
    { key: 'email', label: 'Email', type: 'text' },
  ],
});
