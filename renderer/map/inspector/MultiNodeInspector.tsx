import { kindOf } from '../../../shared/kinds/index.ts';
import type { NodeKind } from '../../../shared/kinds/index.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { sharedFields } from '../../../shared/sharedFields.ts';
import { deleteSelection } from '../../commands/deleteSelection.ts';
import { setFieldOnNodes } from '../../commands/updateNodes.ts';
import { usePlan, usePlanReadOnly, usePlanShallow, useRunCommand } from '../PlanContext.tsx';
import { FieldInput } from './FieldInput.tsx';
import { useTeamMemberSuggestions } from './useTeamMemberSuggestions.ts';

/** "3 actions", "2 stakeholders and 1 need". */
function countByKind(kinds: readonly NodeKind[]): string {
  const counts = new Map<NodeKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${count} ${(count === 1 ? kindOf(kind).label : kindOf(kind).plural).toLowerCase()}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** Several items selected: the fields they share, each change set on all of them as one undo step; delete them together. */
export function MultiNodeInspector({ nodeIds }: { nodeIds: readonly string[] }) {
  const run = useRunCommand();
  const readOnly = usePlanReadOnly();
  const currency = usePlan((state) => state.plan.currency);
  // Kinds and data only: a drag of the selected items moves them on every frame without changing either.
  const kinds = usePlanShallow((state) => nodeIds.flatMap((id) => (state.nodes[id] ? [state.nodes[id].kind] : [])));
  const data = usePlanShallow((state) => nodeIds.flatMap((id) => (state.nodes[id] ? [state.nodes[id].data] : [])));
  const damaged = usePlan((state) => nodeIds.some((id) => state.nodes[id]?.damaged !== undefined));
  const items = kinds.map((kind, index) => ({ kind, data: data[index]! }) as Pick<PlanNode, 'kind' | 'data'>);
  const shared = sharedFields(items);
  const count = kinds.length;
  const suggestsTeam = (field: (typeof shared)[number]['field']) => field.type === 'text' && field.suggest === 'teamMembers';
  const suggestions = useTeamMemberSuggestions(shared.some(({ field }) => suggestsTeam(field)));
  return (
    <>
      <p className="atlas-inspector__hint">
        {countByKind(kinds)} selected. {shared.length > 0 ? 'A change here sets it on all of them.' : 'They share no fields to edit together.'}
      </p>
      {shared.length > 0 ? (
        <fieldset className="atlas-inspector__fields" disabled={readOnly !== null || damaged} aria-label={`Fields of the ${count} selected items`}>
          {shared.map(({ field, value, mixed }) => (
            <FieldInput
              key={field.key}
              field={field}
              value={value}
              mixed={mixed}
              currency={currency}
              note={field.internal ? 'internal' : undefined}
              suggestions={suggestsTeam(field) ? suggestions : undefined}
              onChange={(next, burst) => run(setFieldOnNodes, { ids: nodeIds, key: field.key, value: next, burst })}
            />
          ))}
        </fieldset>
      ) : null}
      <button type="button" className="atlas-button atlas-button--danger" onClick={() => run(deleteSelection, undefined)}>
        Delete {count} items
      </button>
    </>
  );
}
