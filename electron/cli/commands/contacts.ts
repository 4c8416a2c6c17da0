import { basename, resolve } from 'node:path';
import {
  PRESET_LABELS,
  accountsIn,
  contactsCsv,
  defaultContactParent,
  detectPreset,
  planContactImport,
  presetMapping,
  readContactFile,
} from '../../../shared/contacts/index.ts';
import type { ContactImportPlan, ContactMapping, ContactPreset, ContactTable } from '../../../shared/contacts/index.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { newId } from '../../../shared/ids.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { choice, parseArguments, usageError } from '../args.ts';
import { findPlan } from '../findPlan.ts';
import type { Command } from './command.ts';
import { readBinaryFile, writeFileSafely } from './files.ts';
import { withService } from './library.ts';

const PRESETS = ['auto', 'salesforce', 'hubspot', 'generic'] as const;
const EXISTING = ['update', 'skip'] as const;
const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (big endian)', 'windows-1252': 'Windows-1252' } as const;
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** The node new stakeholders go under: `--under` as a node id or label (case-insensitive), else the default. */
export function findParent(nodes: readonly PlanNode[], query: string | undefined): PlanNode {
  if (query === undefined) {
    const id = defaultContactParent(nodes);
    const found = nodes.find((node) => node.id === id);
    if (!found) throw new AtlasError('refused', 'The plan has no account node to put stakeholders under.');
    return found;
  }
  const wanted = query.trim();
  const byId = nodes.find((node) => node.id === wanted);
  if (byId) return byId;
  const matches = nodes.filter((node) => node.label.trim().toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new AtlasError('not-found', `No node of the plan has the id or label "${wanted}"; run "atlas show <plan>" to see them.`);
  const listed = matches.map((node) => `${node.kind} ${node.id}`).join(', ');
  throw new AtlasError('invalid-input', `"${wanted}" is the label of ${matches.length} nodes (${listed}); give the id instead.`);
}

/** The account `--account` names (company name or account id, case-insensitive) among the file's, as its key. */
export function findContactAccount(table: ContactTable, mapping: ContactMapping, query: string | undefined): string | undefined {
  if (query === undefined) return undefined;
  const accounts = accountsIn(table, mapping);
  const wanted = query.trim().toLowerCase();
  const found = accounts.find((account) => account.label.toLowerCase() === wanted || account.key.toLowerCase() === `id:${wanted}`);
  if (found) return found.key;
  const listed = accounts.map((account) => `"${account.label}" (${plural(account.count, 'row')})`).join(', ');
  throw new AtlasError('not-found', `The file has no account "${query.trim()}"; it has ${listed}.`);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What an import does, as the lines the CLI prints. */
export function importReport(plan: ContactImportPlan): string[] {
  const { counts } = plan;
  const relations = plan.patch.upsertEdges?.length ?? 0;
  const lines = [
    `${counts.new} new, ${plural(counts.updated, 'update')}, ${counts.skipped} skipped, ${plural(counts.problems, 'problem')}; ${plural(relations, 'reports-to relation')}.`,
  ];
  for (const problem of plan.problems) lines.push(`  Line ${problem.line}: ${problem.reason}.`);
  for (const manager of plan.unresolvedManagers) lines.push(`  Line ${manager.line}: manager "${manager.manager}" not found.`);
  return lines;
}

function readTable(path: string): ContactTable {
  const result = readContactFile(readBinaryFile(path));
  if (!result.ok) throw new AtlasError('invalid-input', `"${basename(path)}" was not imported: ${result.message.charAt(0).toLowerCase()}${result.message.slice(1)}`);
  return result.table;
}

/** `atlas import-contacts <plan> FILE`: adds a CRM's contact export to a plan's stakeholders, in one change. */
export const importContactsCommand: Command = {
  name: 'import-contacts',
  summary: 'Import stakeholders from a CRM contact export (CSV: Salesforce, HubSpot or any)',
  usage: [
    'atlas import-contacts <plan> FILE [--preset auto|salesforce|hubspot|generic] [--under NODE] [--account NAME] [--existing update|skip] [--dry-run]',
    'FILE is a CSV export (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated) with a header row.',
    'The preset (which column is what) is recognised from the header row unless --preset says it.',
    'New stakeholders go under NODE (a node id or label), else where the plan keeps its stakeholders.',
    'With --account only the rows of that company (its name or account id) are imported.',
    'Rows whose CRM id or email matches a stakeholder update it (changed fields only), or are skipped with --existing skip.',
    'Reports-to relations come from the manager columns; --dry-run prints what would be done and changes nothing.',
  ],
  async run(args, context) {
    const { positionals, values, switches } = parseArguments(args, {
      command: 'import-contacts',
      positionals: ['plan', 'file'],
      values: ['preset', 'under', 'existing', 'account'],
      switches: ['dry-run'],
    });
    const wanted = choice('preset', values.get('preset'), PRESETS, 'auto');
    const matches = choice('existing', values.get('existing'), EXISTING, 'update');
    const path = positionals[1]!;
    const table = readTable(path);
    const preset: ContactPreset = wanted === 'auto' ? detectPreset(table.headers) : wanted;
    const mapping = presetMapping(preset, table.headers);
    if (mapping.fullName === undefined && mapping.firstName === undefined && mapping.lastName === undefined && mapping.email === undefined) {
      throw new AtlasError('invalid-input', `"${basename(path)}" was not imported: no column holds names or emails (the columns are ${table.headers.map((header) => `"${header}"`).join(', ')}).`);
    }
    const account = findContactAccount(table, mapping, values.get('account'));
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const document = await service.loadPlan({ planId: plan.id });
      const parent = findParent(document.nodes, values.get('under'));
      const planned = planContactImport(plan.id, document.nodes, document.edges, table, { mapping, parentId: parent.id, matches, ...(account !== undefined ? { account } : {}) }, newId);
      const dryRun = switches.has('dry-run');
      const lines = [
        `Read ${basename(path)} as ${PRESET_LABELS[preset]} (${ENCODING_NAMES[table.encoding]}, ${DELIMITER_NAMES[table.delimiter]} separated): ${plural(table.rows.length, 'row')}.`,
        ...importReport(planned),
      ];
      if (planned.refusal) throw new AtlasError('refused', planned.refusal);
      if (planned.advice) lines.push(`Note: ${planned.advice}`);
      const changes = (planned.patch.upsertNodes?.length ?? 0) + (planned.patch.updateNodes?.length ?? 0) + (planned.patch.upsertEdges?.length ?? 0);
      if (dryRun) lines.push('Dry run: nothing was changed.');
      else if (changes === 0) lines.push(`Nothing to change in "${plan.title}".`);
      else {
        await service.applyPatch(planned.patch);
        lines.push(`Imported into "${plan.title}" under "${parent.label}".`);
      }
      context.print(`${lines.join('\n')}\n`);
      return 0;
    });
  },
};

/** `atlas export-contacts <plan> --out FILE.csv`: writes a plan's stakeholders as a CSV a spreadsheet opens safely. */
export const exportContactsCommand: Command = {
  name: 'export-contacts',
  summary: "Export a plan's stakeholders as CSV (UTF-8, safe to open in a spreadsheet)",
  usage: [
    'atlas export-contacts <plan> --out FILE.csv',
    'Writes name, job title, department, email, phone, mobile, CRM id, buying role, support, influence and reports-to.',
    'Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe.',
    '"--out -" writes to standard output.',
  ],
  async run(args, context) {
    const { positionals, values } = parseArguments(args, { command: 'export-contacts', positionals: ['plan'], values: ['out'] });
    const out = values.get('out');
    if (out === undefined) throw usageError('Say where to write the contacts with --out FILE.csv ("--out -" for standard output).');
    return withService(context, { create: false }, async (service) => {
      const { plan } = findPlan(await service.listAccounts({}), positionals[0]!);
      const document = await service.loadPlan({ planId: plan.id });
      const bytes = new TextEncoder().encode(contactsCsv(document.nodes, document.edges));
      if (out === '-') {
        context.print(bytes);
        return 0;
      }
      const count = document.nodes.filter((node) => node.kind === 'stakeholder').length;
      const target = resolve(out);
      writeFileSafely(target, bytes);
      context.print(`Wrote ${plural(count, 'stakeholder')} of "${plan.title}" to ${target}.\n`);
      return 0;
    });
  },
};
