import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../shared/planFile.ts';
import { fixturePath } from '../shared/contacts/fixtures.ts';
import { atlas, sha256, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas import-contacts and export-contacts on a real library', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  const run = (...args: string[]) => atlas([...args, '--data', library]);

  const planFile = (): PlanFile => {
    const out = join(folder.dir, 'plan.json');
    expect(run('export', 'Northwind', '--format', 'json', '--out', out).status).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as PlanFile;
  };
  const changeCount = (): number => {
    const db = new Database(library, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS count FROM plan_changes').get() as { count: number }).count;
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    expect(run('demo').status).toBe(0);
  });
  afterAll(() => folder.remove());

  it('prints what a dry run would do and changes nothing', () => {
    const before = sha256(library);
    const result = run('import-contacts', 'Northwind', fixturePath('salesforce-40.csv'), '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'Read salesforce-40.csv as Salesforce contact export (UTF-8, comma separated): 40 rows.',
        '40 new, 0 updates, 0 skipped, 0 problems; 39 reports-to relations.',
        'Note: The map will hold 50 stakeholders. Account plans work best with the 10–15 key players who decide or sway the decision: consider importing only those, or filter the file first.',
        'Dry run: nothing was changed.',
        '',
      ].join('\n'),
    );
    expect(sha256(library)).toBe(before);
  });

  it('imports 40 Salesforce contacts in one change with their 4-level hierarchy; a second import creates no duplicate', () => {
    const before = planFile();
    const changesBefore = changeCount();
    const result = run('import-contacts', 'Northwind', fixturePath('salesforce-40.csv'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('40 new, 0 updates, 0 skipped, 0 problems; 39 reports-to relations.');
    expect(result.stdout).toContain('under "Buying centre"');
    expect(changeCount()).toBe(changesBefore + 1);

    const after = planFile();
    const imported = after.nodes.filter((node) => node.kind === 'stakeholder' && (node.data as { crmId?: string }).crmId);
    expect(imported).toHaveLength(40);
    const centre = after.nodes.find((node) => node.label === 'Buying centre')!;
    expect(new Set(imported.map((node) => node.parentId))).toEqual(new Set([centre.id]));
    const crmIdOf = new Map(imported.map((node) => [node.id, (node.data as { crmId: string }).crmId]));
    const links = after.edges
      .filter((edge) => edge.kind === 'reportsTo' && crmIdOf.has(edge.source))
      .map((edge) => `${crmIdOf.get(edge.source)}->${crmIdOf.get(edge.target)}`)
      .sort();
    const rows = readFileSync(fixturePath('salesforce-40.csv'), 'utf8').split('\r\n').slice(1);
    const expected = rows
      .map((line) => line.split(','))
      .filter((cells) => cells.length > 1 && cells.at(-1) !== '')
      .map((cells) => `${cells[0]}->${cells.at(-1)}`)
      .sort();
    expect(links).toEqual(expected);
    expect(after.edges.length).toBe(before.edges.length + 39);

    const again = run('import-contacts', 'Northwind', fixturePath('salesforce-40.csv'));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 new, 0 updates, 40 skipped, 0 problems; 0 reports-to relations.');
    expect(changeCount()).toBe(changesBefore + 1);
    const twice = planFile();
    expect(twice.nodes.length).toBe(after.nodes.length);
    expect(twice.edges.length).toBe(after.edges.length);
  });

  it('imports a HubSpot export with a BOM and semicolons, lists its problem row, and puts people under --under', () => {
    const result = run('import-contacts', 'Northwind', fixturePath('hubspot-bom-semicolon.csv'), '--under', 'our team');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Read hubspot-bom-semicolon.csv as HubSpot contact export (UTF-8, semicolon separated): 6 rows.');
    expect(result.stdout).toContain('5 new, 0 updates, 0 skipped, 1 problem; 0 reports-to relations.\n  Line 7: no name and no email.\n');
    const plan = planFile();
    const team = plan.nodes.find((node) => node.label === 'Our team')!;
    const amelie = plan.nodes.find((node) => node.label === 'Amélie Dupré')!;
    expect(amelie.parentId).toBe(team.id);
    expect(amelie.data).toMatchObject({ title: 'Directrice financière', phone: '0123456789', crmId: '501' });
  });

  it('imports only the rows of the account --account names', () => {
    const result = run('import-contacts', 'Northwind', fixturePath('hubspot-bom-semicolon.csv'), '--account', 'fabrikam a/s', '--dry-run');
    expect(result.stdout).toContain('0 new, 0 updates, 2 skipped, 0 problems');
    expect(userErrorLine(run('import-contacts', 'Northwind', fixturePath('hubspot-bom-semicolon.csv'), '--account', 'Initech'))).toBe(
      'atlas: The file has no account "Initech"; it has "Contoso SA" (4 rows), "Fabrikam A/S" (2 rows).',
    );
  });

  it('imports Windows-1252 and UTF-16 files with their accents, resolving a manager by email', () => {
    expect(run('import-contacts', 'Northwind', fixturePath('windows-1252.csv')).stdout).toContain('(Windows-1252, semicolon separated): 3 rows.');
    const wide = run('import-contacts', 'Northwind', fixturePath('utf16.csv'));
    expect(wide.stdout).toContain('(UTF-16, tab separated): 2 rows.\n2 new, 0 updates, 0 skipped, 0 problems; 1 reports-to relation.');
    const plan = planFile();
    const labels = plan.nodes.map((node) => node.label);
    expect(labels).toEqual(expect.arrayContaining(['Chloé Dubois', 'Jürgen Müller', 'Ines Peña', 'Kenji Tanaka', 'Marek Svoboda']));
    const marek = plan.nodes.find((node) => node.label === 'Marek Svoboda')!;
    const kenji = plan.nodes.find((node) => node.label === 'Kenji Tanaka')!;
    expect(plan.edges.some((edge) => edge.kind === 'reportsTo' && edge.source === marek.id && edge.target === kenji.id)).toBe(true);
  });

  it('refuses broken quoting and an unknown encoding with the line number, in one line, and leaves the library unchanged', () => {
    const before = sha256(library);
    expect(userErrorLine(run('import-contacts', 'Northwind', fixturePath('broken-quoting.csv')))).toBe(
      'atlas: "broken-quoting.csv" was not imported: line 5: a quoted field is never closed (a double quote is missing).',
    );
    expect(userErrorLine(run('import-contacts', 'Northwind', fixturePath('unknown-encoding.csv')))).toBe(
      'atlas: "unknown-encoding.csv" was not imported: line 3 holds bytes that are not text in UTF-8, UTF-16 or Windows-1252: save the file as CSV (UTF-8) and try again.',
    );
    const empty = join(folder.dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(userErrorLine(run('import-contacts', 'Northwind', empty))).toBe('atlas: "empty.csv" was not imported: the file is empty.');
    expect(userErrorLine(run('import-contacts', 'Northwind', join(folder.dir, 'missing.csv')))).toContain('there is no such file');
    expect(userErrorLine(run('import-contacts', 'Northwind', fixturePath('salesforce-40.csv'), '--under', 'Nowhere'))).toContain(
      'No node of the plan has the id or label "Nowhere"',
    );
    expect(userErrorLine(run('import-contacts', 'Northwind', fixturePath('salesforce-40.csv'), '--preset', 'excel'))).toContain(
      '--preset must be one of auto, salesforce, hubspot, generic',
    );
    expect(sha256(library)).toBe(before);
  });

  it('exports every stakeholder with formula injection neutralised, and the export reads back as the same people', () => {
    const hostile = join(folder.dir, 'hostile.csv');
    writeFileSync(hostile, 'Name,Title,Email,Phone\r\n"=HYPERLINK(""http://127.0.0.1/"",""x"")",@SUM(A1),eve@example.com,+1 555 0100\r\n');
    expect(run('import-contacts', 'Northwind', hostile).status).toBe(0);
    const out = join(folder.dir, 'contacts.csv');
    const result = run('export-contacts', 'Northwind', '--out', out);
    const plan = planFile();
    const people = plan.nodes.filter((node) => node.kind === 'stakeholder');
    expect(result.stdout).toBe(`Wrote ${people.length} stakeholders of "${plan.plan.title}" to ${out}.\n`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://127.0.0.1/"",""x"")",'@SUM(A1),,eve@example.com,'+1 555 0100,`);
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(people.length + 1);

    // Read back into a fresh plan, the export gives the same people.
    const other = join(folder.dir, 'other.db');
    expect(atlas(['demo', '--data', other]).status).toBe(0);
    const back = atlas(['import-contacts', 'Northwind', out, '--data', other, '--dry-run']);
    expect(back.status).toBe(0);
    // The demo's own stakeholders match by email; everyone imported above is new there.
    const demoPeople = people.filter((node) => (node.data as { email?: string }).email?.endsWith('@northwind-logistics.example'));
    expect(back.stdout).toContain(`${people.length - demoPeople.length} new, 0 updates, ${demoPeople.length} skipped, 0 problems`);
  });

  it('says how to use export-contacts without --out', () => {
    expect(userErrorLine(run('export-contacts', 'Northwind'))).toBe('atlas: Say where to write the contacts with --out FILE.csv ("--out -" for standard output).');
  });
});
