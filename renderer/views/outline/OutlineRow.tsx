import { memo, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { kindOf } from '../../../shared/kinds/index.ts';
import { isAddOf, nameUnchanged } from '../../../shared/rules/cancelAdd.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { commitRename, startRename } from '../../commands/renameNode.ts';
import { usePlanStoreApi, useRunCommand } from '../../map/PlanContext.tsx';
import { ChangeMark } from '../../review/ChangeMark.tsx';
import { shownColor } from '../../ui/shownColor.ts';

/**
 * The in-place name field of an outline line: Enter keeps the name, Escape the old one (and on a line just added,
 * its name untouched, takes the add back, as on the map); leaving the field keeps what was typed.
 */
function OutlineRename({ node }: { node: PlanNode }) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const field = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  useLayoutEffect(() => {
    const input = field.current!;
    finished.current = false;
    input.focus();
    input.select();
    return () => {
      finished.current = true;
      // The line takes focus back, so the outline's keys keep working on it.
      if (document.activeElement === input) input.closest<HTMLElement>('[role="treeitem"]')?.focus();
    };
  }, [node.id]);
  const finish = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    field.current?.closest<HTMLElement>('[role="treeitem"]')?.focus();
    if (value !== null) run(commitRename, { id: node.id, label: value });
    if (store.getState().renamingNodeId === node.id) store.getState().startRename(null);
  };
  const cancelAdd = (typed: string): boolean => {
    const state = store.getState();
    const step = state.past.at(-1);
    if (!nameUnchanged(typed, node.label) || state.freshNodeId !== node.id || !isAddOf(step, node.id)) return false;
    finished.current = true;
    const before = step!.selectionBefore.nodeIds[0];
    const tree = field.current?.closest<HTMLElement>('[role="tree"]');
    if (!state.withdrawAdd(node.id)) return false;
    // The line goes with the add: the line selected before it takes focus.
    if (before !== undefined) tree?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(before)}"]`)?.focus();
    return true;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!cancelAdd(event.currentTarget.value)) finish(null);
    }
  };
  return (
    <input
      ref={field}
      className="atlas-outline__rename"
      aria-label={`${kindOf(node.kind).label} name`}
      defaultValue={node.label}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

interface OutlineRowProps {
  node: PlanNode;
  level: number;
  /** Undefined for a line without children. */
  expanded: boolean | undefined;
  selected: boolean;
  tabbable: boolean;
  renaming: boolean;
  /** "Kind: Label", as the map card is called. */
  name: string;
}

/** One line of the outline: a tree item with its kind, its name, and its place in the tree for assistive technology. */
export const OutlineRow = memo(function OutlineRow({ node, level, expanded, selected, tabbable, renaming, name }: OutlineRowProps) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const definition = kindOf(node.kind);
  return (
    <li
      role="treeitem"
      aria-label={name}
      aria-level={level}
      aria-expanded={expanded}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-node-id={node.id}
      className={`atlas-outline__item${selected ? ' is-selected' : ''}`}
      style={{ paddingLeft: `${(level - 1) * 22 + 8}px` }}
      onClick={(event) => {
        if (event.target instanceof HTMLInputElement) return;
        store.getState().select({ nodeIds: [node.id], edgeId: null });
      }}
      onDoubleClick={() => {
        store.getState().select({ nodeIds: [node.id], edgeId: null });
        run(startRename, undefined);
      }}
    >
      <span className="atlas-outline__twisty" aria-hidden="true">
        {expanded === undefined ? '' : expanded ? '▾' : '▸'}
      </span>
      <span className="atlas-outline__kind">
        <span className="atlas-outline__dot" style={{ background: shownColor(definition.color) }} aria-hidden="true" />
        {`${definition.label}:`}
      </span>{' '}
      {renaming ? <OutlineRename node={node} /> : <span className="atlas-outline__label">{node.label}</span>}
      <ChangeMark nodeId={node.id} />
    </li>
  );
});
