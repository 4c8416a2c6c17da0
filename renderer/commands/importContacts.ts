import { planContactImport } from '../../shared/contacts/index.ts';
import type { ContactImportOptions, ContactTable } from '../../shared/contacts/index.ts';
import { isEmptyChange } from '../../shared/changes.ts';
import type { NodeUpdate, PlanChange } from '../../shared/changes.ts';
import { newId } from '../../shared/ids.ts';
import { planPatchSchema } from '../../shared/patch.ts';
import { importedNotice } from '../contacts/importSummary.ts';
import { rootNode } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/** File → Import contacts… and the plan screen's button: opens the dialog to choose a CRM export. */
export const openContactImport = defineCommand({
  id: 'contacts.openImport',
  label: 'Import contacts…',
  menu: ['file.importContacts'],
  undo: 'skip',
  enabledWhen: (state) => rootNode(state.nodes) !== undefined,
  perform: () => ({ type: 'panels', flags: { contactImport: { table: null }, connectFrom: null } }),
});

/** What the dialog imports: the rows read and the choices made in it. */
export interface ContactImportArgs {
  table: ContactTable;
  options: ContactImportOptions;
}

/**
 * The dialog's Import: the import plan worked out by shared/contacts on the plan as it is now, applied as one
 * edit (one undo step). The branch the new stakeholders go under opens if it was collapsed; the new stakeholders
 * (or, when there are none, the updated ones) become the selection, and a notice says what was done.
 */
export const importContacts = defineCommand<ContactImportArgs>({
  id: 'contacts.import',
  label: 'Import contacts',
  undo: 'record',
  enabledWhen: (state, { options }) => state.nodes[options.parentId] !== undefined,
  perform(state, { table, options }) {
    const plan = planContactImport(state.plan.id, Object.values(state.nodes), Object.values(state.edges), table, options, newId);
    if (plan.refusal) return { type: 'notice', notice: plan.refusal };
    // The schema fills what the import leaves to defaults (collapsed, internal, the kind's other fields).
    const parsed = planPatchSchema.safeParse(plan.patch);
    if (!parsed.success) return { type: 'notice', notice: 'The contacts could not be imported: the import made a change the plan does not accept.' };
    const { upsertNodes, updateNodes, upsertEdges, deleteEdges } = parsed.data;
    const parent = state.nodes[options.parentId]!;
    const openParent: NodeUpdate[] = parent.collapsed && upsertNodes.length > 0 ? [{ id: parent.id, collapsed: false }] : [];
    const change: PlanChange = { upsertNodes, updateNodes: [...openParent, ...updateNodes], upsertEdges, deleteEdges };
    if (isEmptyChange(change)) return { type: 'notice', notice: 'Nothing was imported: every row is skipped or has a problem.' };
    const selected = upsertNodes.length > 0 ? upsertNodes.map((node) => node.id) : updateNodes.map((update) => update.id);
    const total = upsertNodes.length + updateNodes.length;
    const label = total === 1 ? 'Import 1 contact' : `Import ${total.toLocaleString('en-US')} contacts`;
    return { type: 'edit', edit: makeEdit(label, change, { selectAfter: { nodeIds: selected, edgeId: null }, notice: importedNotice(plan.counts) }) };
  },
});
