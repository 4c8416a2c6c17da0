import { useId } from 'react';
import type { CSSProperties } from 'react';
import { edgeKindOf } from '../../../shared/edges.ts';
import type { EdgeKind } from '../../../shared/edges.ts';
import { kindOf } from '../../../shared/kinds/index.ts';
import type { PlanEdge } from '../../../shared/model.ts';
import { relationKindsBetween, removeRelation, updateRelation } from '../../commands/relations.ts';
import { Glyph } from '../../ui/KindIcon.tsx';
import { usePlan, usePlanNode, usePlanStoreApi, useRunCommand } from '../PlanContext.tsx';
import { FieldInput } from './FieldInput.tsx';
import { shownColor } from '../../ui/shownColor.ts';

/** Edits a selected relation: its kind (among those allowed for the pair), its fields; or removes it. */
export function EdgeInspector({ edge }: { edge: PlanEdge }) {
  const id = useId();
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const source = usePlanNode(edge.source);
  const target = usePlanNode(edge.target);
  const currency = usePlan((state) => state.plan.currency);
  const kinds = usePlan((state) => relationKindsBetween(state, edge.source, edge.target).join(',')).split(',').filter(Boolean) as EdgeKind[];
  const definition = edgeKindOf(edge.kind);
  return (
    <>
      <div className="atlas-inspector__kind" style={{ '--kind-color': shownColor(definition.color), '--kind-solid': definition.color } as CSSProperties}>
        <span className="atlas-swatch" style={{ background: shownColor(definition.color) }} />
        Relation
      </div>
      <p className="atlas-inspector__pair">
        <button type="button" className="atlas-link-button" onClick={() => store.getState().select({ nodeIds: [edge.source], edgeId: null })}>
          {source ? `${kindOf(source.kind).label}: ${source.label}` : '?'}
        </button>
        <span className="atlas-inspector__verb">{definition.label}</span>
        <button type="button" className="atlas-link-button" onClick={() => store.getState().select({ nodeIds: [edge.target], edgeId: null })}>
          {target ? `${kindOf(target.kind).label}: ${target.label}` : '?'}
        </button>
      </p>
      <div className="atlas-field">
        <label htmlFor={id}>Relation kind</label>
        <select id={id} value={edge.kind} onChange={(event) => run(updateRelation, { id: edge.id, kind: event.target.value as EdgeKind })}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {edgeKindOf(kind).label}
            </option>
          ))}
        </select>
      </div>
      {definition.fields.map((field) => (
        <FieldInput
          key={`${edge.kind}:${field.key}`}
          field={field}
          value={edge.data[field.key]}
          currency={currency}
          note={field.internal ? 'internal' : undefined}
          onChange={(value, burst) => run(updateRelation, { id: edge.id, data: { [field.key]: value }, burst })}
        />
      ))}
      {definition.internal ? <p className="atlas-inspector__hint">This kind of relation is internal: the customer edition leaves it out.</p> : null}
      <button type="button" className="atlas-button atlas-button--danger atlas-inspector__delete" onClick={() => run(removeRelation, { id: edge.id })}>
        <Glyph name="trash" size={14} />
        Remove relation
      </button>
    </>
  );
}
