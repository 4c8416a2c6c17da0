import type { PlanNode } from '../../shared/model.ts';
import { isOutsideHorizon, isOverdue } from '../../shared/rules/actions.ts';
import { isStaleContact } from '../../shared/rules/contacts.ts';
import { goalProgress } from '../../shared/rules/goalBuild.ts';
import type { GoalBuildResult } from '../../shared/rules/goalBuild.ts';
import { milestoneStatus } from '../../shared/rules/milestoneStatus.ts';
import type { MilestoneStatus } from '../../shared/rules/milestoneStatus.ts';

/**
 * What the plan's rules (shared/rules) say about one card, worked out once per map build so a card only displays
 * it. Flat and made of plain values, so the flow model can tell an unchanged card by comparing fields.
 */
export interface CardFacts {
  /** Goals: the sum of what the sub-goals contribute (null without sub-goals); the account: the plan's build (null without goals). */
  build: number | null;
  /** Target (the account: growth target) minus build; positive is short. Null when there is nothing to compare. */
  gap: number | null;
  /** The account: the plan's growth target. */
  growthTarget: number | null;
  /** Goals with an achieved figure: achieved so far as a percentage of the target (or of the build without one). */
  progress: number | null;
  /** Milestones: achieved, on track, behind, missed or no target. */
  milestone: MilestoneStatus | null;
  /** Actions: past the due date and not done. */
  overdue: boolean;
  /** Actions: due after the end of the horizon they are filed under. */
  outsideHorizon: boolean;
  /** Stakeholders: last contact more than 90 days ago. */
  staleContact: boolean;
}

const NO_FACTS: CardFacts = {
  build: null,
  gap: null,
  growthTarget: null,
  progress: null,
  milestone: null,
  overdue: false,
  outsideHorizon: false,
  staleContact: false,
};

/** The rule facts of a card on `today`, given the plan's goal build. */
export function cardFacts(node: PlanNode, goals: GoalBuildResult, today: string): CardFacts {
  switch (node.kind) {
    case 'account':
      return { ...NO_FACTS, build: goals.plan.build, gap: goals.plan.gap, growthTarget: goals.plan.growthTarget };
    case 'goal': {
      const figure = goals.goals.get(node.id);
      if (!figure) return NO_FACTS;
      const progress = figure.achieved === null ? null : (goalProgress(figure)?.percent ?? null);
      return { ...NO_FACTS, build: figure.build, gap: figure.gap, progress };
    }
    case 'milestone':
      return { ...NO_FACTS, milestone: milestoneStatus(node.data, today) };
    case 'action':
      return { ...NO_FACTS, overdue: isOverdue(node.data, today), outsideHorizon: isOutsideHorizon(node.data, today) };
    case 'stakeholder':
      return { ...NO_FACTS, staleContact: isStaleContact(node.data.lastContact, today) };
    default:
      return NO_FACTS;
  }
}

/** True when two cards' facts say the same. */
export function sameCardFacts(a: CardFacts, b: CardFacts): boolean {
  return (
    a === b ||
    (a.build === b.build &&
      a.gap === b.gap &&
      a.growthTarget === b.growthTarget &&
      a.progress === b.progress &&
      a.milestone === b.milestone &&
      a.overdue === b.overdue &&
      a.outsideHorizon === b.outsideHorizon &&
      a.staleContact === b.staleContact)
  );
}
