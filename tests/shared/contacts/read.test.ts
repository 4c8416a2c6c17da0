import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_ROWS, cleanCell, readContactFile, readContactText } from '../../../shared/contacts/index.ts';
import { fixtureBytes, fixtureTable } from './fixtures.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading contact files', () => {
  it('reads a Salesforce export: commas, quoted fields with commas, quotes and line breaks, each row with its line', () => {
    const table = fixtureTable('salesforce-40.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'Phone', 'MobilePhone', 'ReportsToId']);
    expect(table.rows).toHaveLength(40);
    expect(table.rows[1]!.cells[4]).toBe('CFO, Finance');
    expect(table.rows[3]!.cells[4]).toBe('Finance manager "1"');
    const multiline = table.rows.findIndex((row) => row.cells[5]!.includes('\n'));
    expect(multiline).toBeGreaterThan(0);
    // The row after a field with a line break starts one line further down the file.
    expect(table.rows[multiline + 1]!.line).toBe(table.rows[multiline]!.line + 2);
    expect(table.rows[0]!.line).toBe(2);
  });

  it('reads a HubSpot export with a BOM and semicolons, and undoes Excel formula protection', () => {
    const table = fixtureTable('hubspot-bom-semicolon.csv');
    expect(table.delimiter).toBe(';');
    expect(table.headers[0]).toBe('Record ID');
    const amelie = table.rows[0]!.cells;
    expect(amelie.slice(1, 3)).toEqual(['Amélie', 'Dupré']);
    expect(amelie[5]).toBe('0123456789');
    expect(table.rows[1]!.cells[3]).toBe('Responsable achats; Europe');
    expect(table.rows[2]!.cells[5]).toBe('+49 30 1234567');
  });

  it('reads Windows-1252 with its accents and UTF-16 with tabs', () => {
    const latin = fixtureTable('windows-1252.csv');
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.rows.map((row) => row.cells[0])).toEqual(['Chloé Dubois', 'Jürgen Müller', 'Ines Peña']);
    const wide = fixtureTable('utf16.csv');
    expect(wide.encoding).toBe('utf-16le');
    expect(wide.delimiter).toBe('\t');
    expect(wide.rows[0]!.cells[2]).toBe('部長');
    expect(wide.rows[1]!.cells[2]).toBe('Ředitel IT');
  });

  it('reads UTF-16 big endian and UTF-16 without a BOM', () => {
    const text = 'Name,Email\r\nZoë Brandt,zoe@example.com\r\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2 + 2);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      le[at * 2] = code & 0xff;
      le[at * 2 + 1] = code >> 8;
      be[2 + at * 2] = code >> 8;
      be[2 + at * 2 + 1] = code & 0xff;
    }
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const result = readContactFile(bytes);
      expect(result.ok && result.table.encoding).toBe(encoding);
      expect(result.ok && result.table.rows[0]!.cells[0]).toBe('Zoë Brandt');
    }
  });

  it('refuses broken quoting with the line of the unclosed quote, counting line breaks inside quoted fields', () => {
    const result = readContactFile(fixtureBytes('broken-quoting.csv'));
    expect(result).toEqual({ ok: false, line: 5, message: 'Line 5: a quoted field is never closed (a double quote is missing).' });
    const stray = readContactText('Name,Email\n"Dana" Whitfield,dana@example.com\n');
    expect(stray.ok).toBe(false);
    expect(!stray.ok && stray.line).toBe(2);
    expect(!stray.ok && stray.message).toMatch(/^Line 2: /);
  });

  it('refuses bytes in no known encoding with their line', () => {
    const result = readContactFile(fixtureBytes('unknown-encoding.csv'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBe(3);
    expect(!result.ok && result.message).toBe(
      'Line 3 holds bytes that are not text in UTF-8, UTF-16 or Windows-1252: save the file as CSV (UTF-8) and try again.',
    );
  });

  it('refuses an empty file, a file without a header and a header without contacts, each in one sentence', () => {
    expect(readContactFile(new Uint8Array())).toEqual({ ok: false, message: 'The file is empty.' });
    expect(readContactFile(utf8('\uFEFF\r\n \r\n'))).toEqual({ ok: false, message: 'The file is empty.' });
    const noHeader = readContactText('dana@example.com,555 0100\nluis@example.com,555 0101\n');
    expect(noHeader).toEqual({ ok: false, line: 1, message: 'Line 1 should hold the column names (such as Name, Email, Title) but holds none.' });
    expect(readContactText('Dana Whitfield,CFO,dana@example.com\nLuis García,CTO,luis@example.com\n')).toMatchObject({ ok: false, line: 1 });
    const onlyHeader = readContactText('Name,Email\r\n');
    expect(onlyHeader).toEqual({ ok: false, line: 1, message: 'The file has column names on line 1 but no contact below them.' });
  });

  it('refuses more than the most rows a file may hold', () => {
    const rows = Array.from({ length: MAX_CONTACT_ROWS + 1 }, (_, at) => `P${at},p${at}@example.com`);
    const result = readContactText(`Name,Email\n${rows.join('\n')}\n`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe('The file holds more than 20,000 contacts; split it and import the parts one by one.');
    const fits = readContactText(`Name,Email\n${rows.slice(1).join('\n')}\n`);
    expect(fits.ok && fits.table.rows.length).toBe(MAX_CONTACT_ROWS);
  });

  it('skips empty lines and keeps the line numbers of the rows after them', () => {
    const result = readContactText('Name\tEmail\n\nDana\tdana@example.com\n\t\nLuis\tluis@example.com');
    expect(result.ok && result.table.rows).toEqual([
      { line: 3, cells: ['Dana', 'dana@example.com'] },
      { line: 5, cells: ['Luis', 'luis@example.com'] },
    ]);
  });

  it('undoes Excel formula protection and keeps other cells as written', () => {
    expect(cleanCell('="0123"')).toBe('0123');
    expect(cleanCell('="say ""hi"""')).toBe('say "hi"');
    expect(cleanCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cleanCell("'+1 555")).toBe('+1 555');
    expect(cleanCell("'Tis")).toBe("'Tis");
    expect(cleanCell('=A1+1')).toBe('=A1+1');
    expect(cleanCell('  Dana  ')).toBe('Dana');
  });
});
