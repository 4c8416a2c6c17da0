import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../shared/planFile.ts';
import { atlas, tempFolder } from './helpers.ts';

const run = promisify(execFile);

interface Sheet {
  /** Every cell's text, row by row. */
  rows: string[][];
  /** How many cells hold a formula. */
  formulas: number;
}

const ENTITIES: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The first sheet of an .ods as LibreOffice Calc wrote it: cell texts and formula count. */
async function readSheet(path: string): Promise<Sheet> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const content = await zip.file('content.xml')!.async('string');
  const formulas = (content.match(/table:formula="/g) ?? []).length;
  const rows = [...content.matchAll(/<table:table-row[^>]*>(.*?)<\/table:table-row>/gs)].map((row) =>
    [...row[1]!.matchAll(/<table:table-cell[^>]*?(?:\/>|>(.*?)<\/table:table-cell>)/gs)].map((cell) =>
      (cell[1] ?? '')
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count: string | undefined) => ' '.repeat(Number(count ?? 1)))
        .replace(/<[^>]+>/g, '')
        .replace(/&(apos|quot|lt|gt|amp);/g, (entity) => ENTITIES[entity]!),
    ),
  );
  return { rows, formulas };
}

/** Opens CSV files in LibreOffice Calc (UTF-8, comma separated, formulas evaluated as Calc does) and saves them as .ods. */
async function openInCalc(folder: string, paths: readonly string[]): Promise<void> {
  await run(
    'soffice',
    [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'ods', '--outdir', folder, ...paths],
    { timeout: 120_000 },
  );
}

describe('export-contacts opens in LibreOffice Calc with every stakeholder and no live formula', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  let plan: PlanFile;
  let exported: Sheet;
  let control: Sheet;

  beforeAll(async () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    const hostile = join(folder.dir, 'hostile.csv');
    writeFileSync(
      hostile,
      'Name,Title,Department,Email,Phone\r\n"=HYPERLINK(""http://127.0.0.1/"",""click"")",=1+1,@SUM(1+1),eve@example.com,+1 555 0100\r\nMallory -Minus,-2+3,"=cmd|\' /C calc\'!A0",mallory@example.com,=2*3\r\n',
    );
    expect(atlas(['import-contacts', 'Northwind', hostile, '--data', library]).status).toBe(0);
    expect(atlas(['export-contacts', 'Northwind', '--out', join(folder.dir, 'contacts.csv'), '--data', library]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', join(folder.dir, 'plan.json'), '--data', library]).status).toBe(0);
    plan = JSON.parse(readFileSync(join(folder.dir, 'plan.json'), 'utf8')) as PlanFile;
    // The same hostile file, not neutralised, opened the same way: proves Calc would run such cells.
    await openInCalc(folder.dir, [join(folder.dir, 'contacts.csv'), hostile]);
    exported = await readSheet(join(folder.dir, 'contacts.ods'));
    control = await readSheet(join(folder.dir, 'hostile.ods'));
  }, 180_000);
  afterAll(() => folder.remove());

  it('runs the formulas of a file that is not neutralised (the check can fail)', () => {
    expect(control.formulas).toBeGreaterThanOrEqual(3);
  });

  it('holds no formula cell, and every stakeholder of the plan on its own row', () => {
    expect(exported.formulas).toBe(0);
    const people = plan.nodes.filter((node) => node.kind === 'stakeholder');
    const [header, ...rows] = exported.rows;
    expect(header!.slice(0, 4)).toEqual(['Name', 'Job title', 'Department', 'Email']);
    expect(rows.map((row) => row[0]!.replace(/^'/, '')).sort()).toEqual(people.map((node) => node.label).sort());
    const eve = rows.find((row) => row[3] === 'eve@example.com')!;
    expect(eve.slice(0, 2)).toEqual(['\'=HYPERLINK("http://127.0.0.1/","click")', "'=1+1"]);
    expect(rows.find((row) => row[0] === 'Sam Ortiz')).toBeDefined();
  });
});
