import Papa from 'papaparse';
import { stakeholderKind } from '../kinds/stakeholder.ts';
import { optionLabel } from '../kinds/fields.ts';
import type { PlanEdge, PlanNode } from '../model.ts';

/** The columns of a contacts export, in order. */
export const EXPORT_HEADERS = [
  'Name',
  'Job title',
  'Department',
  'Email',
  'Phone',
  'Mobile',
  'CRM id',
  'Buying role',
  'Support',
  'Influence',
  'Reports to',
  'Reports to email',
] as const;

/**
 * A cell made safe for spreadsheets (OWASP CSV injection): one starting with = + - @, a tab or a carriage return
 * gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(node: PlanNode, key: string): string {
  const value = (node.data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function label(node: PlanNode, key: string): string {
  const spec = stakeholderKind.fields.find((candidate) => candidate.key === key);
  const value = field(node, key);
  return value === 'unknown' ? '' : optionLabel(spec, value);
}

/**
 * The plan's stakeholders, by name, as a CSV file's text (UTF-8 with a BOM so Excel reads accents, CRLF line ends): name,
 * fields, and the manager each reports to. Every cell is neutralised against formula injection.
 */
export function contactsCsv(nodes: readonly PlanNode[], edges: readonly PlanEdge[] = []): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const managerOf = new Map<string, PlanNode>();
  for (const edge of edges) {
    const manager = byId.get(edge.target);
    if (edge.kind === 'reportsTo' && manager && !managerOf.has(edge.source)) managerOf.set(edge.source, manager);
  }
  const rows = nodes
    .filter((node) => node.kind === 'stakeholder')
    .sort((a, b) => a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id))
    .map((node) => {
      const manager = managerOf.get(node.id);
      return [
        node.label,
        field(node, 'title'),
        field(node, 'department'),
        field(node, 'email'),
        field(node, 'phone'),
        field(node, 'mobile'),
        field(node, 'crmId'),
        label(node, 'buyingRole'),
        label(node, 'support'),
        label(node, 'influence'),
        manager?.label ?? '',
        manager ? field(manager, 'email') : '',
      ].map(neutraliseCell);
    });
  return `\uFEFF${Papa.unparse({ fields: [...EXPORT_HEADERS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
