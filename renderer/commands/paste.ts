import { canConnect } from '../../shared/edges.ts';
import type { ContactTable } from '../../shared/contacts/index.ts';
import { pastedContactTable } from '../contacts/pastedContacts.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import type { PlanState } from '../store/types.ts';
import { nextChildOrder, rootNode } from '../store/tree.ts';
import type { ClipboardText } from './clipboardFormat.ts';
import { heldClipboard } from './clipboardMemory.ts';
import { leftOutNotice, readClipboard } from './clipboardRead.ts';
import type { ClipboardSource, PasteContent } from './clipboardRead.ts';
import { defineCommand } from './command.ts';
import { singleSelectedNode } from './edits.ts';
import { itemsLabel, pasteBranchesEdit } from './pasteBranches.ts';

/** How pasted items relate to this plan: a move back into the plan they were cut from, or a copy. */
interface PasteOrigin {
  move: boolean;
  /** Relations to the rest of the plan that come back with a move. */
  relations: PlanEdge[];
  /** What a copy into another plan leaves out, in one sentence. */
  notice: string | null;
}

function pasteOrigin(state: PlanState, content: PasteContent): PasteOrigin {
  const samePlan = content.planId === state.plan.id;
  // Cut items are gone from the plan; if any is still there (pasted already, or only copied) this paste is a copy.
  if (samePlan && content.nodes.length > 0 && content.nodes.every((node) => state.nodes[node.id] === undefined)) {
    const kindOfId = (id: string) => state.nodes[id]?.kind ?? content.nodes.find((node) => node.id === id)?.kind;
    const relations = content.outside.filter((edge) => {
      const source = kindOfId(edge.source);
      const target = kindOfId(edge.target);
      return source !== undefined && target !== undefined && state.edges[edge.id] === undefined && canConnect(edge.kind, source, target);
    });
    return { move: true, relations, notice: null };
  }
  const dropped = samePlan ? 0 : content.outside.length;
  const notice =
    dropped === 0
      ? null
      : `${dropped} ${dropped === 1 ? 'relation' : 'relations'} to items outside the pasted branches ${dropped === 1 ? 'was' : 'were'} left out.`;
  return { move: false, relations: [], notice };
}

function joinSentences(first: string | null, second: string | null): string | null {
  return first && second ? `${first} ${second}` : (first ?? second);
}

/** What Paste reads. */
export interface PasteArgs {
  /** What the system clipboard held; absent when it could not be read, so the last copy kept in memory is pasted. */
  clipboard?: ClipboardSource;
}

/** The node pasted items go under: the single selected node, else the account root. */
export function pasteTarget(state: Pick<PlanState, 'nodes' | 'selection'>): PlanNode | undefined {
  return singleSelectedNode(state) ?? rootNode(state.nodes);
}

/** Spreadsheet rows of contacts on the clipboard (not our own items, nor the outline text of our last copy). */
function contactRows(source: ClipboardSource | undefined, held: ClipboardText | null): ContactTable | null {
  if (!source || (source.json !== undefined && source.json.trim() !== '') || !source.text) return null;
  if (held && source.text === held.text) return null;
  return pastedContactTable(source.text);
}

/**
 * Ctrl/Cmd+V: pastes copied branches (or plain text as topics, one per line) under the selected node with fresh
 * ids, beside it without overlapping; everything read is validated and what is not valid is left out and reported.
 * The pasted branch tops become the selection; one undo step removes everything pasted. Rows of contacts copied
 * from a spreadsheet (tab separated, with a header row) open the "Import contacts" dialog with them instead.
 */
export const paste = defineCommand<PasteArgs | void>({
  id: 'edit.paste',
  label: 'Paste',
  shortcuts: [{ key: 'v', mod: true }],
  menu: ['edit.paste'],
  undo: 'record',
  enabledWhen: (state) => pasteTarget(state) !== undefined,
  perform(state, args) {
    const contacts = contactRows(args ? args.clipboard : undefined, heldClipboard());
    if (contacts) return { type: 'panels', flags: { contactImport: { table: contacts } } };
    const reading = readClipboard(args ? args.clipboard : undefined, heldClipboard());
    if (!reading.ok) return { type: 'notice', notice: reading.notice };
    const { nodes, leftOut } = reading.content;
    const origin = pasteOrigin(state, reading.content);
    const notice = joinSentences(leftOutNotice(nodes.length, leftOut), origin.notice);
    const target = pasteTarget(state)!;
    const firstOrder = nextChildOrder(state.nodes, target.id);
    const edit = pasteBranchesEdit(
      state,
      reading.content,
      itemsLabel(origin.move ? 'Move' : 'Paste', nodes),
      (_top, index) => ({ parentId: target.id, order: firstOrder + index }),
      { keepIds: origin.move, extraEdges: origin.relations },
    );
    if (!edit) return { type: 'notice', notice: notice ?? 'Nothing was pasted: the clipboard held no map items.' };
    // One sentence about items left out (invalid, not allowed, over the limit) after a paste that still pasted something.
    return { type: 'edit', edit: notice ? { ...edit, notice } : edit };
  },
});
