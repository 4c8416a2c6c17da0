import { useMemo } from 'react';
import { teamMemberHint, teamMemberNames } from '../../../shared/rules/teamMembers.ts';
import { usePlanShallow } from '../PlanContext.tsx';

const NONE: readonly string[] = [];

/** The plan's team members offered to an owner field, with its hint; reads the nodes only when `wanted`. */
export function useTeamMemberSuggestions(wanted: boolean): { values: readonly string[]; hint: string } {
  const values = usePlanShallow((state) => (wanted ? teamMemberNames(Object.values(state.nodes)) : NONE));
  return useMemo(() => ({ values, hint: teamMemberHint(values) }), [values]);
}
