import { kindOf, optionLabel } from '../kinds/index.ts';
import type { NodeKind } from '../kinds/index.ts';
import type { PlanNode } from '../model.ts';

/** Filters that narrow the search to some nodes; an empty list or null means "any". */
export interface PlanFilters {
  kinds: readonly NodeKind[];
  /** An action's or dependency's owner, compared without case or accents. */
  owner: string | null;
  /** A stakeholder's buying role (stored value, e.g. "economic-buyer"). */
  buyingRole: string | null;
  /** A stakeholder's support (stored value, e.g. "enemy"). */
  support: string | null;
  /** An action's or dependency's status (stored value, e.g. "blocked"). */
  status: string | null;
}

/** What the person typed and chose in the search box. */
export interface PlanSearchQuery {
  text: string;
  filters: PlanFilters;
}

/** No filter at all. */
export const NO_FILTERS: PlanFilters = { kinds: [], owner: null, buyingRole: null, support: null, status: null };

/** One node that matches, with where the text was found when it was not in its label. */
export interface SearchHit {
  nodeId: string;
  kind: NodeKind;
  label: string;
  /** E.g. "Job title: Chief Financial Officer" when the words matched a field; null for the label or filters only. */
  foundIn: string | null;
}

/** The outcome of a search over a plan. */
export interface PlanSearchResult {
  /** False when nothing is typed and no filter is set: nothing is dimmed then. */
  active: boolean;
  /** The matching nodes, in the order they were given (outline order). */
  hits: readonly SearchHit[];
  /** Ids of the matching nodes; every other node is dimmed while the search is active. */
  matched: ReadonlySet<string>;
}

/** Text compared without case and without accents ("Zoë" matches "zoe"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface SearchableField {
  /** The field's label as people read it; null for the node's own label. */
  name: string | null;
  value: string;
  folded: string;
}

// Nodes are immutable records replaced on every change, so a node's searchable text is worked out once per version.
const textCache = new WeakMap<PlanNode, readonly SearchableField[]>();

/** The text of a node that search reads: its label, its text fields, and the words of its chosen options (not "unknown"). */
export function searchableText(node: PlanNode): readonly SearchableField[] {
  const cached = textCache.get(node);
  if (cached) return cached;
  const fields: SearchableField[] = [{ name: null, value: node.label, folded: foldText(node.label) }];
  const data = node.data as Record<string, unknown>;
  for (const field of kindOf(node.kind).fields) {
    const raw = data[field.key];
    let value = '';
    if (field.type === 'text' && typeof raw === 'string') value = raw;
    else if (field.type === 'select' && typeof raw === 'string' && raw !== 'unknown') value = optionLabel(field, raw);
    if (value.trim() !== '') fields.push({ name: field.label, value, folded: foldText(value) });
  }
  textCache.set(node, fields);
  return fields;
}

function fieldValue(node: PlanNode, key: string): string | null {
  if (!kindOf(node.kind).field(key)) return null;
  const value = (node.data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** True when a node passes every filter that is set (a node without the filtered field does not). */
export function passesFilters(node: PlanNode, filters: PlanFilters): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
  if (filters.owner !== null) {
    const owner = fieldValue(node, 'owner');
    if (owner === null || foldText(owner.trim()) !== foldText(filters.owner.trim())) return false;
  }
  for (const key of ['buyingRole', 'support', 'status'] as const) {
    const wanted = filters[key];
    if (wanted !== null && fieldValue(node, key) !== wanted) return false;
  }
  return true;
}

/** True when the query asks for anything (some text or a filter). */
export function isSearchActive(query: PlanSearchQuery): boolean {
  const { filters } = query;
  return (
    query.text.trim() !== '' ||
    filters.kinds.length > 0 ||
    filters.owner !== null ||
    filters.buyingRole !== null ||
    filters.support !== null ||
    filters.status !== null
  );
}

function excerpt(field: SearchableField): string | null {
  if (field.name === null) return null;
  const value = field.value.replace(/\s+/g, ' ').trim();
  return `${field.name}: ${value.length > 80 ? `${value.slice(0, 79)}…` : value}`;
}

/**
 * Searches a plan: a node matches when it passes the filters and every word typed appears somewhere in its text
 * (label or fields, without case or accents). Hits come in the order the nodes are given (pass outline order).
 */
export function searchPlan(nodes: readonly PlanNode[], query: PlanSearchQuery): PlanSearchResult {
  if (!isSearchActive(query)) return { active: false, hits: [], matched: new Set() };
  const words = foldText(query.text).split(/\s+/).filter((word) => word !== '');
  const hits: SearchHit[] = [];
  const matched = new Set<string>();
  for (const node of nodes) {
    if (!passesFilters(node, query.filters)) continue;
    let foundIn: string | null = null;
    if (words.length > 0) {
      const fields = searchableText(node);
      let all = true;
      // Each word is looked for in the label first, so a field is named only when the label alone does not match.
      for (const word of words) {
        const field = fields.find((candidate) => candidate.folded.includes(word));
        if (!field) {
          all = false;
          break;
        }
        foundIn ??= excerpt(field);
      }
      if (!all) continue;
    }
    hits.push({ nodeId: node.id, kind: node.kind, label: node.label, foundIn });
    matched.add(node.id);
  }
  return { active: true, hits, matched };
}

/** One choice of a filter: stored value and the words shown. */
export interface FilterChoice {
  value: string;
  label: string;
}

/** The choices each filter offers for a plan: the kinds present, the owners named, the roles, supports and statuses in use. */
export interface FilterChoices {
  kinds: FilterChoice[];
  owners: FilterChoice[];
  buyingRoles: FilterChoice[];
  supports: FilterChoice[];
  statuses: FilterChoice[];
}

/** Works out the filter choices from the plan's nodes, each list in first-seen order (kinds in the order given). */
export function filterChoices(nodes: readonly PlanNode[]): FilterChoices {
  const lists = { kinds: new Map<string, string>(), owners: new Map<string, string>(), buyingRoles: new Map<string, string>(), supports: new Map<string, string>(), statuses: new Map<string, string>() };
  for (const node of nodes) {
    const definition = kindOf(node.kind);
    if (!lists.kinds.has(node.kind)) lists.kinds.set(node.kind, definition.label);
    const owner = fieldValue(node, 'owner')?.trim();
    if (owner && !lists.owners.has(foldText(owner))) lists.owners.set(foldText(owner), owner);
    const pick = (key: string, into: Map<string, string>) => {
      const value = fieldValue(node, key);
      if (value !== null && !into.has(value)) into.set(value, optionLabel(definition.field(key), value));
    };
    pick('buyingRole', lists.buyingRoles);
    pick('support', lists.supports);
    pick('status', lists.statuses);
  }
  const asChoices = (map: Map<string, string>) => [...map].map(([value, label]) => ({ value, label }));
  // Owners are matched by their folded text, but chosen by the words as typed.
  return {
    kinds: asChoices(lists.kinds),
    owners: [...lists.owners.values()].map((owner) => ({ value: owner, label: owner })),
    buyingRoles: asChoices(lists.buyingRoles),
    supports: asChoices(lists.supports),
    statuses: asChoices(lists.statuses),
  };
}
