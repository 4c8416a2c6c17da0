import { kindOf } from '../../../shared/kinds/index.ts';
import type { NodeDataMap, NodeKind } from '../../../shared/kinds/index.ts';
import { edgeDefaults } from '../../../shared/edges.ts';
import type { EdgeKind } from '../../../shared/edges.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../../../shared/model.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';

/** The fixed date every document test is made for. */
export const TODAY = '2027-03-12';

/** Labels that would run script if a document ever treated them as markup. */
export const HOSTILE_LABELS = ['<img src=x onerror=alert(1)>', '<script>alert("pwned")</script>'] as const;

/** The sample plan with predictable ids, as the service would load it. */
export function sampleDocument(): PlanDocument {
  let next = 0;
  const file = buildSamplePlan(TODAY, { newId: () => `id${String(++next).padStart(3, '0')}` });
  return { account: file.account, plan: file.plan, nodes: file.nodes, edges: file.edges, viewport: file.viewport };
}

/** A node of a kind with default data plus `data`. */
export function node<K extends NodeKind>(
  id: string,
  kind: K,
  label: string,
  parentId: string | null,
  data: Partial<NodeDataMap[K]> = {},
  extra: Partial<Pick<PlanNode, 'internal' | 'order' | 'position'>> = {},
): PlanNode {
  const definition = kindOf(kind);
  return {
    id,
    kind,
    label,
    data: { ...definition.defaults(), ...data },
    position: extra.position ?? { x: 0, y: 0 },
    parentId,
    order: extra.order ?? 0,
    collapsed: false,
    internal: extra.internal ?? definition.internalByDefault,
  } as unknown as PlanNode;
}

/** A relation with default data plus `data`. */
export function edge(id: string, kind: EdgeKind, source: string, target: string, data: Record<string, unknown> = {}): PlanEdge {
  return { id, kind, source, target, data: { ...edgeDefaults(kind), ...data } };
}

/** The sample plan plus items that test escaping and the customer filter. */
export function hostileDocument(): PlanDocument {
  const document = sampleDocument();
  const root = document.nodes.find((candidate) => candidate.kind === 'account');
  if (!root) throw new Error('sample plan has no account root');
  const [imgLabel, scriptLabel] = HOSTILE_LABELS;
  const extra = [
    node('hostile1', 'stakeholder', imgLabel, root.id, { title: 'Pen tester', support: 'enemy' }, { position: { x: 0, y: -400 } }),
    node('hostile2', 'need', scriptLabel, root.id, { roiMeasure: '*bold* _it_ `code` [link](x) | pipe # hash' }, { position: { x: 0, y: -500 } }),
    node('secret', 'topic', 'Walk-away price', root.id, { text: 'We can drop to 1.1M if pushed.' }, { internal: true, position: { x: -300, y: -500 } }),
    node('secretChild', 'stakeholder', 'Hidden Informant', 'secret', { title: 'Leaks roadmaps' }, { internal: false, position: { x: -600, y: -500 } }),
  ];
  return { ...document, nodes: [...document.nodes, ...extra] };
}
