import { TIER_CRITERIA, TIER_OPTIONS } from '../../../shared/account.ts';
import { ACCOUNT_FIELD_VISIBILITY } from '../../../shared/account.ts';
import { edgeKindOf } from '../../../shared/edges.ts';
import { customerView } from '../../../shared/document/editions.ts';
import { fieldText, formatDate, formatMoney, formatPercent, formatPeriod } from '../../../shared/document/format.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import type { GoalBuildEntry } from '../../../shared/document/outlineTypes.ts';
import type { FieldSpec } from '../../../shared/kinds/fields.ts';
import { kindOf } from '../../../shared/kinds/index.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import { PLAN_FIELD_VISIBILITY, PLAN_STATUS_OPTIONS } from '../../../shared/plan.ts';

/** A value the customer edition must not contain, and where it comes from. */
export interface ForbiddenValue {
  text: string;
  source: string;
}

/** A value left out of the scan, with the reason. */
export interface SkippedValue extends ForbiddenValue {
  reason: string;
}

/** Values shorter than this ("3", "0%") cannot be told apart from ordinary text. */
const MIN_LENGTH = 3;
/** Long texts are also looked for by their first words, so a text a PDF table wraps across lines is still found. */
const LEAD_WORDS = 5;

/** Whitespace collapsed to single spaces (non-breaking spaces included), as every reader's text is compared. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `needle` occurs in `haystack` as whole words ("6 Mar 2027" is not in "26 Mar 2027", "Low" not in "Lower"). */
export function containsWords(haystack: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/** The formatted value of a field as documents print it, or null when the field is empty. */
function printed(field: FieldSpec, value: unknown, currency: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (field.type === 'boolean') return null; // "Yes"/"No" say nothing on their own.
  return fieldText(field, value, currency);
}

/** Formats each account field as the documents do. */
const ACCOUNT_TEXT = {
  name: (account) => [account.name],
  industry: (account) => [account.industry],
  website: (account) => [account.website],
  revenue: (account) => [formatMoney(account.revenue, account.revenueCurrency)],
  revenueCurrency: () => [],
  tier: (account) => [TIER_OPTIONS.find((option) => option.value === account.tier)?.label ?? account.tier],
  tierCriteria: (account) => account.tierCriteria.map((value) => TIER_CRITERIA.find((option) => option.value === value)?.label ?? value),
  accountManager: (account) => [account.accountManager],
  renewalDate: (account) => [formatDate(account.renewalDate)],
  notes: (account) => [account.notes],
} satisfies Record<keyof typeof ACCOUNT_FIELD_VISIBILITY, (account: PlanDocument['account']) => string[]>;

/** Formats each plan field as the documents do. */
const PLAN_TEXT = {
  title: (plan) => [plan.title],
  periodStart: (plan) => [formatPeriod(plan.periodStart, plan.periodEnd)],
  periodEnd: (plan) => [formatPeriod(plan.periodStart, plan.periodEnd)],
  growthTarget: (plan) => (plan.growthTarget === null ? [] : [formatMoney(plan.growthTarget, plan.currency)]),
  currency: () => [],
  status: (plan) => [PLAN_STATUS_OPTIONS.find((option) => option.value === plan.status)?.label ?? plan.status],
} satisfies Record<keyof typeof PLAN_FIELD_VISIBILITY, (plan: PlanDocument['plan']) => string[]>;

/** Every customer-visible text of the customer view: labels and shared fields, formatted as documents print them. */
function visibleTexts(view: PlanDocument): string[] {
  const currency = view.plan.currency;
  const out: string[] = [];
  for (const [key, visibility] of Object.entries(ACCOUNT_FIELD_VISIBILITY)) {
    if (visibility === 'shared') out.push(...ACCOUNT_TEXT[key as keyof typeof ACCOUNT_TEXT](view.account));
  }
  for (const [key, visibility] of Object.entries(PLAN_FIELD_VISIBILITY)) {
    if (visibility === 'shared') out.push(...PLAN_TEXT[key as keyof typeof PLAN_TEXT](view.plan));
  }
  for (const node of view.nodes) {
    // Documents name the kind of each item on the map ("Fleet emissions dashboard pilot (Opportunity)").
    out.push(node.label, kindOf(node.kind).label);
    for (const field of kindOf(node.kind).fields) {
      if (field.internal) continue;
      const text = printed(field, (node.data as Record<string, unknown>)[field.key], currency);
      if (text) out.push(text);
    }
  }
  for (const edge of view.edges) {
    for (const field of edgeKindOf(edge.kind).fields) {
      if (field.internal) continue;
      const text = printed(field, edge.data[field.key], currency);
      if (text) out.push(text);
    }
  }
  return out.map(normaliseText).filter(Boolean);
}

function goalEntries(entries: readonly GoalBuildEntry[]): GoalBuildEntry[] {
  return entries.flatMap((entry) => [entry, ...goalEntries(entry.components)]);
}

/** Every value of every internal field and item, formatted as documents print it (before any skipping). */
function candidates(document: PlanDocument, today: string): ForbiddenValue[] {
  const currency = document.plan.currency;
  const view = customerView(document);
  const kept = new Set(view.nodes.map((node) => node.id));
  const out: ForbiddenValue[] = [];
  const add = (text: string | null, source: string) => {
    if (text) out.push({ text: normaliseText(text), source });
  };

  for (const node of document.nodes) {
    const definition = kindOf(node.kind);
    const whole = !kept.has(node.id);
    if (whole) add(node.label, `${definition.label} "${node.label}" (internal item)`);
    for (const field of definition.fields) {
      if (!whole && !field.internal) continue;
      add(printed(field, (node.data as Record<string, unknown>)[field.key], currency), `${definition.label} "${node.label}": ${field.label}`);
    }
  }
  const labelOf = new Map(document.nodes.map((node) => [node.id, node.label] as const));
  for (const edge of document.edges) {
    // An internal relation between two items the customer sees, as documents print it ("Lena Fischer influences Sam Ortiz").
    if (edgeKindOf(edge.kind).internal && kept.has(edge.source) && kept.has(edge.target)) {
      add(`${labelOf.get(edge.source)} ${edgeKindOf(edge.kind).label} ${labelOf.get(edge.target)}`, `${edge.kind} relation`);
    }
    for (const field of edgeKindOf(edge.kind).fields) {
      if (field.internal) add(printed(field, edge.data[field.key], currency), `${edge.kind} relation: ${field.label}`);
    }
  }
  for (const [key, visibility] of Object.entries(ACCOUNT_FIELD_VISIBILITY)) {
    if (visibility === 'internal') for (const text of ACCOUNT_TEXT[key as keyof typeof ACCOUNT_TEXT](document.account)) add(text, `account: ${key}`);
  }
  for (const [key, visibility] of Object.entries(PLAN_FIELD_VISIBILITY)) {
    if (visibility === 'internal') for (const text of PLAN_TEXT[key as keyof typeof PLAN_TEXT](document.plan)) add(text, `plan: ${key}`);
  }

  // The figures the internal edition works out from internal fields: the goal build, weighted values, progress.
  const internal = planOutline(document, { edition: 'internal', today });
  const money = (value: number | null) => (value === null ? null : formatMoney(Math.abs(value), currency));
  for (const entry of goalEntries(internal.goals.goals)) {
    const about = `goal build of "${entry.node.label}"`;
    add(money(entry.target), `${about}: target`);
    if (entry.build !== null) add(money(entry.build), `${about}: build`);
    if (entry.share !== null) add(formatPercent(entry.share), `${about}: share of target`);
    if (entry.gap) add(money(entry.gap), `${about}: gap`);
  }
  add(money(internal.goals.planBuild), "the plan's goal build");
  if (internal.goals.planGap) add(money(internal.goals.planGap), "the plan's gap to the growth target");
  for (const group of internal.goals.opportunityGroups) {
    for (const entry of group.entries) add(money(entry.weighted), `opportunity "${entry.node.label}": weighted value`);
    if (group.entries.length > 0) {
      add(money(group.total), `${group.title} opportunities: total`);
      add(money(group.weightedTotal), `${group.title} opportunities: weighted total`);
    }
  }
  for (const goal of internal.dashboard.goalProgress) {
    add(money(goal.achieved), `goal progress of "${goal.name}": achieved`);
    add(formatPercent(goal.percent), `goal progress of "${goal.name}": progress`);
  }

  // A long text is also looked for by its first words.
  for (const value of [...out]) {
    const words = value.text.split(' ');
    if (words.length > LEAD_WORDS * 2) out.push({ text: words.slice(0, LEAD_WORDS).join(' '), source: `${value.source} (first words)` });
  }
  return out;
}

/**
 * The values the customer edition of `document` must not contain, derived from the field specs, the visibility
 * declarations of the account and plan, the item flags and the internal edition's figures, so the list follows
 * the specs and the data. Values too short to tell apart, or that the customer edition also shows as the text of a
 * visible item or field (a buying role "Executive sponsor" that is also a team member's function), are skipped,
 * each with its reason.
 */
export function forbiddenValues(document: PlanDocument, today: string): { forbidden: ForbiddenValue[]; skipped: SkippedValue[] } {
  const visible = visibleTexts(customerView(document));
  const forbidden: ForbiddenValue[] = [];
  const skipped: SkippedValue[] = [];
  const seen = new Set<string>();
  for (const value of candidates(document, today)) {
    if (seen.has(value.text)) continue;
    seen.add(value.text);
    if (value.text.length < MIN_LENGTH) {
      skipped.push({ ...value, reason: `shorter than ${MIN_LENGTH} characters` });
      continue;
    }
    const shown = visible.find((text) => containsWords(text, value.text));
    if (shown !== undefined) skipped.push({ ...value, reason: `also in the customer-visible text "${shown}"` });
    else forbidden.push(value);
  }
  return { forbidden, skipped };
}

/** The forbidden values found in a text. */
export function leaksIn(text: string, forbidden: readonly ForbiddenValue[]): ForbiddenValue[] {
  const haystack = normaliseText(text);
  return forbidden.filter((value) => containsWords(haystack, value.text));
}

/**
 * Every value of the full plan (strings of 4+ characters, numbers of 1,000+) that its customer view does not hold,
 * ids of hidden items included: what a customer-view participant's traffic must never contain.
 */
export function internalValues(document: PlanDocument): string[] {
  const shown = JSON.stringify(customerView(document));
  const values = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.trim().length >= 4) values.add(value.trim());
    else if (typeof value === 'number' && Math.abs(value) >= 1000) values.add(String(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect({ account: document.account, plan: document.plan, nodes: document.nodes, edges: document.edges });
  return [...values].filter((value) => !shown.includes(value));
}
