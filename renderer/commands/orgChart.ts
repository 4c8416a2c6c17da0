import { edgeDefaults } from '../../shared/edges.ts';
import { newId } from '../../shared/ids.ts';
import { placeNewSibling } from '../../shared/layout.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import { managersOf, orgChartInput, wouldCreateCycle } from '../../shared/rules/orgChart.ts';
import type { PlanState } from '../store/types.ts';
import { orderAfter } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import type { CommandOutcome } from './command.ts';
import { makeEdit, newNode, singleSelectedNode } from './edits.ts';

function isStakeholder(node: PlanNode | undefined): node is PlanNode & { kind: 'stakeholder' } {
  return node?.kind === 'stakeholder';
}

/** Each stakeholder's manager as the org chart shows it. */
function chartManagers(state: Pick<PlanState, 'nodes' | 'edges'>): Map<string, string> {
  const { stakeholderIds, reportsTo } = orgChartInput(Object.values(state.nodes), Object.values(state.edges));
  return managersOf(stakeholderIds, reportsTo);
}

function reportsToEdge(source: string, target: string): PlanEdge {
  return { id: newId(), kind: 'reportsTo', source, target, data: edgeDefaults('reportsTo') };
}

/** Reports-to relations going out of one person. */
function reportsToFrom(state: Pick<PlanState, 'edges'>, id: string): PlanEdge[] {
  return Object.values(state.edges).filter((edge) => edge.kind === 'reportsTo' && edge.source === id);
}

/** Org chart drop: makes one stakeholder report to another (replacing their manager); a loop is refused with a sentence. */
export const setManager = defineCommand<{ reportId: string; managerId: string }>({
  id: 'orgChart.setManager',
  label: 'Set manager',
  undo: 'record',
  enabledWhen: (state, { reportId, managerId }) => isStakeholder(state.nodes[reportId]) && isStakeholder(state.nodes[managerId]),
  perform(state, { reportId, managerId }): CommandOutcome {
    const report = state.nodes[reportId]!;
    const manager = state.nodes[managerId]!;
    if (reportId === managerId) return { type: 'done' };
    if (wouldCreateCycle(chartManagers(state), reportId, managerId)) {
      return {
        type: 'notice',
        notice: `${report.label} cannot report to ${manager.label}, who already reports to ${report.label} (directly or through others).`,
      };
    }
    const current = reportsToFrom(state, reportId);
    if (current.length === 1 && current[0]!.target === managerId) return { type: 'done' };
    const edit = makeEdit(
      'Set manager',
      { deleteEdges: current.map((edge) => edge.id), upsertEdges: [reportsToEdge(reportId, managerId)] },
      { selectAfter: { nodeIds: [reportId], edgeId: null } },
    );
    return { type: 'edit', edit };
  },
});

/** A new stakeholder next to `beside` on the mind map (same branch, right after it). */
function newStakeholderBeside(state: PlanState, beside: PlanNode, title: string): PlanNode {
  const node = newNode('stakeholder', beside.parentId ?? beside.id, placeNewSibling(Object.values(state.nodes), beside.id), orderAfter(state.nodes, beside));
  return { ...node, label: `Unknown — ${title}`, data: { ...node.data, placeholder: true } } as PlanNode;
}

/** Org chart: adds a placeholder direct report under the selected stakeholder and selects it. */
export const addDirectReport = defineCommand({
  id: 'orgChart.addDirectReport',
  label: 'Add direct report',
  shortcuts: [{ key: 'Tab' }],
  undo: 'record',
  enabledWhen: (state) => isStakeholder(singleSelectedNode(state)),
  perform(state) {
    const manager = singleSelectedNode(state)!;
    const report = newStakeholderBeside(state, manager, `reports to ${manager.label}`);
    const edit = makeEdit('Add direct report', { upsertNodes: [report], upsertEdges: [reportsToEdge(report.id, manager.id)] }, {
      selectAfter: { nodeIds: [report.id], edgeId: null },
    });
    return { type: 'edit', edit };
  },
});

/** Org chart: puts a placeholder manager above the selected stakeholder (between them and their manager, if any). */
export const addManager = defineCommand({
  id: 'orgChart.addManager',
  label: 'Add manager',
  shortcuts: [{ key: 'Tab', shift: true }],
  undo: 'record',
  enabledWhen: (state) => isStakeholder(singleSelectedNode(state)),
  perform(state) {
    const report = singleSelectedNode(state)!;
    const manager = newStakeholderBeside(state, report, `manager of ${report.label}`);
    const current = reportsToFrom(state, report.id);
    const above = chartManagers(state).get(report.id);
    const upsertEdges = [reportsToEdge(report.id, manager.id), ...(above === undefined ? [] : [reportsToEdge(manager.id, above)])];
    const edit = makeEdit('Add manager', { upsertNodes: [manager], deleteEdges: current.map((edge) => edge.id), upsertEdges }, {
      selectAfter: { nodeIds: [manager.id], edgeId: null },
    });
    return { type: 'edit', edit };
  },
});

/** Selects one stakeholder (org chart, power map and coverage keys and clicks). */
export const selectStakeholder = defineCommand<{ id: string }>({
  id: 'views.select',
  label: 'Select',
  undo: 'skip',
  enabledWhen: (state, { id }) => state.nodes[id] !== undefined,
  perform: (_state, { id }) => ({ type: 'select', selection: { nodeIds: [id], edgeId: null } }),
});
