import { useEffect, useRef } from 'react';
import { edgeKindOf } from '../../shared/edges.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import { addRelation, relationKindsBetween } from '../commands/relations.ts';
import { usePlan, usePlanStoreApi, useRunCommand } from './PlanContext.tsx';
import { cannotConnectMessage } from '../../shared/kinds/wording.ts';
import { shownColor } from '../ui/shownColor.ts';

/** After a drag between two items: the relation kinds allowed for that pair, or why none is. */
export function ConnectChooser() {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const connection = usePlan((state) => state.connection);
  const source = usePlan((state) => (state.connection ? state.nodes[state.connection.source] : undefined));
  const target = usePlan((state) => (state.connection ? state.nodes[state.connection.target] : undefined));
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button')?.focus();
  }, [connection]);

  if (!connection || !source || !target) return null;
  const kinds = relationKindsBetween(store.getState(), source.id, target.id);
  const close = () => store.getState().setConnection(null);
  const left = Math.min(connection.x, window.innerWidth - 280);
  const top = Math.min(connection.y, window.innerHeight - 60 - kinds.length * 34);

  return (
    <div
      ref={panel}
      className="atlas-popover atlas-chooser"
      role="dialog"
      aria-label="Choose a relation"
      style={{ left, top }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="atlas-chooser__title">
        <strong>{source.label}</strong> → <strong>{target.label}</strong>
      </div>
      {kinds.length === 0 ? (
        <p className="atlas-chooser__none">
          {cannotConnectMessage(source.kind, target.kind)}
        </p>
      ) : (
        <ul>
          {kinds.map((kind) => {
            const definition = edgeKindOf(kind);
            return (
              <li key={kind}>
                <button
                  type="button"
                  className="atlas-chooser__option"
                  onClick={() => {
                    close();
                    run(addRelation, { source: source.id, target: target.id, kind });
                  }}
                >
                  <svg width="24" height="8" aria-hidden="true">
                    <line x1="1" y1="4" x2="23" y2="4" style={{ stroke: shownColor(definition.color) }} strokeWidth="2.5" strokeDasharray={definition.dashed ? '5 3' : undefined} />
                  </svg>
                  {definition.label}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="atlas-button atlas-button--small atlas-chooser__cancel" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
