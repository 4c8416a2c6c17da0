import { useId, useState, useEffect, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { edgeKindOf } from '../../../shared/edges.ts';
import { newId } from '../../../shared/ids.ts';
import { kindOf } from '../../../shared/kinds/index.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { deleteSelection } from '../../commands/deleteSelection.ts';
import { updateNode } from '../../commands/updateNode.ts';
import { editingSentence } from '../../../shared/workshop.ts';
import { useEditedByOther } from '../../live/usePresence.ts';
import { Glyph, KindIcon } from '../../ui/KindIcon.tsx';
import { usePlan, usePlanReadOnly, usePlanShallow, usePlanStoreApi, useRunCommand } from '../PlanContext.tsx';
import { FieldInput } from './FieldInput.tsx';
import { useTeamMemberSuggestions } from './useTeamMemberSuggestions.ts';
import { missingLabelMessage } from '../../../shared/kinds/wording.ts';
import { shownColor } from '../../ui/shownColor.ts';

/** The node's label as a required text field (the name, statement or title, per kind). */
export function LabelField({ node }: { node: PlanNode }) {
  const id = useId();
  const run = useRunCommand();
  const definition = kindOf(node.kind);
  const [draft, setDraft] = useState(node.label);
  const [error, setError] = useState<string | null>(null);
  const burst = useRef(newId());
  useEffect(() => {
    setDraft(node.label);
    setError(null);
  }, [node.label]);
  const multiline = node.kind === 'need' || node.kind === 'swot' || node.kind === 'topic';
  const change = (value: string) => {
    setDraft(value);
    if (value.trim() === '') {
      setError(missingLabelMessage(node.kind));
      return;
    }
    if (value.length > 500) {
      setError('Keep it to 500 characters or fewer; use the notes for more.');
      return;
    }
    setError(null);
    run(updateNode, { id: node.id, changes: { label: value }, burst: burst.current });
  };
  const common = {
    id,
    value: draft,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? `${id}-error` : undefined,
    onFocus: () => {
      burst.current = newId();
    },
  };
  return (
    <div className={`atlas-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{node.kind === 'account' ? 'Account name' : definition.labelField}</label>
      {multiline ? <textarea {...common} rows={2} onChange={(event) => change(event.target.value)} /> : <input {...common} type="text" onChange={(event) => change(event.target.value)} />}
      {error ? (
        <div id={`${id}-error`} className="atlas-field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** The kind's own fields, generated from its field specs. */
export function KindFields({ node }: { node: PlanNode }) {
  const run = useRunCommand();
  const currency = usePlan((state) => state.plan.currency);
  const definition = kindOf(node.kind);
  const data = node.data as Record<string, unknown>;
  const suggestions = useTeamMemberSuggestions(definition.fields.some((field) => field.type === 'text' && field.suggest === 'teamMembers'));
  return (
    <>
      {definition.fields.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={data[field.key]}
          currency={currency}
          note={field.internal ? 'internal' : undefined}
          suggestions={field.type === 'text' && field.suggest === 'teamMembers' ? suggestions : undefined}
          onChange={(value, burst) => run(updateNode, { id: node.id, changes: { data: { [field.key]: value } }, burst })}
        />
      ))}
    </>
  );
}

function InternalToggle({ node }: { node: PlanNode }) {
  const id = useId();
  const run = useRunCommand();
  return (
    <div className="atlas-field atlas-field--check atlas-field--internal">
      <input id={id} type="checkbox" checked={node.internal} onChange={(event) => run(updateNode, { id: node.id, changes: { internal: event.target.checked } })} />
      <label htmlFor={id}>Internal (leave out of the customer edition)</label>
    </div>
  );
}

function Relations({ node }: { node: PlanNode }) {
  const store = usePlanStoreApi();
  const relations = usePlanShallow((state) =>
    Object.values(state.edges).filter((edge) => edge.source === node.id || edge.target === node.id),
  );
  const otherLabels = usePlanShallow((state) =>
    relations.map((edge) => state.nodes[edge.source === node.id ? edge.target : edge.source]?.label ?? '?'),
  );
  if (relations.length === 0) {
    return <p className="atlas-inspector__hint">No relations yet. Drag from the dot at the top or bottom of this item to another item to connect them.</p>;
  }
  return (
    <ul className="atlas-inspector__relations">
      {relations.map((edge, index) => {
        const outgoing = edge.source === node.id;
        const other = otherLabels[index];
        const definition = edgeKindOf(edge.kind);
        return (
          <li key={edge.id}>
            <button type="button" className="atlas-link-button" onClick={() => store.getState().select({ nodeIds: [], edgeId: edge.id })}>
              <span className="atlas-swatch" style={{ background: shownColor(definition.color) }} />
              {outgoing ? `${definition.label} ${other}` : `${other} ${definition.label} this`}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The fields that edit one node. While focus is in them the node counts as being edited here (the workshop is told,
 * and no one else may edit it meanwhile); while someone else in the workshop edits it, they are read-only and say who.
 */
export function NodeFields({ node, locked = false, className = 'atlas-inspector__fields', children }: { node: PlanNode; locked?: boolean; className?: string; children: ReactNode }) {
  const store = usePlanStoreApi();
  const editor = useEditedByOther(node.id);
  useEffect(
    () => () => {
      if (store.getState().inspectingNodeId === node.id) store.getState().setInspecting(null);
    },
    [store, node.id],
  );
  return (
    <>
      {editor !== null ? (
        <p className="atlas-inspector__editing" role="status">
          {editingSentence(editor)}
        </p>
      ) : null}
      <fieldset
        className={className}
        disabled={locked || editor !== null}
        onFocus={() => store.getState().setInspecting(node.id)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) store.getState().setInspecting(null);
        }}
      >
        {children}
      </fieldset>
    </>
  );
}

/** Edits every field of one selected node. */
export function NodeInspector({ node }: { node: PlanNode }) {
  const run = useRunCommand();
  const readOnly = usePlanReadOnly();
  const definition = kindOf(node.kind);
  // A damaged node is shown with its kind's defaults; its fields stay read-only so they are never saved over it.
  const locked = readOnly !== null || node.damaged !== undefined;
  return (
    <>
      <div className="atlas-inspector__kind" style={{ '--kind-color': shownColor(definition.color), '--kind-solid': definition.color } as CSSProperties}>
        <KindIcon kind={node.kind} size={16} />
        {definition.label}
      </div>
      {node.damaged ? (
        <div className="atlas-error-box" role="alert">
          This {definition.label.toLowerCase()} is damaged in the library ({node.damaged}); what is shown are defaults, and it cannot be changed.
          Restore a backup to get it back.
        </div>
      ) : null}
      <NodeFields node={node} locked={locked}>
        <LabelField node={node} />
        <KindFields node={node} />
        <InternalToggle node={node} />
      </NodeFields>
      <h3 className="atlas-inspector__subhead">Relations</h3>
      <Relations node={node} />
      {locked ? null : (
        <button type="button" className="atlas-button atlas-button--danger atlas-inspector__delete" onClick={() => run(deleteSelection, undefined)}>
          <Glyph name="trash" size={14} />
          Delete {definition.label.toLowerCase()}
        </button>
      )}
    </>
  );
}
