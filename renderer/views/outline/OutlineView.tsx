import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { addSibling } from '../../commands/addNode.ts';
import { toggleCollapse } from '../../commands/collapse.ts';
import { deleteSelection } from '../../commands/deleteSelection.ts';
import { indentNode, outdentNode } from '../../commands/outlineIndent.ts';
import { startRename } from '../../commands/renameNode.ts';
import { nodeAriaLabel } from '../../map/flowModel.ts';
import { Notice } from '../../map/Notice.tsx';
import { usePlan, usePlanStoreApi, useRunCommand } from '../../map/PlanContext.tsx';
import { useSearchShortcut } from '../../search/useSearchShortcut.ts';
import { mapTree } from '../../store/tree.ts';
import { OutlineRow } from './OutlineRow.tsx';
import { outlineRows } from './outlineRows.ts';
import '../../styles/outline.css';
import { VIEW_PANEL_ID } from '../viewPanel.ts';

/** Focus on the row of a node, when focus is in the tree already (a click elsewhere is never taken away). */
function focusRow(tree: HTMLElement | null, id: string): void {
  if (!tree || !tree.contains(document.activeElement)) return;
  tree.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: false });
}

/**
 * The plan as an editable indented list in outline order: the same selection as the map, F2 renames, Enter adds a
 * sibling, Tab and Shift+Tab indent and outdent, Space collapses; a branch can be shown alone, with a way back.
 */
export function OutlineView() {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const nodes = usePlan((state) => state.nodes);
  const selection = usePlan((state) => state.selection.nodeIds);
  const renamingId = usePlan((state) => state.renamingNodeId);
  const [branchId, setBranchId] = useState<string | null>(null);
  const treeElement = useRef<HTMLUListElement>(null);
  useSearchShortcut();

  const tree = mapTree(nodes);
  const branch = branchId !== null && tree.node(branchId) ? tree.node(branchId)! : null;
  const rows = useMemo(() => outlineRows(tree, branch?.id ?? null), [tree, branch]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const single = selection.length === 1 ? selection[0]! : null;
  const tabbable = rows.some((row) => row.node.id === single) ? single : (rows[0]?.node.id ?? null);
  // The account is the whole plan: the trail names the branches between it and the branch shown.
  const trail = branch ? [...treeAncestors(tree, branch.id)].filter((ancestor) => tree.parent(ancestor.id)).reverse() : [];

  useEffect(() => {
    if (single !== null && renamingId === null) focusRow(treeElement.current, single);
  }, [single, renamingId]);

  const select = (id: string) => store.getState().select({ nodeIds: [id], edgeId: null });
  const onKeyDown = (event: ReactKeyboardEvent<HTMLUListElement>) => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey) return;
    const at = rows.findIndex((row) => row.node.id === single);
    const row = rows[at];
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown') select(rows[Math.min(at + 1, rows.length - 1)]?.node.id ?? rows[0]!.node.id);
    else if (key === 'ArrowUp') select(rows[Math.max(at - 1, 0)]?.node.id ?? rows[0]!.node.id);
    else if (key === 'Home' && rows[0]) select(rows[0].node.id);
    else if (key === 'End' && rows.length > 0) select(rows[rows.length - 1]!.node.id);
    else if (key === 'Escape') document.getElementById('atlas-view-tab-outline')?.focus();
    else if (!row) handled = false;
    else if (key === 'ArrowRight') {
      if (row.hasChildren && row.node.collapsed) run(toggleCollapse, { id: row.node.id });
      else if (row.hasChildren && rows[at + 1]) select(rows[at + 1]!.node.id);
    } else if (key === 'ArrowLeft') {
      if (row.hasChildren && !row.node.collapsed) run(toggleCollapse, { id: row.node.id });
      else if (row.parentId && rows.some((other) => other.node.id === row.parentId)) select(row.parentId);
    } else if (key === 'F2') run(startRename, undefined);
    else if (key === 'Enter' && !event.altKey && !event.shiftKey) run(addSibling, undefined);
    else if (key === 'Tab') run(event.shiftKey ? outdentNode : indentNode, undefined);
    else if (key === ' ') run(toggleCollapse, { id: row.node.id });
    else if (key === 'Delete' || key === 'Backspace') run(deleteSelection, undefined);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <main id={VIEW_PANEL_ID} className="atlas-outline" aria-label="Outline">
      <div className="atlas-outline__bar">
        <nav aria-label="Breadcrumb" className="atlas-outline__trail">
          {branch ? (
            <ol>
              <li>
                <button type="button" className="atlas-outline__crumb" onClick={() => setBranchId(null)}>
                  Whole plan
                </button>
              </li>
              {trail.map((ancestor) => (
                <li key={ancestor.id}>
                  <button type="button" className="atlas-outline__crumb" onClick={() => setBranchId(ancestor.id)}>
                    {ancestor.label}
                  </button>
                </li>
              ))}
              <li aria-current="location">{branch.label}</li>
            </ol>
          ) : (
            <span>Whole plan</span>
          )}
        </nav>
        <button
          type="button"
          className="atlas-button"
          disabled={single === null || single === branch?.id}
          onClick={() => {
            if (single === null) return;
            setBranchId(tree.parent(single) ? single : null);
            requestAnimationFrame(() => treeElement.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
          }}
        >
          Focus on branch
        </button>
      </div>
      <p className="atlas-outline__help" id="atlas-outline-help">
        F2 renames, Enter adds a sibling, Tab and Shift+Tab indent and outdent, Space collapses, arrows move, Escape leaves the list.
      </p>
      <ul ref={treeElement} className="atlas-outline__tree" role="tree" aria-label="Plan outline" aria-describedby="atlas-outline-help" onKeyDown={onKeyDown}>
        {rows.map((row) => (
          <OutlineRow
            key={row.node.id}
            node={row.node}
            level={row.level}
            expanded={row.hasChildren ? !row.node.collapsed : undefined}
            selected={selected.has(row.node.id)}
            tabbable={row.node.id === tabbable}
            renaming={renamingId === row.node.id}
            name={nodeAriaLabel(row.node)}
          />
        ))}
      </ul>
      <Notice />
    </main>
  );
}

/** The ancestors of a node, nearest first. */
function* treeAncestors(tree: ReturnType<typeof mapTree>, id: string) {
  for (let current = tree.parent(id); current; current = tree.parent(current.id)) yield current;
}
