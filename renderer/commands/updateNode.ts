import { kindOf } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/** Changes to one node from the inspector. */
export interface NodeChanges {
  label?: string;
  data?: Record<string, unknown>;
  internal?: boolean;
}

/**
 * Inspector: changes fields of one node. Pass the same `burst` for every keystroke while a field has focus,
 * so the whole typing burst becomes one undo step.
 */
export const updateNode = defineCommand<{ id: string; changes: NodeChanges; burst?: string }>({
  id: 'node.update',
  label: 'Edit',
  undo: 'record',
  enabledWhen: (state, { id }) => state.nodes[id] !== undefined,
  perform(state, { id, changes, burst }) {
    const node = state.nodes[id]!;
    const next = {
      ...node,
      label: changes.label ?? node.label,
      internal: changes.internal ?? node.internal,
      data: changes.data ? { ...node.data, ...changes.data } : node.data,
    } as PlanNode;
    const same =
      next.label === node.label &&
      next.internal === node.internal &&
      Object.keys(changes.data ?? {}).every((key) => Object.is((node.data as Record<string, unknown>)[key], changes.data![key]));
    if (same) return { type: 'done' };
    const fields = [changes.label !== undefined ? 'label' : '', changes.internal !== undefined ? 'internal' : '', ...Object.keys(changes.data ?? {})]
      .filter(Boolean)
      .join(',');
    const edit = makeEdit(`Edit ${kindOf(node.kind).label.toLowerCase()}`, { upsertNodes: [next] }, {
      coalesceKey: burst === undefined ? undefined : `node.update:${id}:${fields}:${burst}`,
    });
    return { type: 'edit', edit };
  },
});
