import { indexPlan } from './document/planIndex.ts';
import type { PlanIndex } from './document/planIndex.ts';
import { planHealth } from './health.ts';
import type { HealthCheckId, HealthFinding } from './health.ts';
import { HEALTH_WEIGHTS, REVIEW_FRESH_DAYS, overdueLoss } from './healthWeights.ts';
import type { PlanDocument } from './model.ts';
import { daysBetween } from './rules/dates.ts';

/** One rule of the health score: what it is worth, what the plan earns and why. */
export interface HealthRuleResult {
  id: string;
  label: string;
  /** Points the rule is worth. */
  points: number;
  /** Points the plan earns on it now. */
  earned: number;
  /** How the rule is computed and where the plan stands, in the planner's words. */
  explanation: string;
  /** Plan-check checks that explain a loss (shared/health.ts). */
  findings: HealthCheckId[];
  /** Nodes the loss is about; the costliest first where findings differ in cost. */
  nodeIds: string[];
  /** Points one fix adds (fixing the costliest finding of this rule); 0 when nothing is lost. */
  gain: number;
}

/** One part of the score (relationships, needs and goals, actions, freshness). */
export interface HealthPart {
  id: 'relationships' | 'needs-goals' | 'actions' | 'freshness';
  label: string;
  score: number;
  max: number;
  rules: HealthRuleResult[];
}

/** The plan health score 0–100 with its parts. */
export interface HealthScore {
  /** 0–100, an integer. */
  score: number;
  parts: HealthPart[];
}

interface RuleContext {
  index: PlanIndex;
  today: string;
  lastReviewAt: string | null;
  findings: (check: HealthCheckId) => HealthFinding[];
}

const W = HEALTH_WEIGHTS;
const points = (value: number) => `${value} point${value === 1 ? '' : 's'}`;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const nodeIdsOf = (findings: readonly HealthFinding[]) => [...new Set(findings.flatMap((finding) => finding.nodeIds))];

/** A rule worth `worth` that loses `each` per finding: what is earned and what one fix adds. */
function perFinding(worth: number, each: number, count: number): { earned: number; gain: number } {
  const earned = Math.max(0, worth - each * count);
  return { earned, gain: count === 0 ? 0 : Math.max(0, worth - each * (count - 1)) - earned };
}

function rule(
  id: string,
  label: string,
  worth: number,
  earned: number,
  explanation: string,
  extra: Partial<Pick<HealthRuleResult, 'findings' | 'nodeIds' | 'gain'>> = {},
): HealthRuleResult {
  return { id, label, points: worth, earned, explanation, findings: extra.findings ?? [], nodeIds: extra.nodeIds ?? [], gain: extra.gain ?? worth - earned };
}

function relationships(context: RuleContext): HealthRuleResult[] {
  const people = context.index.ofKind('stakeholder');
  const r = W.relationships;
  const none = 'No stakeholders yet: add the buying centre.';
  if (people.length === 0) {
    return [
      rule('economic-buyer-known', 'Economic buyer identified', r.economicBuyerKnown, 0, none),
      rule('economic-buyer-covered', 'Economic buyer met and covered', r.economicBuyerCovered, 0, none),
      rule('coach', 'A coach or champion', r.coach, 0, none),
      rule('multi-threaded', 'More than one thread', r.multiThreaded, 0, none),
      rule('detractors-covered', 'No uncovered detractor with influence', r.detractorsCovered, 0, none),
    ];
  }
  const buyers = people.filter((node) => node.data.buyingRole === 'economic-buyer');
  const known = buyers.length > 0;
  const notMet = context.findings('economic-buyer-not-met');
  const underCovered = context.findings('economic-buyer-under-covered');
  const coveredEarned = !known || notMet.length > 0 ? 0 : underCovered.length > 0 ? r.economicBuyerCovered - r.economicBuyerUnderCoveredLoss : r.economicBuyerCovered;
  const coveredWhy = !known
    ? 'Needs an economic buyer first.'
    : notMet.length > 0
      ? 'The economic buyer is not met yet: nobody covers them and there is no contact.'
      : underCovered.length > 0
        ? `The economic buyer is covered below problem solver: ${points(r.economicBuyerUnderCoveredLoss)} lost.`
        : 'The economic buyer is met and covered at problem solver or better.';
  const coaches = people.filter((node) => node.data.buyingRole === 'coach' || node.data.buyingRole === 'champion');
  const covered = people.filter((node) => context.index.incoming(node.id, 'covers').length > 0);
  const detractors = [...context.findings('uncovered-opponent'), ...context.findings('uncovered-detractor')];
  const detractorScore = perFinding(r.detractorsCovered, r.perUncoveredDetractor, detractors.length);
  return [
    rule(
      'economic-buyer-known',
      'Economic buyer identified',
      r.economicBuyerKnown,
      known ? r.economicBuyerKnown : 0,
      `${points(r.economicBuyerKnown)} when a stakeholder is marked as economic buyer. ${known ? 'One is.' : 'None is: who releases the money?'}`,
      { findings: known ? [] : ['no-economic-buyer'] },
    ),
    rule(
      'economic-buyer-covered',
      'Economic buyer met and covered',
      r.economicBuyerCovered,
      coveredEarned,
      `${points(r.economicBuyerCovered)} when the economic buyer is met and covered at problem solver or better. ${coveredWhy}`,
      {
        findings: [...(notMet.length > 0 ? (['economic-buyer-not-met'] as const) : []), ...(underCovered.length > 0 ? (['economic-buyer-under-covered'] as const) : [])],
        nodeIds: nodeIdsOf([...notMet, ...underCovered]),
        gain: known ? r.economicBuyerCovered - coveredEarned : 0,
      },
    ),
    rule(
      'coach',
      'A coach or champion',
      r.coach,
      coaches.length > 0 ? r.coach : 0,
      `${points(r.coach)} when a stakeholder is a coach or champion. ${coaches.length === 0 ? 'None is: nobody guides us inside.' : coaches.length === 1 ? 'One is.' : `${coaches.length} are.`}`,
      { findings: coaches.length > 0 ? [] : ['no-coach'] },
    ),
    rule(
      'multi-threaded',
      'More than one thread',
      r.multiThreaded,
      covered.length >= 2 ? r.multiThreaded : 0,
      `${points(r.multiThreaded)} when our team covers at least two stakeholders. ${plural(covered.length, 'stakeholder is', 'stakeholders are')} covered.`,
      { findings: covered.length >= 2 || context.findings('single-threaded').length === 0 ? [] : ['single-threaded'], nodeIds: covered.length >= 2 ? [] : covered.map((node) => node.id) },
    ),
    rule(
      'detractors-covered',
      'No uncovered detractor with influence',
      r.detractorsCovered,
      detractorScore.earned,
      `${points(r.detractorsCovered)}, less ${points(r.perUncoveredDetractor)} for each blocker, enemy or high-influence detractor nobody covers. ${detractors.length === 0 ? 'There is none.' : `${detractors.length === 1 ? 'One is' : `${detractors.length} are`} uncovered.`}`,
      {
        findings: [...new Set(detractors.map((finding) => finding.check))],
        nodeIds: nodeIdsOf(detractors),
        gain: detractorScore.gain,
      },
    ),
  ];
}

function needsGoals(context: RuleContext): HealthRuleResult[] {
  const n = W.needsGoals;
  const needs = context.index.ofKind('need');
  const goals = context.index.ofKind('goal');
  const unaddressed = context.findings('unaddressed-need');
  const gaps = context.findings('goal-build-gap');
  const needScore = perFinding(n.needsAddressed, n.perUnaddressedNeed, unaddressed.length);
  const gapScore = perFinding(n.goalBuild, n.perGoalBuildGap, gaps.length);
  return [
    needs.length === 0
      ? rule('needs-addressed', 'Needs addressed', n.needsAddressed, 0, 'No needs yet: add the customer\'s top three to five needs.')
      : rule(
          'needs-addressed',
          'Needs addressed',
          n.needsAddressed,
          needScore.earned,
          `${points(n.needsAddressed)}, less ${points(n.perUnaddressedNeed)} for each need no goal or opportunity addresses. ${unaddressed.length === 0 ? `All ${plural(needs.length, 'need')} are addressed.` : `${plural(unaddressed.length, 'need')} of ${needs.length} unaddressed.`}`,
          { findings: unaddressed.length > 0 ? ['unaddressed-need'] : [], nodeIds: nodeIdsOf(unaddressed), gain: needScore.gain },
        ),
    goals.length === 0
      ? rule('goal-build', 'Goal build adds up', n.goalBuild, 0, 'No goals yet: add the growth objective and its goal build.')
      : rule(
          'goal-build',
          'Goal build adds up',
          n.goalBuild,
          gapScore.earned,
          `${points(n.goalBuild)}, less ${points(n.perGoalBuildGap)} for each goal build that does not add up to its target. ${gaps.length === 0 ? 'Every goal build adds up.' : `${plural(gaps.length, 'does', 'do')} not add up.`}`,
          { findings: gaps.length > 0 ? ['goal-build-gap'] : [], nodeIds: nodeIdsOf(gaps), gain: gapScore.gain },
        ),
  ];
}

function actions(context: RuleContext): HealthRuleResult[] {
  const a = W.actions;
  const all = context.index.ofKind('action');
  if (all.length === 0) {
    const none = 'No actions yet: commit the team to actions with an owner and a date.';
    return [rule('owned-and-dated', 'Actions owned and dated', a.ownedAndDated, 0, none), rule('nothing-overdue', 'Nothing overdue', a.nothingOverdue, 0, none)];
  }
  const uncommitted = all.filter((node) => node.data.status !== 'done' && (node.data.owner.trim() === '' || node.data.dueDate === null));
  const committedScore = perFinding(a.ownedAndDated, a.perUncommittedAction, uncommitted.length);
  const goalsShort = context.findings('goal-without-actions');
  const overdue = context.findings('overdue-action').flatMap((finding) =>
    finding.nodeIds.flatMap((id) => {
      const node = context.index.node(id);
      return node?.kind === 'action' && node.data.dueDate !== null ? [{ id, days: daysBetween(node.data.dueDate, context.today) }] : [];
    }),
  ).sort((x, y) => y.days - x.days);
  const losses = overdue.map((entry) => overdueLoss(entry.days));
  const lost = losses.reduce((sum, loss) => sum + loss, 0);
  const overdueEarned = Math.max(0, a.nothingOverdue - lost);
  const costliest = Math.max(0, ...losses);
  const overdueGain = overdue.length === 0 ? 0 : Math.max(0, a.nothingOverdue - (lost - costliest)) - overdueEarned;
  const steps = a.overdueLoss.map((step, position) =>
    Number.isFinite(step.days) ? `${step.loss} up to ${step.days} days` : `${step.loss} beyond ${a.overdueLoss[position - 1]?.days ?? 0}`,
  );
  return [
    rule(
      'owned-and-dated',
      'Actions owned and dated',
      a.ownedAndDated,
      committedScore.earned,
      `${points(a.ownedAndDated)}, less ${points(a.perUncommittedAction)} for each open action without an owner or a due date. ${uncommitted.length === 0 ? 'Every open action has both.' : `${plural(uncommitted.length, 'open action lacks', 'open actions lack')} one.`}`,
      { findings: uncommitted.length > 0 && goalsShort.length > 0 ? ['goal-without-actions'] : [], nodeIds: uncommitted.map((node) => node.id), gain: committedScore.gain },
    ),
    rule(
      'nothing-overdue',
      'Nothing overdue',
      a.nothingOverdue,
      overdueEarned,
      `${points(a.nothingOverdue)}, less for each overdue action the longer it is overdue (${steps.join(', ')}). ${overdue.length === 0 ? 'Nothing is overdue.' : `${plural(overdue.length, 'action is', 'actions are')} overdue, ${points(lost)} in all.`}`,
      { findings: overdue.length > 0 ? ['overdue-action'] : [], nodeIds: overdue.map((entry) => entry.id), gain: overdueGain },
    ),
  ];
}

function freshness(context: RuleContext): HealthRuleResult[] {
  const f = W.freshness;
  const people = context.index.ofKind('stakeholder');
  const stale = nodeIdsOf(context.findings('stale-contact'));
  const contactScore = perFinding(f.contactsTouched, f.perStaleContact, stale.length);
  const reviewDate = context.lastReviewAt?.slice(0, 10) ?? null;
  const reviewAge = reviewDate === null ? null : daysBetween(reviewDate, context.today);
  const reviewFresh = reviewAge !== null && reviewAge <= REVIEW_FRESH_DAYS;
  return [
    people.length === 0
      ? rule('contacts-touched', 'Contacts touched in 90 days', f.contactsTouched, 0, 'No stakeholders yet: nobody to keep in touch with.')
      : rule(
          'contacts-touched',
          'Contacts touched in 90 days',
          f.contactsTouched,
          contactScore.earned,
          `${points(f.contactsTouched)}, less ${points(f.perStaleContact)} for each stakeholder not contacted in the last 90 days. ${stale.length === 0 ? 'Nobody is left untouched.' : `${plural(stale.length, 'stakeholder is', 'stakeholders are')} not contacted in 90 days.`}`,
          { findings: stale.length > 0 ? ['stale-contact'] : [], nodeIds: stale, gain: contactScore.gain },
        ),
    rule(
      'recent-review',
      'Reviewed in the last 90 days',
      f.recentReview,
      reviewFresh ? f.recentReview : 0,
      `${points(f.recentReview)} when the last review lies within ${REVIEW_FRESH_DAYS} days. ${
        reviewDate === null ? 'The plan has not been reviewed yet: start a review.' : reviewFresh ? `Last reviewed ${reviewDate}.` : `Last reviewed ${reviewDate}, ${reviewAge} days ago.`
      }`,
    ),
  ];
}

const PARTS: readonly { id: HealthPart['id']; label: string; rules: (context: RuleContext) => HealthRuleResult[] }[] = [
  { id: 'relationships', label: 'Relationships', rules: relationships },
  { id: 'needs-goals', label: 'Needs and goals', rules: needsGoals },
  { id: 'actions', label: 'Actions', rules: actions },
  { id: 'freshness', label: 'Freshness', rules: freshness },
];

/**
 * The plan health score 0–100 on `today` (YYYY-MM-DD): four parts of rules whose weights live in
 * shared/healthWeights.ts; each rule names the plan-check findings that explain what it loses.
 */
export function planHealthScore(document: PlanDocument, today: string, options: { lastReviewAt?: string | null } = {}): HealthScore {
  const found = planHealth(document, today);
  const byCheck = new Map<HealthCheckId, HealthFinding[]>();
  for (const finding of found) byCheck.set(finding.check, [...(byCheck.get(finding.check) ?? []), finding]);
  const context: RuleContext = { index: indexPlan(document), today, lastReviewAt: options.lastReviewAt ?? null, findings: (check) => byCheck.get(check) ?? [] };
  const parts = PARTS.map((part): HealthPart => {
    const rules = part.rules(context);
    return {
      id: part.id,
      label: part.label,
      score: rules.reduce((sum, entry) => sum + entry.earned, 0),
      max: rules.reduce((sum, entry) => sum + entry.points, 0),
      rules,
    };
  });
  return { score: Math.round(Math.min(100, Math.max(0, parts.reduce((sum, part) => sum + part.score, 0)))), parts };
}
