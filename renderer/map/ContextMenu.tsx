import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { edgeKindOf } from '../../shared/edges.ts';
import { addChild, addSibling } from '../commands/addNode.ts';
import { toggleCollapse } from '../commands/collapse.ts';
import type { Command } from '../commands/command.ts';
import { copy } from '../commands/copy.ts';
import { cut } from '../commands/cut.ts';
import { deleteSelection } from '../commands/deleteSelection.ts';
import { duplicate } from '../commands/duplicate.ts';
import { branchMoveCommands } from '../commands/moveBranch.ts';
import { paste } from '../commands/paste.ts';
import { relationKindsBetween, removeRelation, updateRelation } from '../commands/relations.ts';
import { startRename } from '../commands/renameNode.ts';
import { describeShortcut } from '../commands/shortcuts.ts';
import { tidyUp } from '../commands/tidyUp.ts';
import { fitView } from '../commands/view.ts';
import { childrenOf } from '../store/tree.ts';
import type { PlanState } from '../store/types.ts';
import { usePlan, usePlanStoreApi, useRunCommand } from './PlanContext.tsx';
import { useClipboardActions } from './useMapClipboard.ts';

interface ItemProps {
  label: string;
  hint?: string;
  disabled?: boolean;
  checked?: boolean;
  onSelect(): void;
}

function MenuItem({ label, hint, disabled, checked, onSelect }: ItemProps) {
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={checked}
      className="atlas-menu__item"
      disabled={disabled}
      onClick={onSelect}
    >
      <span className="atlas-menu__check" aria-hidden="true">
        {checked ? '✓' : ''}
      </span>
      <span className="atlas-menu__label">{label}</span>
      {hint ? <span className="atlas-menu__hint">{hint}</span> : null}
    </button>
  );
}

const NO_NODES: PlanState['nodes'] = {};
const NO_EDGES: PlanState['edges'] = {};

/** The right-click menu on a node, a relation or the empty map; runs the same commands as keys and toolbar. */
export function ContextMenu() {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const clipboard = useClipboardActions();
  const menu = usePlan((state) => state.contextMenu);
  const panel = useRef<HTMLDivElement>(null);
  // Subscribing to nodes/edges keeps labels (Collapse/Expand, relation kinds) current while the menu is open;
  // while it is closed nothing is subscribed, so a drag does not re-render the menu on every frame.
  const nodes = usePlan((state) => (state.contextMenu ? state.nodes : NO_NODES));
  const edges = usePlan((state) => (state.contextMenu ? state.edges : NO_EDGES));

  useEffect(() => {
    if (!menu) return;
    panel.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([disabled])')?.focus();
    const close = (event: MouseEvent) => {
      if (!panel.current?.contains(event.target as Node)) store.getState().setContextMenu(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [menu, store]);

  if (!menu) return null;
  const close = () => store.getState().setContextMenu(null);
  // `action` runs instead of the plain command where the clipboard is involved (see useClipboardActions).
  const commandItem = (command: Command<void>, label = command.label, action?: () => void) => {
    const shortcut = command.shortcuts?.[0];
    return (
      <MenuItem
        key={command.id}
        label={label}
        hint={shortcut ? describeShortcut(shortcut) : undefined}
        disabled={!command.enabledWhen(store.getState())}
        onSelect={() => {
          close();
          if (action) action();
          else run(command, undefined);
        }}
      />
    );
  };
  const clipboardItems = (
    <>
      {commandItem(cut as Command<void>, 'Cut', clipboard.cut)}
      {commandItem(copy as Command<void>, 'Copy', clipboard.copy)}
      {commandItem(paste as Command<void>, 'Paste', () => void clipboard.paste())}
    </>
  );

  let items: ReactNode;
  if (menu.target.type === 'node') {
    const node = nodes[menu.target.id];
    if (!node) return null;
    const hasChildren = childrenOf(nodes, node.id).length > 0;
    items = (
      <>
        {commandItem(addChild, 'Add child')}
        {commandItem(addSibling, 'Add sibling')}
        {commandItem(startRename)}
        {hasChildren ? commandItem(toggleCollapse as Command<void>, node.collapsed ? 'Expand branch' : 'Collapse branch') : null}
        <div className="atlas-menu__separator" role="separator" />
        {node.parentId === null ? null : branchMoveCommands.map((command) => commandItem(command))}
        {node.parentId === null ? null : <div className="atlas-menu__separator" role="separator" />}
        {clipboardItems}
        {commandItem(duplicate)}
        <div className="atlas-menu__separator" role="separator" />
        {commandItem(deleteSelection, node.parentId === null ? 'Delete (the account stays)' : 'Delete with its branch')}
      </>
    );
  } else if (menu.target.type === 'edge') {
    const edge = edges[menu.target.id];
    if (!edge) return null;
    const kinds = relationKindsBetween({ nodes }, edge.source, edge.target);
    items = (
      <>
        <div className="atlas-menu__heading">Relation</div>
        {kinds.map((kind) => (
          <MenuItem
            key={kind}
            label={edgeKindOf(kind).label}
            checked={kind === edge.kind}
            onSelect={() => {
              close();
              run(updateRelation, { id: edge.id, kind });
            }}
          />
        ))}
        <div className="atlas-menu__separator" role="separator" />
        <MenuItem
          label="Remove relation"
          hint="Del"
          onSelect={() => {
            close();
            run(removeRelation, { id: edge.id });
          }}
        />
      </>
    );
  } else {
    items = (
      <>
        {commandItem(paste as Command<void>, 'Paste', () => void clipboard.paste())}
        <div className="atlas-menu__separator" role="separator" />
        {commandItem(tidyUp)}
        {commandItem(fitView)}
      </>
    );
  }

  return (
    <div
      ref={panel}
      className="atlas-popover atlas-menu"
      role="menu"
      aria-label="Map actions"
      style={{ left: Math.min(menu.x, window.innerWidth - 240), top: Math.max(8, Math.min(menu.y, window.innerHeight - 340)) }}
      onKeyDown={(event) => {
        event.stopPropagation();
        const items = [...(panel.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? [])];
        const index = items.indexOf(document.activeElement as HTMLElement);
        if (event.key === 'Escape') close();
        else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
        else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
        else return;
        event.preventDefault();
      }}
    >
      {items}
    </div>
  );
}
