import { edgeKindOf } from '../../shared/edges.ts';
import { newId } from '../../shared/ids.ts';
import type { PlanEdge } from '../../shared/model.ts';
import type { RelationshipLevel } from '../../shared/rules/coverage.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/** Coverage cell: sets how well one of our people covers one of theirs, creating, changing or removing the "covers" relation. */
export const setCoverage = defineCommand<{ teamMemberId: string; stakeholderId: string; level: RelationshipLevel | 'none' }>({
  id: 'coverage.set',
  label: 'Set coverage',
  undo: 'record',
  enabledWhen: (state, { teamMemberId, stakeholderId }) =>
    state.nodes[teamMemberId]?.kind === 'teamMember' && state.nodes[stakeholderId]?.kind === 'stakeholder',
  perform(state, { teamMemberId, stakeholderId, level }) {
    const existing = Object.values(state.edges).filter((edge) => edge.kind === 'covers' && edge.source === teamMemberId && edge.target === stakeholderId);
    const [kept, ...extra] = existing;
    if (level === 'none') {
      if (!kept) return { type: 'done' };
      return { type: 'edit', edit: makeEdit('Remove coverage', { deleteEdges: existing.map((edge) => edge.id) }) };
    }
    if (kept && kept.data.strength === level && extra.length === 0) return { type: 'done' };
    const edge: PlanEdge = kept
      ? { ...kept, data: { ...kept.data, strength: level } }
      : { id: newId(), kind: 'covers', source: teamMemberId, target: stakeholderId, data: { strength: level } };
    const label = kept ? 'Change coverage' : `Add “${edgeKindOf('covers').label}” relation`;
    return { type: 'edit', edit: makeEdit(label, { upsertEdges: [edge], deleteEdges: extra.map((other) => other.id) }) };
  },
});
