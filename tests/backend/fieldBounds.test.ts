import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { tempBackend } from './tempBackend.ts';

const backend = tempBackend({ now: () => new Date('2026-11-22T10:00:00.000Z') });

/** Everything stored, to prove a refused change wrote nothing. */
function dump(): unknown {
  return ['accounts', 'plans', 'nodes', 'edges', 'plan_changes'].map((table) => backend.library.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
}

async function planWithOpportunity() {
  const account = await backend.service.createAccount({ name: 'Contoso Health' });
  const plan = await backend.service.createPlan({ accountId: account.id, title: 'FY27 plan' });
  const root = (await backend.service.loadPlan({ planId: plan.id })).nodes[0] as PlanNode;
  const opportunity = { id: 'o1', kind: 'opportunity' as const, label: 'Renewal', parentId: root.id, data: { value: 250_000, probability: 40 } };
  await backend.service.applyPatch({ planId: plan.id, upsertNodes: [opportunity] });
  return { account, plan, root, opportunity };
}

describe('the service keeps numbers and dates in bounds', () => {
  it('refuses a deal value of 1e99 or a probability of 150, by patch or by update, naming the field, and writes nothing', async () => {
    const { plan, opportunity } = await planWithOpportunity();
    const before = dump();
    await expect(backend.service.applyPatch({ planId: plan.id, upsertNodes: [{ ...opportunity, data: { value: 1e99 } }] })).rejects.toThrow(
      'Invalid input: upsertNodes[0].data.value: expected an amount from 0 to 1,000,000,000,000.',
    );
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'o1', data: { probability: 150 } }] })).rejects.toThrow(
      'Invalid input: updateNodes[0].data.probability: expected a percentage from 0 to 100.',
    );
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'o1', data: { closeDate: '10000-01-01' } }] })).rejects.toThrow(
      'Invalid input: updateNodes[0].data.closeDate: expected a date from 1900-01-01 to 2199-12-31.',
    );
    // One bad field refuses the whole change: the good field beside it is not written either.
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'o1', label: 'Bigger renewal', data: { value: 1e99 } }] })).rejects.toThrow(/data\.value/);
    expect(dump()).toEqual(before);
    const stored = (await backend.service.loadPlan({ planId: plan.id })).nodes.find((node) => node.id === 'o1');
    expect(stored?.data).toMatchObject({ value: 250_000, probability: 40 });
  });

  it('accepts the bounds themselves', async () => {
    const { plan } = await planWithOpportunity();
    await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'o1', data: { value: 1_000_000_000_000, probability: 100, closeDate: '2199-12-31' } }] });
    const stored = (await backend.service.loadPlan({ planId: plan.id })).nodes.find((node) => node.id === 'o1');
    expect(stored?.data).toMatchObject({ value: 1_000_000_000_000, probability: 100, closeDate: '2199-12-31' });
  });

  it('refuses an account revenue, a growth target or a period out of bounds, on create, update and patch', async () => {
    const { account, plan } = await planWithOpportunity();
    const before = dump();
    await expect(backend.service.createAccount({ name: 'Globex', revenue: 1e99 })).rejects.toThrow(/revenue: expected an amount from 0 to 1,000,000,000,000/);
    await expect(backend.service.updateAccount({ id: account.id, changes: { renewalDate: '1850-01-01' } })).rejects.toThrow(
      /renewalDate: expected a date from 1900-01-01 to 2199-12-31/,
    );
    await expect(backend.service.createPlan({ accountId: account.id, title: 'FY28', growthTarget: 2e12 })).rejects.toThrow(/growthTarget: expected an amount/);
    await expect(backend.service.updatePlan({ id: plan.id, changes: { periodEnd: '2200-01-01' } })).rejects.toThrow(/periodEnd: expected a date from 1900-01-01/);
    await expect(backend.service.applyPatch({ planId: plan.id, plan: { growthTarget: 1e99 } })).rejects.toThrow(/plan\.growthTarget: expected an amount/);
    await expect(backend.service.applyPatch({ planId: plan.id, account: { revenue: -1 } })).rejects.toThrow(/account\.revenue: expected an amount/);
    expect(dump()).toEqual(before);
  });

  it('refuses a plan file holding a value out of bounds, and writes nothing', async () => {
    const { plan } = await planWithOpportunity();
    const file = await backend.service.exportPlanFile({ planId: plan.id });
    const before = dump();
    const nodes = file.nodes.map((node) => (node.id === 'o1' ? { ...node, data: { ...node.data, value: 1e99 } } : node));
    await expect(backend.service.importPlanFile({ file: { ...file, nodes } })).rejects.toThrow(/value: expected an amount from 0 to 1,000,000,000,000/);
    expect(dump()).toEqual(before);
  });
});
