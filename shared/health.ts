import { indexPlan } from './document/planIndex.ts';
import type { PlanIndex } from './document/planIndex.ts';
import type { PlanDocument, PlanNode, PlanNodeOf } from './model.ts';
import { horizonEnd, isOutsideHorizon, isOverdue } from './rules/actions.ts';
import { STALE_CONTACT_DAYS, isStaleContact } from './rules/contacts.ts';
import { relationshipLabel, relationshipRank } from './rules/coverage.ts';
import { goalBuild } from './rules/goalBuild.ts';
import { MILESTONE_RUN_UP_DAYS, milestoneStatus } from './rules/milestoneStatus.ts';
import { SUPPORT_SCORE } from './kinds/stakeholder.ts';

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
  | 'uncovered-detractor'
  | 'economic-buyer-under-covered'
  | 'single-threaded'
  | 'unknown-key-person'
  | 'placeholder-stakeholder'
  | 'unaddressed-need'
  | 'goal-without-actions'
  | 'overdue-action'
  | 'action-outside-horizon'
  | 'goal-build-gap'
  | 'stale-contact'
  | 'milestone-missed'
  | 'milestone-behind';

export { STALE_CONTACT_DAYS } from './rules/contacts.ts';

type Check = (index: PlanIndex, today: string) => HealthFinding[];

const stakeholders = (index: PlanIndex) => index.ofKind('stakeholder');
const isCovered = (index: PlanIndex, id: string) => index.incoming(id, 'covers').length > 0;
const ids = (nodes: readonly PlanNode[]) => nodes.map((node) => node.id);
const isOpponent = (node: PlanNodeOf<'stakeholder'>) => node.data.buyingRole === 'blocker' || node.data.support === 'enemy';
/** The level the economic buyer should at least be covered at. */
const ECONOMIC_BUYER_LEVEL = 'problem-solver';
const names = (nodes: readonly PlanNode[]) => nodes.map((node) => node.label || 'Unnamed').join(', ');

const amount = (value: number) => value.toLocaleString('en-US');

/** "100,000 short of", "50,000 over" or "exactly", for a gap from the goal build. */
function gapWords(gap: number): string {
  return gap > 0 ? `${amount(gap)} short of` : `${amount(-gap)} over`;
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
    const opponents = stakeholders(index).filter((node) => isOpponent(node) && !isCovered(index, node.id));
    return opponents.map((node) => ({
      check: 'uncovered-opponent' as const,
      severity: 'high' as const,
      message: `${node.label || 'A stakeholder'} is a blocker or enemy and nobody on our team covers them.`,
      nodeIds: [node.id],
    }));
  },
  (index) =>
    // Blockers and enemies are reported by the check above; this one finds the other high-influence detractors.
    stakeholders(index)
      .filter((node) => node.data.influence === 'high' && (SUPPORT_SCORE[node.data.support] ?? 0) < 0 && !isOpponent(node) && !isCovered(index, node.id))
      .map((node) => ({
        check: 'uncovered-detractor' as const,
        severity: 'high' as const,
        message: `${node.label || 'A stakeholder'} has high influence and negative support, and nobody on our team covers them.`,
        nodeIds: [node.id],
      })),
  (index) =>
    stakeholders(index)
      .filter((node) => node.data.buyingRole === 'economic-buyer')
      .flatMap((node) => {
        const levels = index.incoming(node.id, 'covers').map((edge) => String(edge.data.strength ?? 'unknown'));
        if (levels.length === 0) return [];
        const best = levels.reduce((top, level) => (relationshipRank(level) > relationshipRank(top) ? level : top));
        if (relationshipRank(best) >= relationshipRank(ECONOMIC_BUYER_LEVEL)) return [];
        const reach = relationshipRank(best) === 0 ? 'at a level not yet assessed' : `only as ${relationshipLabel(best).toLowerCase()}`;
        return [
          {
            check: 'economic-buyer-under-covered' as const,
            severity: 'medium' as const,
            message: `The economic buyer${node.label ? ` ${node.label}` : ''} is covered ${reach}: aim for problem solver or better.`,
            nodeIds: [node.id],
          },
        ];
      }),
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
  (index) => {
    const placeholders = stakeholders(index).filter((node) => node.data.placeholder);
    return placeholders.length === 0
      ? []
      : [
          {
            check: 'placeholder-stakeholder',
            severity: 'medium',
            message: `Still unknown, find out who holds these roles: ${names(placeholders)}.`,
            nodeIds: ids(placeholders),
          },
        ];
  },
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
    const overdue = index.ofKind('action').filter((node) => isOverdue(node.data, today));
    return overdue.map((node) => ({
      check: 'overdue-action' as const,
      severity: 'medium' as const,
      message: `Overdue: "${node.label}" was due ${node.data.dueDate}${node.data.owner ? ` (${node.data.owner})` : ''}.`,
      nodeIds: [node.id],
    }));
  },
  (index, today) =>
    index
      .ofKind('action')
      .filter((node) => isOutsideHorizon(node.data, today))
      .map((node) => ({
        check: 'action-outside-horizon' as const,
        severity: 'low' as const,
        message: `Outside its horizon: "${node.label}" is due ${node.data.dueDate}, after the ${node.data.horizon === '90-days' ? 'next 90 days' : 'next 12 months'} it is filed under (they end ${horizonEnd(node.data.horizon, today)}).`,
        nodeIds: [node.id],
      })),
  (index) => {
    const findings: HealthFinding[] = [];
    const { goals, plan } = goalBuild(index.tree, index.document.plan.growthTarget);
    for (const goal of index.ofKind('goal')) {
      const figure = goals.get(goal.id)!;
      if (figure.gap === null || figure.build === null || figure.target === null || figure.gap === 0) continue;
      findings.push({
        check: 'goal-build-gap',
        severity: 'high',
        message: `The goal build of "${goal.label}" adds up to ${amount(figure.build)}, ${gapWords(figure.gap)} its target of ${amount(figure.target)}.`,
        nodeIds: [goal.id, ...figure.subGoalIds],
      });
    }
    if (plan.gap !== null && plan.build !== null && plan.growthTarget !== null && plan.gap !== 0) {
      findings.push({
        check: 'goal-build-gap',
        severity: 'high',
        message: `The goals add up to ${amount(plan.build)}, ${gapWords(plan.gap)} the plan's growth target of ${amount(plan.growthTarget)}.`,
        nodeIds: plan.topGoalIds,
      });
    }
    return findings;
  },
  (index, today) => {
    const stale = stakeholders(index).filter((node) => isStaleContact(node.data.lastContact, today));
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
    index.ofKind('milestone').flatMap((node): HealthFinding[] => {
      const status = milestoneStatus(node.data, today);
      const progress = `${node.data.actual ?? 'no actual'} of ${node.data.target}`;
      if (status === 'missed') {
        return [{ check: 'milestone-missed', severity: 'medium', message: `Milestone missed: "${node.label}" was due ${node.data.dueDate} and stands at ${progress}.`, nodeIds: [node.id] }];
      }
      if (status === 'behind') {
        return [{ check: 'milestone-behind', severity: 'medium', message: `Milestone behind target: "${node.label}" (${progress}) is due ${node.data.dueDate}, within ${MILESTONE_RUN_UP_DAYS} days.`, nodeIds: [node.id] }];
      }
      return [];
    }),
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
