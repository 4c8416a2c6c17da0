import type { PlanEdge, PlanNode } from '../model.ts';
import type { PlanPatchInput } from '../patch.ts';
import { NODE_HEIGHT, VERTICAL_GAP, placeNewChildColumn } from '../layout.ts';
import { MAX_PATCH_EDGES, MAX_PATCH_NODES, MAX_PLAN_NODES } from '../limits.ts';
import type { ContactField, ContactMapping, ContactTable } from './fields.ts';

/** What the user chose for an import. */
export interface ContactImportOptions {
  mapping: ContactMapping;
  /** Only the rows of this account (a key from accountsIn); all rows when left out. */
  account?: string;
  /** Where new stakeholders go. */
  parentId: string;
  /** What rows matching an existing stakeholder do. */
  matches: 'update' | 'skip';
  /** Per file line, the choice for one matching row. */
  overrides?: Record<number, 'update' | 'skip'>;
}

/** One row of the file as the import will treat it. */
export interface PlannedContact {
  line: number;
  outcome: 'new' | 'update' | 'skip' | 'problem';
  name: string;
  title: string;
  email: string;
  /** The manager as the file writes it (CRM id, email or name), empty when none. */
  manager: string;
  /** The name of the person the manager column resolved to (in the file or the plan), when it resolved. */
  managerLabel?: string;
  /** The existing stakeholder this row matches. */
  matchedNodeId?: string;
  reason?: string;
}

/** Everything an import does, computed before anything is written. */
export interface ContactImportPlan {
  rows: PlannedContact[];
  counts: { new: number; updated: number; skipped: number; problems: number };
  problems: { line: number; reason: string }[];
  unresolvedManagers: { line: number; manager: string }[];
  /** The one change that does the import (empty lists when there is nothing to do). */
  patch: PlanPatchInput;
  /** Set when the import cannot be done as a whole (the plan would grow past its size limit): say why. */
  refusal?: string;
  /** Set when the import would leave the map with more people than a stakeholder map works well with (advice, not a refusal). */
  advice?: string;
}

/** A stakeholder map works with the key players: past this many people it becomes a contact list. */
export const KEY_PLAYERS_ADVISED = 25;

/** The advice for a map of `people` stakeholders after an import that adds some, or null within the advised number. */
export function keyPlayersAdvice(people: number, added: number): string | null {
  if (added === 0 || people <= KEY_PLAYERS_ADVISED) return null;
  return `The map will hold ${people} stakeholders. Account plans work best with the 10–15 key players who decide or sway the decision: consider importing only those, or filter the file first.`;
}

/** The stakeholder fields an import writes. */
const DATA_FIELDS = ['title', 'department', 'email', 'phone', 'mobile', 'crmId'] as const;
type DataField = (typeof DATA_FIELDS)[number];

const MAX_TEXT = 500;

interface Row {
  line: number;
  name: string;
  values: Record<DataField, string>;
  managerId: string;
  managerEmail: string;
  managerName: string;
}

/** The text of one field of a row ('' when the field is not mapped or the cell is missing). */
export function cellOf(cells: readonly string[], mapping: ContactMapping, field: ContactField): string {
  const column = mapping[field];
  return column === undefined ? '' : (cells[column] ?? '').replace(/\s+/g, ' ').trim();
}

/** The accounts (companies) a file's rows belong to, biggest first: key for the filter, label to show, row count. */
export function accountsIn(table: ContactTable, mapping: ContactMapping): { key: string; label: string; count: number }[] {
  const accounts = new Map<string, { key: string; label: string; count: number }>();
  for (const row of table.rows) {
    const key = accountKey(row.cells, mapping);
    const entry = accounts.get(key) ?? { key, label: '', count: 0 };
    entry.count += 1;
    if (entry.label === '') entry.label = cellOf(row.cells, mapping, 'company') || cellOf(row.cells, mapping, 'accountId');
    accounts.set(key, entry);
  }
  return [...accounts.values()]
    .map((entry) => ({ ...entry, label: entry.label || 'No account' }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function accountKey(cells: readonly string[], mapping: ContactMapping): string {
  const id = cellOf(cells, mapping, 'accountId');
  return id !== '' ? `id:${id}` : `name:${cellOf(cells, mapping, 'company').toLowerCase()}`;
}

function fieldsOf(cells: readonly string[], mapping: ContactMapping): Row['values'] & { first: string; last: string; full: string } {
  return {
    title: cellOf(cells, mapping, 'title'),
    department: cellOf(cells, mapping, 'department'),
    email: cellOf(cells, mapping, 'email'),
    phone: cellOf(cells, mapping, 'phone'),
    mobile: cellOf(cells, mapping, 'mobile'),
    crmId: cellOf(cells, mapping, 'crmId'),
    first: cellOf(cells, mapping, 'firstName'),
    last: cellOf(cells, mapping, 'lastName'),
    full: cellOf(cells, mapping, 'fullName'),
  };
}

function lower(value: string): string {
  return value.trim().toLowerCase();
}

function text(node: PlanNode, key: string): string {
  const value = (node.data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The import of a contact table into a plan as one patch: rows become new stakeholders under `parentId`, or update
 * (changed fields only; an empty cell never erases) or skip the stakeholder they match (CRM id first, then email);
 * reports-to relations come from the manager columns in a second pass, inside the file and against the plan.
 */
export function planContactImport(
  planId: string,
  nodes: readonly PlanNode[],
  edges: readonly PlanEdge[],
  table: ContactTable,
  options: ContactImportOptions,
  newId: () => string,
): ContactImportPlan {
  const { mapping } = options;
  const stakeholders = nodes.filter((node) => node.kind === 'stakeholder');
  const byCrmId = new Map<string, PlanNode>();
  const byEmail = new Map<string, PlanNode>();
  const byName = new Map<string, PlanNode[]>();
  for (const node of stakeholders) {
    const crmId = text(node, 'crmId').trim();
    const email = lower(text(node, 'email'));
    if (crmId && !byCrmId.has(crmId)) byCrmId.set(crmId, node);
    if (email && !byEmail.has(email)) byEmail.set(email, node);
    const name = lower(node.label);
    if (name) byName.set(name, [...(byName.get(name) ?? []), node]);
  }

  const planned: PlannedContact[] = [];
  const people: Person[] = [];
  const seenCrmId = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  const claimed = new Map<string, number>();
  const upsertNodes: NonNullable<PlanPatchInput['upsertNodes']> = [];
  const updateNodes: NonNullable<PlanPatchInput['updateNodes']> = [];
  const newNodes: { id: string; row: Row }[] = [];

  for (const { line, cells } of table.rows) {
    if (options.account !== undefined && accountKey(cells, mapping) !== options.account) continue;
    const values = fieldsOf(cells, mapping);
    const name = values.full || [values.first, values.last].filter(Boolean).join(' ') || values.email;
    const row: Row = {
      line,
      name,
      values: { title: values.title, department: values.department, email: values.email, phone: values.phone, mobile: values.mobile, crmId: values.crmId },
      managerId: cellOf(cells, mapping, 'managerId'),
      managerEmail: cellOf(cells, mapping, 'managerEmail'),
      managerName: cellOf(cells, mapping, 'managerName'),
    };
    const entry: PlannedContact = {
      line,
      outcome: 'new',
      name,
      title: values.title,
      email: values.email,
      manager: row.managerId || row.managerEmail || row.managerName,
    };
    planned.push(entry);
    const problem = rowProblem(row, seenCrmId, seenEmail);
    if (problem) {
      entry.outcome = 'problem';
      entry.reason = problem;
      continue;
    }
    if (row.values.crmId) seenCrmId.set(row.values.crmId, line);
    if (row.values.email) seenEmail.set(lower(row.values.email), line);
    const match = (row.values.crmId ? byCrmId.get(row.values.crmId) : undefined) ?? (row.values.email ? byEmail.get(lower(row.values.email)) : undefined);
    if (!match) {
      const id = newId();
      newNodes.push({ id, row });
      people.push({ row, planned: entry, nodeId: id, touched: true });
      continue;
    }
    entry.matchedNodeId = match.id;
    const earlier = claimed.get(match.id);
    if (earlier !== undefined) {
      entry.outcome = 'problem';
      entry.reason = `same stakeholder as line ${earlier} (${match.label})`;
      continue;
    }
    claimed.set(match.id, line);
    const choice = options.overrides?.[line] ?? options.matches;
    if (choice === 'skip') {
      entry.outcome = 'skip';
      entry.reason = `matches ${match.label}; skipped`;
      people.push({ row, planned: entry, nodeId: match.id, touched: false });
      continue;
    }
    if (match.damaged) {
      entry.outcome = 'problem';
      entry.reason = `${match.label} cannot be changed: ${match.damaged}`;
      continue;
    }
    const update = changesOf(match, row);
    if (update) {
      entry.outcome = 'update';
      entry.reason = `updates ${match.label}`;
      updateNodes.push(update);
    } else {
      entry.outcome = 'skip';
      entry.reason = `matches ${match.label}; already up to date`;
    }
    people.push({ row, planned: entry, nodeId: match.id, touched: true });
  }

  upsertNodes.push(...placeNewStakeholders(nodes, options.parentId, newNodes));
  const links = planReportsTo(people, stakeholders, edges, byCrmId, byEmail, byName, newId);

  const problems = planned
    .filter((row) => row.outcome === 'problem')
    .map((row) => ({ line: row.line, reason: row.reason ?? '' }))
    .concat(links.problems)
    .sort((a, b) => a.line - b.line);
  const counts = {
    new: planned.filter((row) => row.outcome === 'new').length,
    updated: planned.filter((row) => row.outcome === 'update').length,
    skipped: planned.filter((row) => row.outcome === 'skip').length,
    problems: problems.length,
  };
  const patch: PlanPatchInput = { planId, upsertNodes, updateNodes, upsertEdges: links.upsertEdges, deleteEdges: links.deleteEdges };
  const result: ContactImportPlan = { rows: planned, counts, problems, unresolvedManagers: links.unresolved, patch };
  const refusal = !nodes.some((node) => node.id === options.parentId)
    ? 'The node chosen for new stakeholders is no longer in the plan; choose another.'
    : sizeRefusal(nodes.length, upsertNodes.length, updateNodes.length, links.upsertEdges.length + links.deleteEdges.length);
  if (refusal) result.refusal = refusal;
  const advice = keyPlayersAdvice(nodes.filter((node) => node.kind === 'stakeholder').length + upsertNodes.length, upsertNodes.length);
  if (advice) result.advice = advice;
  return result;
}

function rowProblem(row: Row, seenCrmId: Map<string, number>, seenEmail: Map<string, number>): string | null {
  if (row.name === '') return 'no name and no email';
  for (const field of ['name', ...DATA_FIELDS] as const) {
    const value = field === 'name' ? row.name : row.values[field];
    if (value.length > MAX_TEXT) return `the ${field === 'crmId' ? 'CRM id' : field} is longer than ${MAX_TEXT} characters`;
  }
  const sameId = row.values.crmId ? seenCrmId.get(row.values.crmId) : undefined;
  if (sameId !== undefined) return `same CRM id as line ${sameId}`;
  const sameEmail = row.values.email ? seenEmail.get(lower(row.values.email)) : undefined;
  if (sameEmail !== undefined) return `same email as line ${sameEmail}`;
  return null;
}

function changesOf(node: PlanNode, row: Row): NonNullable<PlanPatchInput['updateNodes']>[number] | null {
  const data: Record<string, string> = {};
  for (const field of DATA_FIELDS) {
    const value = row.values[field];
    if (value !== '' && value !== text(node, field)) data[field] = value;
  }
  const label = row.name !== '' && row.name !== node.label ? row.name : undefined;
  if (label === undefined && Object.keys(data).length === 0) return null;
  return { id: node.id, ...(label !== undefined ? { label } : {}), ...(Object.keys(data).length > 0 ? { data } : {}) };
}

function placeNewStakeholders(nodes: readonly PlanNode[], parentId: string, created: readonly { id: string; row: Row }[]): NonNullable<PlanPatchInput['upsertNodes']> {
  if (created.length === 0) return [];
  const first = placeNewChildColumn(nodes, parentId, created.length);
  let order = nodes.reduce((max, node) => (node.parentId === parentId && node.order > max ? node.order : max), -1) + 1;
  return created.map(({ id, row }, at) => {
    const data: Record<string, string> = {};
    for (const field of DATA_FIELDS) if (row.values[field] !== '') data[field] = row.values[field];
    const node = { id, kind: 'stakeholder', label: row.name, data, parentId, order, position: { x: first.x, y: first.y + at * (NODE_HEIGHT + VERTICAL_GAP) } };
    order += 1;
    return node;
  });
}

interface Person {
  row: Row;
  planned: PlannedContact;
  nodeId: string;
  touched: boolean;
}

function planReportsTo(
  people: readonly Person[],
  stakeholders: readonly PlanNode[],
  edges: readonly PlanEdge[],
  byCrmId: ReadonlyMap<string, PlanNode>,
  byEmail: ReadonlyMap<string, PlanNode>,
  byName: ReadonlyMap<string, PlanNode[]>,
  newId: () => string,
): { upsertEdges: NonNullable<PlanPatchInput['upsertEdges']>; deleteEdges: string[]; problems: { line: number; reason: string }[]; unresolved: { line: number; manager: string }[] } {
  const fileCrmId = new Map<string, string>();
  const fileEmail = new Map<string, string>();
  const fileName = new Map<string, string[]>();
  for (const person of people) {
    if (person.row.values.crmId) fileCrmId.set(person.row.values.crmId, person.nodeId);
    if (person.row.values.email) fileEmail.set(lower(person.row.values.email), person.nodeId);
    const name = lower(person.row.name);
    fileName.set(name, [...(fileName.get(name) ?? []), person.nodeId]);
  }
  const ids = new Set(stakeholders.map((node) => node.id));
  const names = new Map<string, string>(stakeholders.map((node) => [node.id, node.label]));
  for (const person of people) names.set(person.nodeId, person.row.name);
  const managers = new Map<string, Set<string>>();
  const edgesFrom = new Map<string, PlanEdge[]>();
  for (const edge of edges) {
    if (edge.kind !== 'reportsTo') continue;
    (managers.get(edge.source) ?? managers.set(edge.source, new Set()).get(edge.source)!).add(edge.target);
    (edgesFrom.get(edge.source) ?? edgesFrom.set(edge.source, []).get(edge.source)!).push(edge);
  }
  const upsertEdges: NonNullable<PlanPatchInput['upsertEdges']> = [];
  const deleteEdges: string[] = [];
  const problems: { line: number; reason: string }[] = [];
  const unresolved: { line: number; manager: string }[] = [];

  const resolve = (row: Row): string | 'ambiguous' | null => {
    if (row.managerId) {
      const found = fileCrmId.get(row.managerId) ?? byCrmId.get(row.managerId)?.id;
      if (found) return found;
    }
    if (row.managerEmail) {
      const email = lower(row.managerEmail);
      const found = fileEmail.get(email) ?? byEmail.get(email)?.id;
      if (found) return found;
    }
    if (row.managerName) {
      const name = lower(row.managerName);
      const inFile = fileName.get(name) ?? [];
      const inPlan = (byName.get(name) ?? []).map((node) => node.id).filter((id) => !inFile.includes(id));
      const candidates = [...new Set([...inFile, ...inPlan])];
      if (candidates.length === 1) return candidates[0]!;
      if (candidates.length > 1) return 'ambiguous';
    }
    return null;
  };

  const reaches = (from: string, to: string): boolean => {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current === to) return true;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const next of managers.get(current) ?? []) stack.push(next);
    }
    return false;
  };

  for (const person of people) {
    const written = person.planned.manager;
    if (!person.touched || written === '') continue;
    const manager = resolve(person.row);
    if (manager === null || manager === 'ambiguous') {
      unresolved.push({ line: person.row.line, manager: manager === 'ambiguous' ? `${written} (several people have this name)` : written });
      continue;
    }
    const current = managers.get(person.nodeId);
    if (current?.has(manager)) {
      person.planned.managerLabel = names.get(manager) ?? written;
      continue;
    }
    if (manager === person.nodeId || reaches(manager, person.nodeId)) {
      const reason = `${person.row.name} cannot report to ${written}: that would make a reporting cycle`;
      problems.push({ line: person.row.line, reason });
      person.planned.reason = person.planned.reason ? `${person.planned.reason}; ${reason}` : reason;
      continue;
    }
    if (ids.has(person.nodeId)) {
      for (const edge of edgesFrom.get(person.nodeId) ?? []) deleteEdges.push(edge.id);
    }
    person.planned.managerLabel = names.get(manager) ?? written;
    managers.set(person.nodeId, new Set([manager]));
    upsertEdges.push({ id: newId(), kind: 'reportsTo', source: person.nodeId, target: manager, data: {} });
  }
  return { upsertEdges, deleteEdges, problems, unresolved };
}

function sizeRefusal(planNodes: number, created: number, updated: number, edgeChanges: number): string | null {
  if (planNodes + created > MAX_PLAN_NODES) {
    return `The import would give the plan ${(planNodes + created).toLocaleString('en-US')} nodes; a plan holds at most ${MAX_PLAN_NODES.toLocaleString('en-US')}: import fewer contacts (for example one account).`;
  }
  if (created > MAX_PATCH_NODES || updated > MAX_PATCH_NODES || edgeChanges > MAX_PATCH_EDGES) {
    return `The import changes more than one change may hold (${MAX_PATCH_NODES.toLocaleString('en-US')} stakeholders); import fewer contacts.`;
  }
  return null;
}
