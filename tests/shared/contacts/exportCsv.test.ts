import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, contactsCsv, detectPreset, neutraliseCell, planContactImport, presetMapping, readContactText } from '../../../shared/contacts/index.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';

describe('exporting contacts', () => {
  it('neutralises cells that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(neutraliseCell('Dana Whitfield')).toBe('Dana Whitfield');
    expect(neutraliseCell('')).toBe('');
  });

  it('writes every stakeholder of the sample plan with fields and manager, UTF-8 with a BOM and CRLF line ends', () => {
    const file = buildSamplePlan('2026-12-01');
    const text = contactsCsv(file.nodes, file.edges);
    expect(text.startsWith('\uFEFFName,Job title,Department,Email,Phone,Mobile,CRM id,Buying role,Support,Influence,Reports to,Reports to email\r\n')).toBe(true);
    const read = readContactText(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.headers).toEqual([...EXPORT_HEADERS]);
    const people = file.nodes.filter((node) => node.kind === 'stakeholder');
    expect(read.table.rows.map((row) => row.cells[0])).toEqual(people.map((node) => node.label).sort((a, b) => a.localeCompare(b, 'en')));
    const withManager = read.table.rows.filter((row) => row.cells[10] !== '');
    expect(withManager.length).toBe(file.edges.filter((edge) => edge.kind === 'reportsTo').length);
    const sam = read.table.rows.find((row) => row.cells[0] === 'Sam Ortiz')!;
    expect(sam.cells.slice(7, 10)).toEqual(['Decision maker', '0 Neutral', 'High']);
  });

  it('round-trips hostile cells: exported text is inert, and reading it back gives the original values', () => {
    const file = buildSamplePlan('2026-12-01');
    const root = file.nodes.find((node) => node.parentId === null)!;
    const hostile = {
      id: 'hostile000000001',
      kind: 'stakeholder',
      label: '=HYPERLINK("http://127.0.0.1/x","click")',
      data: { title: '+1+cmd|"/C calc"!A0', department: '@SUM(1)', email: 'eve@example.com', phone: '-2+3', mobile: '\tx', crmId: 'CRM"1,2' },
      position: { x: 0, y: 0 },
      parentId: root.id,
      order: 99,
      collapsed: false,
      internal: false,
    } as unknown as PlanNode;
    const text = contactsCsv([root, hostile], []);
    const line = text.split('\r\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""http://127.0.0.1/x"",""click"")","'+1+cmd|""/C calc""!A0",'@SUM(1),eve@example.com,'-2+3,'\tx,`)).toBe(true);
    const cells = Papa.parse<string[]>(line).data[0]!;
    expect(cells).toHaveLength(EXPORT_HEADERS.length);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const read = readContactText(text);
    if (!read.ok) throw new Error(read.message);
    const mapping = presetMapping(detectPreset(read.table.headers), read.table.headers);
    const plan = planContactImport('plan000000000001', [root], [], read.table, { mapping, parentId: root.id, matches: 'update' }, () => 'new0000000000001');
    expect(plan.patch.upsertNodes![0]).toMatchObject({ label: hostile.label, data: { title: '+1+cmd|"/C calc"!A0', department: '@SUM(1)', phone: '-2+3', crmId: 'CRM"1,2' } });
  });
});
