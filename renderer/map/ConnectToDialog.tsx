import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { connectTargets } from '../../shared/connectTargets.ts';
import type { ConnectOption, ConnectTarget } from '../../shared/connectTargets.ts';
import { edgeKindOf } from '../../shared/edges.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { addRelation } from '../commands/relations.ts';
import { usePlan, usePlanNode, usePlanStoreApi, useRunCommand } from './PlanContext.tsx';
import { noConnectTargetMessage } from '../../shared/kinds/wording.ts';
import { shownColor } from '../ui/shownColor.ts';

/** Items listed at once; typing narrows a longer list. */
const MAX_LISTED = 50;
const WIDTH = 320;

/** "Connect to…": a search of the items the relation kinds allow for the node, then the kind when several fit. */
export function ConnectToDialog() {
  const fromId = usePlan((state) => state.connectFrom);
  const from = usePlanNode(fromId);
  if (!fromId || !from) return null;
  return <ConnectSearch key={fromId} from={from} />;
}

function sentence(option: ConnectOption, labels: Readonly<Record<string, string>>): string {
  return `${labels[option.source] ?? '?'} ${edgeKindOf(option.kind).label} ${labels[option.target] ?? '?'}`;
}

/** Where the dialog opens: beside the node on screen, kept inside the window. */
function placeBeside(nodeId: string): { left: number; top: number } {
  const box = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)?.getBoundingClientRect();
  const left = box ? box.right + 12 : window.innerWidth / 2 - WIDTH / 2;
  const top = box ? box.top : 80;
  return { left: Math.max(8, Math.min(left, window.innerWidth - WIDTH - 8)), top: Math.max(8, Math.min(top, window.innerHeight - 420)) };
}

function ConnectSearch({ from }: { from: PlanNode }) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const id = useId();
  const nodes = usePlan((state) => state.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<ConnectTarget | null>(null);
  const [activeKind, setActiveKind] = useState(0);
  const [place] = useState(() => placeBeside(from.id));
  const panel = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const kindList = useRef<HTMLUListElement>(null);
  const targets = useMemo(() => connectTargets(nodes, from.id, query), [nodes, from.id, query]);
  const listed = targets.slice(0, MAX_LISTED);
  const labels = useMemo(() => ({ [from.id]: from.label, ...(picked ? { [picked.node.id]: picked.node.label } : {}) }), [from, picked]);

  const close = (refocus = true) => {
    store.getState().setPanels({ connectFrom: null });
    if (refocus) document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(from.id)}"]`)?.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (picked) kindList.current?.focus();
    else search.current?.focus();
  }, [picked]);

  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (!panel.current?.contains(event.target as Node)) store.getState().setPanels({ connectFrom: null });
    };
    window.addEventListener('mousedown', outside);
    return () => window.removeEventListener('mousedown', outside);
  }, [store]);

  const connect = (option: ConnectOption) => {
    close();
    run(addRelation, option);
    // The node stays selected, so C connects it to the next item at once.
    store.getState().select({ nodeIds: [from.id], edgeId: null });
  };

  const pick = (target: ConnectTarget | undefined) => {
    if (!target) return;
    if (target.options.length === 1) connect(target.options[0]!);
    else {
      setActiveKind(0);
      setPicked(target);
    }
  };

  const moveIn = (count: number, current: number, event: KeyboardEvent, set: (index: number) => void): boolean => {
    if (count === 0) return false;
    if (event.key === 'ArrowDown') set((current + 1) % count);
    else if (event.key === 'ArrowUp') set((current - 1 + count) % count);
    else if (event.key === 'Home' && event.currentTarget !== search.current) set(0);
    else if (event.key === 'End' && event.currentTarget !== search.current) set(count - 1);
    else return false;
    return true;
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (moveIn(listed.length, Math.min(active, listed.length - 1), event, setActive)) event.preventDefault();
    else if (event.key === 'Enter') {
      event.preventDefault();
      pick(listed[Math.min(active, listed.length - 1)]);
    }
  };

  const onKindKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!picked) return;
    if (moveIn(picked.options.length, activeKind, event, setActiveKind)) event.preventDefault();
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      connect(picked.options[activeKind]!);
    }
  };

  const activeIndex = Math.min(active, listed.length - 1);

  return (
    <div
      ref={panel}
      className="atlas-popover atlas-chooser atlas-connect-to"
      role="dialog"
      aria-label={`Connect ${from.label} to…`}
      style={{ left: place.left, top: place.top, width: WIDTH }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        if (picked) setPicked(null);
        else close();
      }}
    >
      <div className="atlas-chooser__title">
        Connect <strong>{from.label}</strong> to…
      </div>
      {picked ? (
        <>
          <div id={`${id}-kinds-label`} className="atlas-connect-to__step">
            Which relation with <strong>{picked.node.label}</strong>?
          </div>
          <ul
            ref={kindList}
            role="listbox"
            tabIndex={0}
            aria-labelledby={`${id}-kinds-label`}
            aria-activedescendant={`${id}-kind-${activeKind}`}
            className="atlas-connect-to__list"
            onKeyDown={onKindKey}
          >
            {picked.options.map((option, index) => {
              const definition = edgeKindOf(option.kind);
              return (
                <li
                  key={`${option.kind}:${option.source}`}
                  id={`${id}-kind-${index}`}
                  role="option"
                  aria-selected={index === activeKind}
                  className={`atlas-chooser__option ${index === activeKind ? 'is-active' : ''}`}
                  onMouseEnter={() => setActiveKind(index)}
                  onClick={() => connect(option)}
                >
                  <svg width="24" height="8" aria-hidden="true">
                    <line x1="1" y1="4" x2="23" y2="4" style={{ stroke: shownColor(definition.color) }} strokeWidth="2.5" strokeDasharray={definition.dashed ? '5 3' : undefined} />
                  </svg>
                  {sentence(option, labels)}
                </li>
              );
            })}
          </ul>
          <button type="button" className="atlas-button atlas-button--small atlas-chooser__cancel" onClick={() => setPicked(null)}>
            Back
          </button>
        </>
      ) : (
        <>
          <input
            ref={search}
            type="search"
            className="atlas-connect-to__search"
            role="combobox"
            aria-label="Connect to"
            aria-expanded="true"
            aria-controls={`${id}-items`}
            aria-autocomplete="list"
            aria-activedescendant={listed.length > 0 ? `${id}-item-${activeIndex}` : undefined}
            placeholder="Type to find an item"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onSearchKey}
          />
          <ul id={`${id}-items`} role="listbox" aria-label="Items to connect to" className="atlas-connect-to__list">
            {listed.map((target, index) => (
              <li
                key={target.node.id}
                id={`${id}-item-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                aria-label={`${kindOf(target.node.kind).label}: ${target.node.label}`}
                className={`atlas-chooser__option ${index === activeIndex ? 'is-active' : ''}`}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(target)}
              >
                <span className="atlas-swatch" style={{ background: shownColor(kindOf(target.node.kind).color) }} aria-hidden="true" />
                <span className="atlas-connect-to__label">{target.node.label}</span>
                <span className="atlas-connect-to__kind" aria-hidden="true">
                  {kindOf(target.node.kind).label}
                </span>
              </li>
            ))}
          </ul>
          <p className="atlas-chooser__none" role="status">
            {targets.length === 0
              ? noConnectTargetMessage(query, from.kind)
              : targets.length > listed.length
                ? `${listed.length} of ${targets.length} items shown; keep typing to narrow them.`
                : `${targets.length} ${targets.length === 1 ? 'item' : 'items'}. ↑↓ to choose, Enter to connect.`}
          </p>
          <button type="button" className="atlas-button atlas-button--small atlas-chooser__cancel" onClick={() => close()}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
