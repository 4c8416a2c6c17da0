/**
 * The plan health score's weights, all in one place: how many points each rule is worth and what each finding
 * costs. The four parts add up to 100 (checked by tests/shared/healthWeights.test.ts).
 */
export const HEALTH_WEIGHTS = {
  relationships: {
    /** An economic buyer is identified. */
    economicBuyerKnown: 8,
    /** The economic buyer is met and covered at problem solver or better. */
    economicBuyerCovered: 7,
    /** Lost when the economic buyer is covered, but below problem solver. */
    economicBuyerUnderCoveredLoss: 4,
    /** A coach or champion. */
    coach: 8,
    /** Our team covers more than one stakeholder. */
    multiThreaded: 6,
    /** No uncovered blocker, enemy or high-influence detractor. */
    detractorsCovered: 6,
    /** Lost per uncovered detractor. */
    perUncoveredDetractor: 3,
  },
  needsGoals: {
    /** Every need is addressed by a goal or an opportunity. */
    needsAddressed: 13,
    /** Lost per need nobody addresses. */
    perUnaddressedNeed: 4,
    /** The goal build adds up (each goal and the plan's growth target). */
    goalBuild: 12,
    /** Lost per goal build that does not add up. */
    perGoalBuildGap: 6,
  },
  actions: {
    /** Every open action has an owner and a due date. */
    ownedAndDated: 10,
    /** Lost per open action without an owner or a due date. */
    perUncommittedAction: 2,
    /** Nothing is overdue. */
    nothingOverdue: 15,
    /** Lost per overdue action, by how many days it is overdue: up to `days` days costs `loss`. */
    overdueLoss: [
      { days: 7, loss: 2 },
      { days: 30, loss: 4 },
      { days: Number.POSITIVE_INFINITY, loss: 6 },
    ],
  },
  freshness: {
    /** Every stakeholder was contacted in the last 90 days. */
    contactsTouched: 9,
    /** Lost per stakeholder not contacted in 90 days. */
    perStaleContact: 3,
    /** The last review lies within REVIEW_FRESH_DAYS days. */
    recentReview: 6,
  },
} as const;

/** Days within which the last review keeps the plan fresh. */
export const REVIEW_FRESH_DAYS = 90;

/** The points lost for one action overdue by `days` days. */
export function overdueLoss(days: number): number {
  const step = HEALTH_WEIGHTS.actions.overdueLoss.find((entry) => days <= entry.days);
  return step?.loss ?? 0;
}
