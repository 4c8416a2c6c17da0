import type { PlanNode } from '../../shared/model.ts';
import type { PowerMapCell } from '../../shared/rules/powerMap.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/** Power map drop or arrow key: sets a stakeholder's support and influence together, as one undo step. */
export const placeOnPowerMap = defineCommand<{ id: string; cell: PowerMapCell }>({
  id: 'powerMap.place',
  label: 'Move on the power map',
  undo: 'record',
  enabledWhen: (state, { id }) => state.nodes[id]?.kind === 'stakeholder',
  perform(state, { id, cell }) {
    const node = state.nodes[id]! as PlanNode & { kind: 'stakeholder' };
    if (node.data.support === cell.support && node.data.influence === cell.influence) return { type: 'done' };
    const next = { ...node, data: { ...node.data, support: cell.support, influence: cell.influence } };
    const edit = makeEdit('Move on the power map', { upsertNodes: [next] }, { selectAfter: { nodeIds: [id], edgeId: null } });
    return { type: 'edit', edit };
  },
});
