import { useMemo } from 'react';
import type { PlanEdge, PlanNode, PlanNodeOf } from '../../shared/model.ts';
import { coverageByStakeholder } from '../../shared/rules/coverage.ts';
import type { StakeholderCoverage } from '../../shared/rules/coverage.ts';
import { usePlan, usePlanShallow } from '../map/PlanContext.tsx';
import type { CoveredBy } from './StakeholderCard.tsx';

/** What the stakeholder views draw from: the plan's stakeholders, team members and how they are covered. */
export interface StakeholderViewData {
  nodes: Readonly<Record<string, PlanNode>>;
  edges: Readonly<Record<string, PlanEdge>>;
  /** Stakeholders in outline order. */
  stakeholders: PlanNodeOf<'stakeholder'>[];
  teamMembers: PlanNodeOf<'teamMember'>[];
  coverage: ReadonlyMap<string, StakeholderCoverage>;
  /** Who covers a stakeholder, by name, for the cards. */
  coveredBy: ReadonlyMap<string, readonly CoveredBy[]>;
}

const byOutline = (a: PlanNode, b: PlanNode) => a.order - b.order || a.label.localeCompare(b.label);

/** The open plan's stakeholders, team and coverage, worked out again only when nodes or relations change. */
export function useStakeholders(): StakeholderViewData {
  const nodes = usePlan((state) => state.nodes);
  const edges = usePlan((state) => state.edges);
  return useMemo(() => {
    const all = Object.values(nodes);
    const stakeholders = all.filter((node): node is PlanNodeOf<'stakeholder'> => node.kind === 'stakeholder').sort(byOutline);
    const teamMembers = all.filter((node): node is PlanNodeOf<'teamMember'> => node.kind === 'teamMember').sort(byOutline);
    const coverage = coverageByStakeholder(all, Object.values(edges));
    const coveredBy = new Map<string, CoveredBy[]>();
    for (const [id, entry] of coverage) {
      coveredBy.set(id, entry.links.map((link) => ({ name: nodes[link.teamMemberId]?.label ?? '', level: link.level })));
    }
    return { nodes, edges, stakeholders, teamMembers, coverage, coveredBy };
  }, [nodes, edges]);
}

/** The single selected node id, if one node is selected. */
export function useSingleSelection(): string | null {
  return usePlan((state) => (state.selection.nodeIds.length === 1 ? state.selection.nodeIds[0]! : null));
}

/** The selected node ids (the plan check may select several people at once). */
export function useSelectedIds(): ReadonlySet<string> {
  const ids = usePlanShallow((state) => state.selection.nodeIds);
  return useMemo(() => new Set(ids), [ids]);
}
