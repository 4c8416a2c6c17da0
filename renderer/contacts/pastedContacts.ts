import { looksLikeContacts, readContactText } from '../../shared/contacts/index.ts';
import type { ContactTable } from '../../shared/contacts/index.ts';
import { MAX_CLIPBOARD_CHARS } from '../commands/clipboardRead.ts';

/**
 * Pasted text as contact rows, when it is what a spreadsheet copies (tab separated, at least one row under the
 * header) and shared/contacts says its header row names contact columns; otherwise null, and the text is pasted
 * as topics as before.
 */
export function pastedContactTable(text: string): ContactTable | null {
  if (text.length > MAX_CLIPBOARD_CHARS) return null;
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^\s*[\r\n]+/, ''))![0];
  if (!firstLine.includes('\t')) return null;
  const read = readContactText(text);
  if (!read.ok || read.table.delimiter !== '\t' || read.table.rows.length === 0) return null;
  return looksLikeContacts(read.table.headers) ? read.table : null;
}
