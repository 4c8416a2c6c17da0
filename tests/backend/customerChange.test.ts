import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { customerChange } from '../../shared/customerChange.ts';
import type { CustomerDelivery } from '../../shared/customerChange.ts';
import { customerView } from '../../shared/document/editions.ts';
import type { PlanDocument, PlanNode } from '../../shared/model.ts';
import type { PlanPatchInput } from '../../shared/patch.ts';
import { tempFolder } from './tempLibrary.ts';

const folder = tempFolder();
let library: Library;
let service: PlanService;
let planId = '';
let document: PlanDocument;

const SECRET = 'Secret-Margin-Note-7731';

beforeAll(async () => {
  library = openLibrary(folder.path('atlas.db'));
  service = createPlanService(library, { author: 'Host' });
  planId = (await service.createSamplePlan({})).planId;
  document = await service.loadPlan({ planId });
});
afterAll(() => {
  library.close();
  folder.cleanup();
});

/** Applies a patch through the real service and filters the change it logged, as the workshop does. */
async function deliver(patch: Omit<PlanPatchInput, 'planId'>): Promise<CustomerDelivery> {
  const before = customerView(service.readPlan(planId));
  let delivery: CustomerDelivery | null = null;
  const stop = service.subscribeChanges((changed, change) => {
    if (changed === planId) delivery = customerChange(change, before, customerView(service.readPlan(planId)));
  });
  try {
    await service.applyPatch({ planId, ...patch });
  } finally {
    stop();
  }
  if (!delivery) throw new Error('The patch logged no change.');
  return delivery;
}

function changeOf(delivery: CustomerDelivery) {
  if (delivery.type !== 'change') throw new Error(`Expected a change, got ${delivery.type}`);
  return delivery.change;
}

const visible = (kind: string): PlanNode => {
  const shown = new Set(customerView(service.readPlan(planId)).nodes.map((node) => node.id));
  const node = service.readPlan(planId).nodes.find((candidate) => candidate.kind === kind && shown.has(candidate.id) && candidate.parentId !== null);
  if (!node) throw new Error(`No visible ${kind}`);
  return node;
};
const hiddenNode = (): PlanNode => {
  const shown = new Set(customerView(service.readPlan(planId)).nodes.map((node) => node.id));
  return service.readPlan(planId).nodes.find((node) => !shown.has(node.id))!;
};

describe('the customer change filter', () => {
  it('passes a change of shared fields of a visible node as it is, with its revision and author', async () => {
    const node = visible('stakeholder');
    const change = changeOf(await deliver({ updateNodes: [{ id: node.id, label: 'Dana W.' }], changeId: 'c1' }));
    expect(change.change).toEqual({ updateNodes: [{ id: node.id, label: 'Dana W.' }] });
    expect(change.author).toBe('Host');
    expect(change.changeId).toBe('c1');
    expect(change.revision).toBe(service.readPlan(planId).revision);
  });

  it('removes internal fields from an update and leaves an update of internal fields only empty', async () => {
    const node = visible('stakeholder');
    const mixed = changeOf(await deliver({ updateNodes: [{ id: node.id, label: 'Dana Whitfield', data: { notes: SECRET, support: 'mentor' } }] }));
    expect(mixed.change).toEqual({ updateNodes: [{ id: node.id, label: 'Dana Whitfield' }] });
    const onlyInternal = changeOf(await deliver({ updateNodes: [{ id: node.id, data: { notes: `${SECRET}-2` } }] }));
    expect(onlyInternal.change).toEqual({});
    expect(JSON.stringify([mixed, onlyInternal])).not.toContain(SECRET);
  });

  it('sends nothing of a change to an internal item but its revision', async () => {
    const hidden = hiddenNode();
    const delivery = changeOf(await deliver({ updateNodes: [{ id: hidden.id, label: SECRET }], changeId: 'c2' }));
    expect(delivery.change).toEqual({});
    expect(delivery.changeId).toBeUndefined();
    expect(JSON.stringify(delivery)).not.toContain(SECRET);
    expect(JSON.stringify(delivery)).not.toContain(hidden.id);
  });

  it('sends a new visible node as the customer view has it, and nothing of a node added under an internal one', async () => {
    const parent = visible('stakeholder');
    const node = {
      id: 'newStakeholder1',
      kind: 'stakeholder' as const,
      label: 'Sam Okafor',
      data: { notes: SECRET },
      position: { x: 10, y: 10 },
      parentId: parent.parentId,
      order: 99,
      collapsed: false,
      internal: false,
    };
    const added = changeOf(await deliver({ upsertNodes: [node] }));
    expect(added.change.upsertNodes).toHaveLength(1);
    expect(added.change.upsertNodes![0]!.label).toBe('Sam Okafor');
    expect(JSON.stringify(added)).not.toContain(SECRET);
    const underHidden = changeOf(await deliver({ upsertNodes: [{ ...node, id: 'newTopic1', kind: 'topic', label: SECRET, data: {}, parentId: hiddenNode().id }] }));
    expect(underHidden.change).toEqual({});
  });

  it('asks for a reload when a visible node becomes internal, sends it whole when it is shown again, passes a delete', async () => {
    expect(await deliver({ updateNodes: [{ id: 'newStakeholder1', internal: true }] })).toEqual({ type: 'reload' });
    const shownAgain = changeOf(await deliver({ updateNodes: [{ id: 'newStakeholder1', internal: false }] }));
    expect(shownAgain.change.upsertNodes?.map((node) => [node.id, node.data?.notes])).toEqual([['newStakeholder1', '']]);
    const branch = service.readPlan(planId).nodes.find((node) => node.parentId !== null && service.readPlan(planId).nodes.some((child) => child.parentId === node.id) && customerView(service.readPlan(planId)).nodes.some((shown) => shown.id === node.id))!;
    expect(await deliver({ updateNodes: [{ id: branch.id, internal: true }] })).toEqual({ type: 'reload' });
    expect(await deliver({ updateNodes: [{ id: branch.id, internal: false }] })).toEqual({ type: 'reload' });
    const removed = changeOf(await deliver({ deleteNodes: ['newStakeholder1'] }));
    expect(removed.change).toEqual({ deleteNodes: ['newStakeholder1'] });
  });

  it('leaves internal account and plan fields out', async () => {
    const change = changeOf(await deliver({ plan: { title: 'FY27 plan', growthTarget: 777_000 }, account: { notes: SECRET, industry: 'Freight' } }));
    expect(change.change.plan).toEqual({ title: 'FY27 plan' });
    expect(change.change.account).toEqual({ industry: 'Freight' });
    expect(JSON.stringify(change)).not.toContain('777000');
    expect(document.plan.id).toBe(planId);
  });
});
