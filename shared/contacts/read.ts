import Papa from 'papaparse';
import { decodeContactBytes } from './decode.ts';
import type { ContactDelimiter, ContactEncoding, ContactTable, ReadResult } from './fields.ts';

/** Most contact rows one file may hold. */
export const MAX_CONTACT_ROWS = 20_000;

const DELIMITERS: readonly ContactDelimiter[] = [',', ';', '\t'];

/** Reads a contact file's bytes: decodes them, then parses the CSV. Refusals are one sentence with the line. */
export function readContactFile(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  const decoded = decodeContactBytes(bytes);
  if (!decoded.ok) return decoded;
  return parseContactText(decoded.text, decoded.encoding);
}

/** Reads pasted text (rows copied from a spreadsheet are tab separated). */
export function readContactText(text: string): ReadResult {
  return parseContactText(text, 'utf-8');
}

function parseContactText(raw: string, encoding: ContactEncoding): ReadResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, message: 'The file is empty.' };
  const delimiter = guessDelimiter(text);
  const lineStarts = lineStartsOf(text);
  const rows: { line: number; cells: string[] }[] = [];
  let failure: { message: string; line: number } | null = null;
  let tooMany = false;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = cursor;
      cursor = result.meta.cursor;
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) {
        const at = typeof quoteError.index === 'number' ? quoteError.index : start;
        failure = { message: quoteMessage(quoteError.code), line: lineOf(lineStarts, Math.max(start, Math.min(at, text.length))) };
        parser.abort();
        return;
      }
      const cells = result.data.map(cleanCell);
      if (cells.every((cell) => cell === '')) return;
      if (rows.length > MAX_CONTACT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push({ line: lineOf(lineStarts, skipLineBreaks(text, start)), cells });
    },
  });
  if (failure) {
    const { message, line } = failure as { message: string; line: number };
    return { ok: false, message: `Line ${line}: ${message}`, line };
  }
  if (tooMany) {
    return { ok: false, message: `The file holds more than ${MAX_CONTACT_ROWS.toLocaleString('en-US')} contacts; split it and import the parts one by one.` };
  }
  const [header, ...body] = rows;
  if (!header || !looksLikeHeader(header.cells)) {
    const line = header?.line ?? 1;
    return { ok: false, message: `Line ${line} should hold the column names (such as Name, Email, Title) but holds none.`, line };
  }
  if (body.length === 0) {
    return { ok: false, message: `The file has column names on line ${header.line} but no contact below them.`, line: header.line };
  }
  const table: ContactTable = { headers: header.cells, rows: body, encoding, delimiter };
  return { ok: true, table };
}

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted field is never closed (a double quote is missing).'
    : 'a quoted field is followed by other characters before the next separator (a stray double quote).';
}

/** Excel's formula protection undone: `="0123"` gives 0123 and a leading apostrophe before = + - @ or a digit goes. */
export function cleanCell(cell: string): string {
  const value = cell.trim();
  const formula = /^="((?:[^"]|"")*)"$/.exec(value);
  if (formula) return formula[1]!.replace(/""/g, '"').trim();
  if (/^'[=+\-@\t\r0-9]/.test(value)) return value.slice(1);
  return value;
}

// Column names have letters; a row with an email address in it is a contact, not column names.
function looksLikeHeader(cells: readonly string[]): boolean {
  const named = cells.filter((cell) => cell !== '');
  if (named.length === 0 || named.some((cell) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell))) return false;
  return named.some((cell) => /\p{L}/u.test(cell));
}

/** The separator used most on the first line outside quotes (comma when none is). */
function guessDelimiter(text: string): ContactDelimiter {
  const counts = new Map<ContactDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let at = 0; at < text.length && at < 65_536; at += 1) {
    const char = text[at]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as ContactDelimiter)) counts.set(char as ContactDelimiter, counts.get(char as ContactDelimiter)! + 1);
  }
  let best: ContactDelimiter = ',';
  for (const delimiter of DELIMITERS) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}

function skipLineBreaks(text: string, at: number): number {
  let offset = at;
  while (offset < text.length && (text[offset] === '\n' || text[offset] === '\r')) offset += 1;
  return offset;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10) starts.push(at + 1);
    else if (code === 13 && text.charCodeAt(at + 1) !== 10) starts.push(at + 1);
  }
  return starts;
}

/** The 1-based line holding a character offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
