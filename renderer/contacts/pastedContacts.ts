import { detectPreset, presetMapping, readContactText } from '../../shared/contacts/index.ts';
import type { ContactField, ContactTable } from '../../shared/contacts/index.ts';
import { MAX_CLIPBOARD_CHARS } from '../commands/clipboardRead.ts';

const NAME_FIELDS: readonly ContactField[] = ['fullName', 'firstName', 'lastName'];
const DETAIL_FIELDS: readonly ContactField[] = ['email', 'title', 'phone', 'mobile', 'crmId', 'department', 'managerId', 'managerEmail', 'managerName'];

/**
 * Pasted text as contact rows, when it is what a spreadsheet copies (tab separated) and its header row names a
 * person (a name column) and something about them (email, title, phone …) by shared/contacts' own presets;
 * otherwise null, and the text is pasted as topics as before.
 */
export function pastedContactTable(text: string): ContactTable | null {
  if (text.length > MAX_CLIPBOARD_CHARS) return null;
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^\s*[\r\n]+/, ''))![0];
  if (!firstLine.includes('\t')) return null;
  const read = readContactText(text);
  if (!read.ok || read.table.delimiter !== '\t' || read.table.rows.length === 0) return null;
  const { headers } = read.table;
  const mapping = presetMapping(detectPreset(headers), headers);
  const named = NAME_FIELDS.some((field) => mapping[field] !== undefined);
  const detailed = DETAIL_FIELDS.some((field) => mapping[field] !== undefined);
  return named && detailed ? read.table : null;
}
