import { describe, expect, it } from 'vitest';
import { kinds } from '../../../shared/kinds/index.ts';
import { teamMemberHint, teamMemberNames } from '../../../shared/rules/teamMembers.ts';

describe('owners picked from the team members', () => {
  it('offers each team member once, trimmed and in alphabetical order, and nothing else', () => {
    const names = teamMemberNames([
      { kind: 'teamMember', label: 'Sam Ortiz' },
      { kind: 'stakeholder', label: 'Dana Whitfield' },
      { kind: 'teamMember', label: '  Alex Kim ' },
      { kind: 'teamMember', label: 'Sam Ortiz' },
      { kind: 'teamMember', label: '' },
      { kind: 'teamMember', label: 'New team member' },
    ]);
    expect(names).toEqual(['Alex Kim', 'Sam Ortiz']);
  });

  it('marks the owner fields of actions and dependencies, and only text fields', () => {
    const suggested = Object.values(kinds).flatMap((kind) =>
      kind.fields.filter((field) => field.type === 'text' && field.suggest === 'teamMembers').map((field) => `${kind.kind}.${field.key}`),
    );
    expect(suggested).toEqual(['action.owner', 'dependency.owner']);
  });

  it('says how to get suggestions when the plan has no team members', () => {
    expect(teamMemberHint([])).toMatch(/No team members on the map yet/);
    expect(teamMemberHint(['Alex Kim'])).toMatch(/type any name/);
  });
});
