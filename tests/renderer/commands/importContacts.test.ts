import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kindOf } from '../../../shared/kinds/index.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { presetMapping, readContactText } from '../../../shared/contacts/index.ts';
import type { ContactImportOptions, ContactTable } from '../../../shared/contacts/index.ts';
import { clearHeldClipboard } from '../../../renderer/commands/clipboardMemory.ts';
import { importContacts, openContactImport } from '../../../renderer/commands/importContacts.ts';
import { paste } from '../../../renderer/commands/paste.ts';
import { commandForMenu } from '../../../renderer/commands/registry.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { importedNotice, importSummary } from '../../../renderer/contacts/importSummary.ts';
import { parentChoices } from '../../../renderer/contacts/parentChoices.ts';
import { pastedContactTable } from '../../../renderer/contacts/pastedContacts.ts';
import { openPlan, seedEdge, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
beforeEach(() => clearHeldClipboard());
afterEach(() => plan.close());

const SALESFORCE = [
  'Id,AccountId,FirstName,LastName,Title,Department,Email,Phone,MobilePhone,ReportsToId',
  '0031,001N,Dana,Whitfield,Chief Financial Officer,Finance,dana@contoso.example,+49 40 100,,',
  '0032,001N,Nora,Quint,Finance Director,Finance,nora@contoso.example,,,0031',
  '0033,001N,Oskar,Berg,Controller,Finance,oskar@contoso.example,,,0032',
  '0034,001N,,,Buyer,Procurement,,,,',
].join('\n');

const seed = (root: string) => ({
  nodes: [
    seedNode('people', 'topic', 'Buying centre', root, 300, 0, { collapsed: true }),
    seedNode('dana', 'stakeholder', 'Dana Whitfield', 'people', 600, 0, { data: { ...kindOf('stakeholder').defaults(), email: 'dana@contoso.example' } } as Partial<PlanNode>),
    seedNode('sam', 'stakeholder', 'Sam Ortiz', 'people', 600, 120),
    seedNode('goal', 'goal', 'Grow', root, -300, 0),
  ],
  edges: [seedEdge('e1', 'reportsTo', 'dana', 'sam')],
});

function table(text: string): ContactTable {
  const read = readContactText(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

function options(contacts: ContactTable, extra: Partial<ContactImportOptions> = {}): ContactImportOptions {
  return { mapping: presetMapping('salesforce', contacts.headers), parentId: 'people', matches: 'update', ...extra };
}

describe('Import contacts', () => {
  it('opens the dialog from File → Import contacts… and from the command', async () => {
    plan = await openPlan(seed);
    expect(commandForMenu('file.importContacts')).toBe(openContactImport);
    expect(runCommand(plan.store, openContactImport, undefined)).toBe(true);
    expect(plan.store.getState().contactImport).toEqual({ table: null });
  });

  it('applies the import as one undo step, saved in the library, with the new stakeholders selected', async () => {
    plan = await openPlan(seed);
    const before = await plan.saved();
    const contacts = table(SALESFORCE);
    runCommand(plan.store, importContacts, { table: contacts, options: options(contacts) });
    const state = plan.store.getState();
    const added = Object.values(state.nodes).filter((node) => !before.nodes.some((old) => old.id === node.id));
    expect(added.map((node) => node.label).sort()).toEqual(['Nora Quint', 'Oskar Berg']);
    expect(added.every((node) => node.kind === 'stakeholder' && node.parentId === 'people' && node.collapsed === false)).toBe(true);
    expect(state.selection.nodeIds).toEqual(added.map((node) => node.id));
    expect(state.nodes.people!.collapsed).toBe(false);
    expect(state.nodes.dana!.data).toMatchObject({ crmId: '0031', phone: '+49 40 100' });
    expect(state.notice).toBe('Imported 2 new stakeholders and 1 update (1 problem).');
    expect(state.past).toHaveLength(1);

    const saved = await plan.saved();
    expect(saved.nodes).toHaveLength(before.nodes.length + 2);
    const nora = saved.nodes.find((node) => node.label === 'Nora Quint')!;
    const oskar = saved.nodes.find((node) => node.label === 'Oskar Berg')!;
    const reports = saved.edges.filter((edge) => edge.kind === 'reportsTo').map((edge) => `${edge.source}>${edge.target}`);
    expect(reports.sort()).toEqual([`dana>sam`, `${nora.id}>dana`, `${oskar.id}>${nora.id}`].sort());

    plan.store.getState().undo();
    const undone = await plan.saved();
    expect(undone.nodes.map((node) => node.id).sort()).toEqual(before.nodes.map((node) => node.id).sort());
    expect(undone.nodes.find((node) => node.id === 'dana')!.data).toEqual(before.nodes.find((node) => node.id === 'dana')!.data);
    expect(undone.nodes.find((node) => node.id === 'people')!.collapsed).toBe(true);
    expect(undone.edges).toHaveLength(before.edges.length);

    plan.store.getState().redo();
    expect((await plan.saved()).nodes).toHaveLength(before.nodes.length + 2);
  });

  it('importing the same rows again adds no one and says nothing was imported', async () => {
    plan = await openPlan(seed);
    const contacts = table(SALESFORCE);
    runCommand(plan.store, importContacts, { table: contacts, options: options(contacts) });
    const count = Object.keys(plan.store.getState().nodes).length;
    runCommand(plan.store, importContacts, { table: contacts, options: options(contacts) });
    expect(Object.keys(plan.store.getState().nodes)).toHaveLength(count);
    expect(plan.store.getState().past).toHaveLength(1);
    expect(plan.store.getState().notice).toBe('Nothing was imported: every row is skipped or has a problem.');
  });

  it('skips the matching stakeholder when asked, per row', async () => {
    plan = await openPlan(seed);
    const contacts = table(SALESFORCE);
    const before = plan.store.getState().nodes.dana!.data;
    runCommand(plan.store, importContacts, { table: contacts, options: options(contacts, { overrides: { 2: 'skip' } }) });
    expect(plan.store.getState().nodes.dana!.data).toEqual(before);
  });

  it('offers the account, topics and stakeholders as places for new stakeholders, in outline order', async () => {
    plan = await openPlan(seed);
    expect(parentChoices(plan.store.getState().nodes).map((choice) => choice.label)).toEqual([
      'The account (Contoso Health)',
      'Topic: Buying centre',
      'Stakeholder: Dana Whitfield',
      'Stakeholder: Sam Ortiz',
    ]);
  });
});

describe('Pasting spreadsheet rows of contacts', () => {
  const rows = 'First Name\tLast Name\tJob Title\tEmail\nNora\tQuint\tFinance Director\tnora@contoso.example\nOskar\tBerg\tController\toskar@contoso.example\n';

  it('opens the import dialog with the pasted rows instead of adding topics', async () => {
    plan = await openPlan(seed);
    const count = Object.keys(plan.store.getState().nodes).length;
    runCommand(plan.store, paste, { clipboard: { text: rows } });
    const request = plan.store.getState().contactImport;
    expect(request?.table?.rows.map((row) => row.cells[0])).toEqual(['Nora', 'Oskar']);
    expect(Object.keys(plan.store.getState().nodes)).toHaveLength(count);
    expect(plan.store.getState().past).toHaveLength(0);
  });

  it('pastes other text, and tab-separated tables that are not contacts, as topics as before', async () => {
    expect(pastedContactTable('Nora Quint\nOskar Berg')).toBeNull();
    expect(pastedContactTable('Item\tPrice\nLicences\t120,000\n')).toBeNull();
    expect(pastedContactTable('Name\tEmail\n')).toBeNull();
    expect(pastedContactTable('Name,Email\nNora,nora@contoso.example\n')).toBeNull();
    expect(pastedContactTable('Name\tEmail\nNora Quint\tnora@contoso.example\n')?.rows).toHaveLength(1);
    plan = await openPlan(seed);
    runCommand(plan.store, paste, { clipboard: { text: 'Item\tPrice\nLicences\t120,000\n' } });
    expect(plan.store.getState().contactImport).toBeNull();
    expect(Object.values(plan.store.getState().nodes).filter((node) => node.kind === 'topic')).toHaveLength(3);
  });
});

describe('what the dialog and the map say about an import', () => {
  it('sums the rows up and announces what was done', () => {
    expect(importSummary({ new: 12, updated: 3, skipped: 1, problems: 2 })).toBe('12 new, 3 updates, 1 skipped, 2 problems');
    expect(importSummary({ new: 5000, updated: 1, skipped: 0, problems: 1 })).toBe('5,000 new, 1 update, 0 skipped, 1 problem');
    expect(importedNotice({ new: 12, updated: 3, skipped: 1, problems: 2 })).toBe('Imported 12 new stakeholders and 3 updates (1 skipped, 2 problems).');
    expect(importedNotice({ new: 1, updated: 0, skipped: 0, problems: 0 })).toBe('Imported 1 new stakeholder.');
    expect(importedNotice({ new: 0, updated: 0, skipped: 4, problems: 0 })).toBe('Imported the reports-to relations (4 skipped).');
  });
});
