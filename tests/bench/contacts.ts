import { accountsIn, detectPreset, planContactImport, presetMapping, readContactFile } from '../../shared/contacts/index.ts';
import type { ContactTable } from '../../shared/contacts/index.ts';
import { newId } from '../../shared/ids.ts';
import { MAX_PLAN_NODES } from '../../shared/limits.ts';
import { createTempLibrary } from './backend.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';
import { seededRandom } from './stats.ts';

/** How much of the contact import to measure. */
export interface ContactsBenchOptions {
  runs: number;
  log: (line: string) => void;
}

/** Rows of the export the issue names. */
export const CONTACT_ROWS = 5_000;
/** Rows that fit a plan as new stakeholders: a plan holds at most MAX_PLAN_NODES nodes, the account is one. */
export const IMPORT_ROWS = MAX_PLAN_NODES - 1;

const FIRST = ['Dana', 'Luis', 'Mei', 'Ahmed', 'Sofia', 'Jürgen', 'Chloé', 'Olu', 'Priya', 'Tomás', 'Anna', 'Kenji'];
const LAST = ['Whitfield', 'García', 'Chen', 'Haddad', 'Rossi', 'Müller', 'Dubois', 'Adeyemi', 'Nair', 'Ortega', 'Nowak'];
const TITLES = ['Director, Finance', 'VP Operations', 'Head of "Digital"', 'Procurement lead', 'IT architect', 'Analyst'];

/**
 * A Salesforce contact export of `rows` people of one account, as the file's bytes: the Data Export columns, a
 * reports-to tree five wide (everyone but the first reports to an earlier row), quoted titles with commas and
 * quotes, and accents. Deterministic by seed.
 */
export function salesforceExport(rows: number, seed = 14): Uint8Array {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const id = (prefix: string, n: number) => `${prefix}5g0000${String(n).padStart(6, '0')}AAA`;
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = ['Id,AccountId,FirstName,LastName,Title,Department,Email,Phone,MobilePhone,ReportsToId'];
  for (let n = 1; n <= rows; n += 1) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const manager = n === 1 ? '' : id('003', Math.floor((n - 2) / 5) + 1);
    const email = `${first}.${last}.${n}@northwind.example`.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase();
    const cells = [id('003', n), id('001', 1), first, last, pick(TITLES), 'Operations', email, `+1 415 555 ${String(n).padStart(4, '0')}`, '', manager];
    lines.push(cells.map(quote).join(','));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

const base = { group: 'contacts', subject: 'ours', unit: 'ms' } as const;

function preview(table: ContactTable, planId: string, nodes: Parameters<typeof planContactImport>[1], edges: Parameters<typeof planContactImport>[2]) {
  const mapping = presetMapping(detectPreset(table.headers), table.headers);
  accountsIn(table, mapping);
  return planContactImport(planId, nodes, edges, table, { mapping, parentId: nodes[0]!.id, matches: 'update' }, newId);
}

/**
 * The contact import as the dialog and the CLI run it: read and preview a 5,000-row Salesforce export (decode,
 * parse, preset, mapping, accounts, matching and reports-to against a 1,000-node plan), then the import of the most
 * rows a plan holds as new stakeholders (4,999: a plan holds 5,000 nodes with its account) through the real service
 * on a real SQLite file, reading included.
 */
export async function benchContacts(options: ContactsBenchOptions): Promise<BenchResult[]> {
  const { runs, log } = options;
  const results: BenchResult[] = [];
  const bytes = salesforceExport(CONTACT_ROWS);
  const plan = generatePlan(1000);
  const previews: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const read = readContactFile(bytes);
    if (!read.ok) throw new Error(read.message);
    const planned = preview(read.table, plan.plan.id, plan.nodes, plan.edges);
    previews.push(performance.now() - started);
    if (planned.counts.new !== CONTACT_ROWS || planned.patch.upsertEdges!.length !== CONTACT_ROWS - 1) throw new Error('The preview did not plan every row.');
  }
  results.push(resultOf({ ...base, measure: 'contacts-read-preview', size: CONTACT_ROWS, note: `${(bytes.length / 1024).toFixed(0)} KB file; against a 1,000-node plan` }, previews));
  log(`contacts: read and previewed ${CONTACT_ROWS} rows`);

  const importBytes = salesforceExport(IMPORT_ROWS);
  const temp = createTempLibrary('atlas-bench-contacts-');
  try {
    const imports: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const planId = await temp.importPlan(generatePlan(1, run + 1));
      const started = performance.now();
      const read = readContactFile(importBytes);
      if (!read.ok) throw new Error(read.message);
      const document = await temp.service.loadPlan({ planId });
      const planned = preview(read.table, planId, document.nodes, document.edges);
      if (planned.refusal) throw new Error(planned.refusal);
      await temp.service.applyPatch(planned.patch);
      imports.push(performance.now() - started);
      const after = await temp.service.loadPlan({ planId });
      if (after.nodes.length !== IMPORT_ROWS + 1 || after.edges.length !== IMPORT_ROWS - 1) throw new Error('The import did not store every row.');
    }
    results.push(
      resultOf({ ...base, measure: 'contacts-import', size: IMPORT_ROWS, note: 'read + plan + service.applyPatch on a real SQLite file, into an empty plan; a plan holds 5,000 nodes with its account' }, imports),
    );
    log(`contacts: imported ${IMPORT_ROWS} rows through the service`);
  } finally {
    temp.dispose();
  }
  return results;
}
