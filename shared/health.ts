import { indexPlan } from './document/planIndex.ts';
import type { PlanIndex } from './document/planIndex.ts';
import { isOverdue } from './document/sections/actions.ts';
import { milestoneStatus } from './document/sections/dashboard.ts';
import type { PlanDocument, PlanNode } from './model.ts';

/** How much a finding matters. */
export type FindingSeverity = 'high' | 'medium' | 'low';

/** One red flag found in a plan, with the nodes it is about. */
export interface HealthFinding {
  /** Which check found it (stable, for tests and filtering). */
  check: HealthCheckId;
  severity: FindingSeverity;
  /** One sentence in the planner's words. */
  message: string;
  nodeIds: string[];
}

/** Ids of the checks, in the order they are reported. */
export type HealthCheckId =
  | 'no-economic-buyer'
  | 'economic-buyer-not-met'
  | 'no-coach'
  | 'uncovered-opponent'
  | 'single-threaded'
  | 'unknown-key-person'
  | 'unaddressed-need'
  | 'goal-without-actions'
  | 'overdue-action'
  | 'goal-build-gap'
  | 'stale-contact'
  | 'milestone-behind';

/** Days after which a contact counts as not touched. */
export const STALE_CONTACT_DAYS = 90;

type Check = (index: PlanIndex, today: string) => HealthFinding[];

const stakeholders = (index: PlanIndex) => index.ofKind('stakeholder');
const isCovered = (index: PlanIndex, id: string) => index.incoming(id, 'covers').length > 0;
const ids = (nodes: readonly PlanNode[]) => nodes.map((node) => node.id);
const names = (nodes: readonly PlanNode[]) => nodes.map((node) => node.label || 'Unnamed').join(', ');

function daysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const checks: readonly Check[] = [
  (index) => {
    if (stakeholders(index).length === 0) return [];
    const buyers = stakeholders(index).filter((node) => node.data.buyingRole === 'economic-buyer');
    return buyers.length > 0
      ? []
      : [{ check: 'no-economic-buyer', severity: 'high', message: 'No economic buyer identified: who releases the money?', nodeIds: [] }];
  },
  (index) => {
    const unmet = stakeholders(index).filter(
      (node) =>
        node.data.buyingRole === 'economic-buyer' &&
        (node.data.lastContact === null || node.data.coverage === 'no-contact' || node.data.coverage === 'unknown') &&
        !isCovered(index, node.id),
    );
    return unmet.length === 0
      ? []
      : [{ check: 'economic-buyer-not-met', severity: 'high', message: `Economic buyer not met yet: ${names(unmet)}.`, nodeIds: ids(unmet) }];
  },
  (index) => {
    if (stakeholders(index).length === 0) return [];
    const coaches = stakeholders(index).filter((node) => node.data.buyingRole === 'coach' || node.data.buyingRole === 'champion');
    return coaches.length > 0
      ? []
      : [{ check: 'no-coach', severity: 'high', message: 'No coach or champion: nobody guides us or sells for us inside.', nodeIds: [] }];
  },
  (index) => {
    const opponents = stakeholders(index).filter(
      (node) => (node.data.buyingRole === 'blocker' || node.data.support === 'enemy') && !isCovered(index, node.id),
    );
    return opponents.map((node) => ({
      check: 'uncovered-opponent' as const,
      severity: 'high' as const,
      message: `${node.label || 'A stakeholder'} is a blocker or enemy and nobody on our team covers them.`,
      nodeIds: [node.id],
    }));
  },
  (index) => {
    const people = stakeholders(index);
    if (people.length < 2) return [];
    const covered = people.filter((node) => isCovered(index, node.id));
    return covered.length <= 1
      ? [
          {
            check: 'single-threaded',
            severity: 'high',
            message:
              covered.length === 1
                ? `Single-threaded: the whole relationship hangs on ${covered[0]?.label || 'one contact'}.`
                : 'Nobody on our team covers any stakeholder yet.',
            nodeIds: ids(covered),
          },
        ]
      : [];
  },
  (index) =>
    stakeholders(index)
      .filter((node) => node.data.influence === 'high' && (node.data.buyingRole === 'unknown' || node.data.support === 'unknown'))
      .map((node) => ({
        check: 'unknown-key-person' as const,
        severity: 'medium' as const,
        message: `${node.label || 'A key person'} has high influence but an unknown ${node.data.buyingRole === 'unknown' ? 'buying role' : 'attitude'}.`,
        nodeIds: [node.id],
      })),
  (index) =>
    index
      .ofKind('need')
      .filter((node) => index.incoming(node.id, 'addresses').length === 0)
      .map((node) => ({
        check: 'unaddressed-need' as const,
        severity: 'medium' as const,
        message: `No goal or opportunity addresses the need "${node.label}".`,
        nodeIds: [node.id],
      })),
  (index) => {
    const committed = (action: PlanNode) =>
      action.kind === 'action' && action.data.owner.trim() !== '' && action.data.dueDate !== null;
    return index
      .ofKind('goal')
      .filter((goal) => !index.children(goal.id).some((child) => child.kind === 'goal'))
      .filter((goal) => {
        const serving = new Set<string>();
        const collect = (id: string) => {
          for (const edge of index.incoming(id, 'achieves')) serving.add(edge.source);
          for (const child of index.children(id)) if (child.kind === 'action') serving.add(child.id);
        };
        collect(goal.id);
        for (const child of index.children(goal.id)) if (child.kind === 'opportunity') collect(child.id);
        const actions = [...serving].map((id) => index.node(id)).filter((node): node is PlanNode => node !== undefined);
        return actions.filter(committed).length < 2;
      })
      .map((goal) => ({
        check: 'goal-without-actions' as const,
        severity: 'medium' as const,
        message: `"${goal.label}" has fewer than two actions with an owner and a due date.`,
        nodeIds: [goal.id],
      }));
  },
  (index, today) => {
    const overdue = index.ofKind('action').filter((node) => isOverdue(node.data.dueDate, node.data.status, today));
    return overdue.map((node) => ({
      check: 'overdue-action' as const,
      severity: 'medium' as const,
      message: `Overdue: "${node.label}" was due ${node.data.dueDate}${node.data.owner ? ` (${node.data.owner})` : ''}.`,
      nodeIds: [node.id],
    }));
  },
  (index) => {
    const findings: HealthFinding[] = [];
    const target = (node: PlanNode) => (node.kind === 'goal' ? node.data.target : null);
    for (const goal of index.ofKind('goal')) {
      const components = index.children(goal.id).filter((child) => child.kind === 'goal');
      if (components.length === 0 || goal.data.target === null) continue;
      const sum = components.reduce((total, child) => total + (target(child) ?? 0), 0);
      if (Math.abs(sum - goal.data.target) > 0.005) {
        findings.push({
          check: 'goal-build-gap',
          severity: 'high',
          message: `The goal build of "${goal.label}" adds up to ${sum.toLocaleString('en-US')}, not its target of ${goal.data.target.toLocaleString('en-US')}.`,
          nodeIds: [goal.id, ...ids(components)],
        });
      }
    }
    const growthTarget = index.document.plan.growthTarget;
    const topGoals = index.ofKind('goal').filter((goal) => !index.ancestor(goal.id, (node) => node.kind === 'goal'));
    if (growthTarget !== null && topGoals.length > 0) {
      const sum = topGoals.reduce((total, goal) => total + (goal.data.target ?? 0), 0);
      if (Math.abs(sum - growthTarget) > 0.005) {
        findings.push({
          check: 'goal-build-gap',
          severity: 'high',
          message: `The goals add up to ${sum.toLocaleString('en-US')}, not the plan's growth target of ${growthTarget.toLocaleString('en-US')}.`,
          nodeIds: ids(topGoals),
        });
      }
    }
    return findings;
  },
  (index, today) => {
    const cutoff = daysBefore(today, STALE_CONTACT_DAYS);
    const stale = stakeholders(index).filter((node) => node.data.lastContact !== null && node.data.lastContact < cutoff);
    return stale.length === 0
      ? []
      : [
          {
            check: 'stale-contact',
            severity: 'low',
            message: `Not contacted in ${STALE_CONTACT_DAYS} days: ${names(stale)}.`,
            nodeIds: ids(stale),
          },
        ];
  },
  (index, today) =>
    index
      .ofKind('milestone')
      .filter((node) => milestoneStatus(node, today) === 'behind')
      .map((node) => ({
        check: 'milestone-behind' as const,
        severity: 'medium' as const,
        message: `Milestone behind target: "${node.label}" (${node.data.actual ?? 'no actual'} of ${node.data.target}).`,
        nodeIds: [node.id],
      })),
];

const SEVERITY_RANK: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Runs every red-flag check over a plan on `today` (YYYY-MM-DD); most severe first. */
export function planHealth(document: PlanDocument, today: string): HealthFinding[] {
  const index = indexPlan(document);
  return checks
    .flatMap((check) => check(index, today))
    .map((finding, position) => ({ finding, position }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.position - b.position)
    .map(({ finding }) => finding);
}
