import type { PlanDocument } from '../../../shared/model.ts';
import type { PlanFile } from '../../../shared/planFile.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';
import { TODAY } from './fixtures.ts';

/** The account of the world-names plan: Latin with an emoji. */
export const WORLD_ACCOUNT = 'Globex 🌍';

/** Stakeholder names in Greek, Cyrillic, Chinese, Arabic and Latin with an emoji, by the sample name each replaces. */
export const WORLD_STAKEHOLDERS = {
  'Sam Ortiz': 'Δήμητρα Παπαδοπούλου',
  'Priya Raman': 'Дмитрий Иванов',
  'Helen Brandt': '王小明',
  'Marcus Lee': 'محمد العلي',
  'Dana Whitfield': 'Dana 🚀 Whitfield',
} as const;

/** Every name of the world-names plan, account first. */
export const WORLD_NAMES = [WORLD_ACCOUNT, ...Object.values(WORLD_STAKEHOLDERS)];

/** The sample plan with its account and five stakeholders renamed in other scripts and with emoji. */
export function worldNamesPlan(): PlanFile {
  let next = 0;
  const file = buildSamplePlan(TODAY, { newId: () => `id${String(++next).padStart(3, '0')}` });
  const renamed = new Map<string, string>(Object.entries(WORLD_STAKEHOLDERS));
  return {
    ...file,
    account: { ...file.account, name: WORLD_ACCOUNT },
    plan: { ...file.plan, title: file.plan.title.replace(file.account.name, WORLD_ACCOUNT) },
    nodes: file.nodes.map((node) => {
      if (node.kind === 'account') return { ...node, label: WORLD_ACCOUNT };
      const name = node.kind === 'stakeholder' ? renamed.get(node.label) : undefined;
      return name ? { ...node, label: name } : node;
    }),
  };
}

/** The world-names plan as the service would load it. */
export function worldNamesDocument(): PlanDocument {
  const { account, plan, nodes, edges, viewport } = worldNamesPlan();
  return { account, plan, nodes, edges, viewport };
}
