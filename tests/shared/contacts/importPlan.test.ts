import { describe, expect, it } from 'vitest';
import { applyPlanChange } from '../../../shared/changes.ts';
import type { PlanChange } from '../../../shared/changes.ts';
import { accountsIn, detectPreset, planContactImport, presetMapping, readContactText } from '../../../shared/contacts/index.ts';
import type { ContactImportOptions, ContactTable } from '../../../shared/contacts/index.ts';
import type { PlanEdge, PlanNode } from '../../../shared/model.ts';
import { planPatchSchema } from '../../../shared/patch.ts';
import { boxesOverlap } from '../../../shared/layout.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';
import { fixtureTable } from './fixtures.ts';

interface Map {
  planId: string;
  nodes: PlanNode[];
  edges: PlanEdge[];
}

let counter = 0;
const makeId = () => `imported${String((counter += 1)).padStart(8, '0')}`;

function emptyPlan(): Map {
  const root = { id: 'accountroot00001', kind: 'account', label: 'Northwind', data: {}, position: { x: 0, y: 0 }, parentId: null, order: 0, collapsed: false, internal: false };
  return { planId: 'plan000000000001', nodes: [root as unknown as PlanNode], edges: [] };
}

function samplePlan(): Map {
  const file = buildSamplePlan('2026-12-01');
  return { planId: file.plan.id, nodes: file.nodes, edges: file.edges };
}

function table(text: string): ContactTable {
  const result = readContactText(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

function options(input: ContactTable, map: Map, extra: Partial<ContactImportOptions> = {}): ContactImportOptions {
  return { mapping: presetMapping(detectPreset(input.headers), input.headers), parentId: map.nodes[0]!.id, matches: 'update', ...extra };
}

/** The import planned and applied, the way the backend does it: the patch validated, then merged. */
function importInto(map: Map, input: ContactTable, extra: Partial<ContactImportOptions> = {}) {
  const plan = planContactImport(map.planId, map.nodes, map.edges, input, options(input, map, extra), makeId);
  const patch = planPatchSchema.parse(plan.patch);
  const content = {
    nodes: Object.fromEntries(map.nodes.map((node) => [node.id, node])),
    edges: Object.fromEntries(map.edges.map((edge) => [edge.id, edge])),
  };
  const after = applyPlanChange(content, patch as unknown as PlanChange);
  return { plan, map: { planId: map.planId, nodes: Object.values(after.nodes), edges: Object.values(after.edges) } };
}

const managerOf = (map: Map) => {
  const byId = new globalThis.Map(map.nodes.map((node) => [node.id, node]));
  return new globalThis.Map(map.edges.filter((edge) => edge.kind === 'reportsTo').map((edge) => [byId.get(edge.source)!.label, byId.get(edge.target)!.label]));
};

describe('planning a contact import', () => {
  it('imports a 40-person Salesforce export as 40 stakeholders in the same 4-level hierarchy, and a second import changes nothing', () => {
    const input = fixtureTable('salesforce-40.csv');
    const first = importInto(emptyPlan(), input);
    expect(first.plan.counts).toEqual({ new: 40, updated: 0, skipped: 0, problems: 0 });
    expect(first.plan.unresolvedManagers).toEqual([]);
    // Forty people are more than a stakeholder map works with: the import advises the key players, and goes ahead.
    expect(first.plan.advice).toBe('The map will hold 40 stakeholders. Account plans work best with the 10–15 key players who decide or sway the decision: consider importing only those, or filter the file first.');
    expect(first.plan.refusal).toBeUndefined();
    const people = first.map.nodes.filter((node) => node.kind === 'stakeholder');
    expect(people).toHaveLength(40);
    const byCrmId = new globalThis.Map(people.map((node) => [(node.data as { crmId: string }).crmId, node.id]));
    const expected = input.rows.filter((row) => row.cells[9] !== '').map((row) => `${byCrmId.get(row.cells[0]!)}->${byCrmId.get(row.cells[9]!)}`);
    const actual = first.map.edges.map((edge) => `${edge.source}->${edge.target}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected).toHaveLength(39);
    const chief = people.find((node) => node.label === 'Olu Haddad')!;
    expect(chief.data).toMatchObject({ title: 'Chief Executive Officer', email: 'olu.haddad1@northwind.example', phone: '+1 415 555 1001', mobile: '+1 650 555 2001', crmId: '0035g0000000001AAA' });
    // Four levels: the deepest person has three managers above them.
    const managers = new globalThis.Map(first.map.edges.map((edge) => [edge.source, edge.target]));
    const depth = (id: string): number => (managers.has(id) ? 1 + depth(managers.get(id)!) : 1);
    expect(Math.max(...people.map((node) => depth(node.id)))).toBe(4);
    expect(new Set(people.map((node) => node.label)).size).toBe(40);

    const second = importInto(first.map, input);
    expect(second.plan.counts).toEqual({ new: 0, updated: 0, skipped: 40, problems: 0 });
    expect(second.plan.advice).toBeUndefined();
    expect(second.plan.patch.upsertNodes).toEqual([]);
    expect(second.plan.patch.updateNodes).toEqual([]);
    expect(second.plan.patch.upsertEdges).toEqual([]);
    expect(second.map.nodes).toHaveLength(41);
    expect(second.map.edges).toHaveLength(39);
  });

  it('puts the new stakeholders in one column under the chosen branch, clear of every card already on the map', () => {
    const map = samplePlan();
    const centre = map.nodes.find((node) => node.label === 'Buying centre')!;
    const { map: after } = importInto(map, fixtureTable('salesforce-40.csv'), { parentId: centre.id });
    const before = new Set(map.nodes.map((node) => node.id));
    const added = after.nodes.filter((node) => !before.has(node.id));
    expect(added).toHaveLength(40);
    expect(new Set(added.map((node) => node.position.x)).size).toBe(1);
    expect(added.every((node) => node.parentId === centre.id)).toBe(true);
    const landedOn = added.flatMap((node) => map.nodes.filter((old) => boxesOverlap(old.position, node.position)).map((old) => `${node.label} on ${old.label}`));
    expect(landedOn).toEqual([]);
  });

  it('updates matched stakeholders by CRM id, then by email (any case), with the changed fields only; empty cells never erase', () => {
    const map = samplePlan();
    const sam = map.nodes.find((node) => node.label === 'Sam Ortiz')!;
    const email = (sam.data as { email: string }).email;
    const input = table(`Name,Title,Email,Phone,Department\nSam Ortiz,Group CEO,${email.toUpperCase()},+1 555 0100,\n`);
    const { plan, map: after } = importInto(map, input);
    expect(plan.counts).toEqual({ new: 0, updated: 1, skipped: 0, problems: 0 });
    expect(plan.rows[0]).toMatchObject({ outcome: 'update', matchedNodeId: sam.id });
    expect(plan.patch.updateNodes).toEqual([{ id: sam.id, data: { title: 'Group CEO', email: email.toUpperCase(), phone: '+1 555 0100' } }]);
    const updated = after.nodes.find((node) => node.id === sam.id)!;
    expect(updated.data).toMatchObject({ title: 'Group CEO', department: (sam.data as { department: string }).department, buyingRole: (sam.data as { buyingRole: string }).buyingRole });

    const byId = table(`Id,Name,Email\nCRM-1,Samuel Ortiz,someone.else@example.com\n`);
    const tagged = importInto(after, table(`CRM id,Email\nCRM-1,${email}\n`)).map;
    const renamed = importInto(tagged, byId);
    expect(renamed.plan.rows[0]).toMatchObject({ outcome: 'update', matchedNodeId: sam.id });
    expect(renamed.map.nodes.find((node) => node.id === sam.id)!.label).toBe('Samuel Ortiz');
  });

  it('skips matches when asked, with a per-row override', () => {
    const map = samplePlan();
    const people = map.nodes.filter((node) => node.kind === 'stakeholder').slice(0, 2);
    const rows = people.map((node) => `${node.label},New title,${(node.data as { email: string }).email}`).join('\n');
    const input = table(`Name,Title,Email\n${rows}\nNew Person,Buyer,new.person@example.com\n`);
    const skipped = importInto(map, input, { matches: 'skip', overrides: { 3: 'update' } }).plan;
    expect(skipped.rows.map((row) => row.outcome)).toEqual(['skip', 'update', 'new']);
    expect(skipped.counts).toEqual({ new: 1, updated: 1, skipped: 1, problems: 0 });
  });

  it('lists rows without a name and email, and duplicate rows, as problems with their line numbers', () => {
    const input = table('Name,Email,Id\nDana,dana@example.com,1\n,,\n ,, 7\nDana W,DANA@example.com,2\nLuis,luis@example.com,1\nmei@example.com\n');
    const { plan } = importInto(emptyPlan(), input);
    expect(plan.problems).toEqual([
      { line: 4, reason: 'no name and no email' },
      { line: 5, reason: 'same email as line 2' },
      { line: 6, reason: 'same CRM id as line 2' },
    ]);
    expect(plan.rows.find((row) => row.line === 7)).toMatchObject({ outcome: 'new', name: 'mei@example.com' });
    expect(plan.counts).toEqual({ new: 2, updated: 0, skipped: 0, problems: 3 });
  });

  it('resolves managers by CRM id, email or name, in the file and in the plan, and lists the unresolved', () => {
    const map = samplePlan();
    const sam = map.nodes.find((node) => node.label === 'Sam Ortiz')!;
    const input = table(
      [
        'Name,Email,Manager,Manager email,Reports to id,Id',
        'Ann Top,ann@example.com,Sam Ortiz,,,A1',
        'Bo Mid,bo@example.com,,ANN@example.com,,B1',
        'Cy Low,cy@example.com,,,B1,C1',
        'Di Lost,di@example.com,Nobody Known,,,D1',
      ].join('\n'),
    );
    const { plan, map: after } = importInto(map, input);
    expect(plan.unresolvedManagers).toEqual([{ line: 5, manager: 'Nobody Known' }]);
    const managers = managerOf(after);
    expect(managers.get('Ann Top')).toBe(sam.label);
    expect(managers.get('Bo Mid')).toBe('Ann Top');
    expect(managers.get('Cy Low')).toBe('Bo Mid');
    expect(managers.has('Di Lost')).toBe(false);
    expect(plan.rows.map((row) => row.managerLabel)).toEqual([sam.label, 'Ann Top', 'Bo Mid', undefined]);
  });

  it('refuses a reports-to that would make a cycle, still imports the person, and never duplicates an existing relation', () => {
    const input = table('Id,Name,ReportsToId\n1,Ann,3\n2,Bo,1\n3,Cy,2\n4,Di,4\n');
    const { plan, map } = importInto(emptyPlan(), input);
    expect(plan.counts.new).toBe(4);
    expect(plan.problems).toEqual([
      { line: 4, reason: 'Cy cannot report to 2: that would make a reporting cycle' },
      { line: 5, reason: 'Di cannot report to 4: that would make a reporting cycle' },
    ]);
    expect(map.edges).toHaveLength(2);
    expect(plan.rows[2]).toMatchObject({ outcome: 'new', reason: 'Cy cannot report to 2: that would make a reporting cycle' });
    expect(plan.rows.map((row) => row.managerLabel)).toEqual(['Cy', 'Ann', undefined, undefined]);
    const again = importInto(map, input);
    expect(again.plan.patch.upsertEdges).toEqual([]);
    expect(again.plan.patch.deleteEdges).toEqual([]);
  });

  it('moves an updated person to the manager the file names, replacing the old reports-to', () => {
    const first = importInto(emptyPlan(), table('Id,Name,ReportsToId\n1,Ann,\n2,Bo,\n3,Cy,1\n'));
    const moved = importInto(first.map, table('Id,Name,ReportsToId\n3,Cy,2\n'));
    expect(moved.plan.patch.deleteEdges).toHaveLength(1);
    expect(managerOf(moved.map).get('Cy')).toBe('Bo');
    expect(moved.map.edges).toHaveLength(1);
  });

  it('filters by account and lists the accounts of a file', () => {
    const input = fixtureTable('hubspot-bom-semicolon.csv');
    const mapping = presetMapping('hubspot', input.headers);
    expect(accountsIn(input, mapping)).toEqual([
      { key: 'name:contoso sa', label: 'Contoso SA', count: 4 },
      { key: 'name:fabrikam a/s', label: 'Fabrikam A/S', count: 2 },
    ]);
    const { plan } = importInto(emptyPlan(), input, { account: 'name:fabrikam a/s' });
    expect(plan.rows.map((row) => row.name)).toEqual(['Søren Kjær', 'Łukasz Wróbel']);
    const all = importInto(emptyPlan(), input).plan;
    expect(all.counts).toEqual({ new: 5, updated: 0, skipped: 0, problems: 1 });
    expect(all.problems).toEqual([{ line: 7, reason: 'no name and no email' }]);
  });

  it('puts new stakeholders under the chosen parent, after its children, in a column that does not overlap', () => {
    const map = samplePlan();
    const centre = map.nodes.find((node) => node.label === 'Buying centre')!;
    const lastOrder = Math.max(...map.nodes.filter((node) => node.parentId === centre.id).map((node) => node.order));
    const { plan } = importInto(map, table('Name\nAnn\nBo\n'), { parentId: centre.id });
    const created = plan.patch.upsertNodes!;
    expect(created.map((node) => [node.parentId, node.order])).toEqual([
      [centre.id, lastOrder + 1],
      [centre.id, lastOrder + 2],
    ]);
    expect(created[1]!.position!.y).toBeGreaterThan(created[0]!.position!.y);
  });

  it('refuses an import under a node that is not in the plan', () => {
    const { plan } = importInto(emptyPlan(), table('Name\nAnn\n'), { parentId: 'gone000000000001' });
    expect(plan.refusal).toBe('The node chosen for new stakeholders is no longer in the plan; choose another.');
  });

  it('refuses, as a whole, an import that would grow the plan past its size limit', () => {
    const rows = Array.from({ length: 5_000 }, (_, at) => `Person ${at},p${at}@example.com`).join('\n');
    const { plan } = importInto(emptyPlan(), table(`Name,Email\n${rows}\n`));
    expect(plan.refusal).toBe('The import would give the plan 5,001 nodes; a plan holds at most 5,000: import fewer contacts (for example one account).');
  });
});
