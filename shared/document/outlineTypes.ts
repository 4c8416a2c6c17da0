import type { Account } from '../account.ts';
import type { Edition } from '../api.ts';
import type { PlanSectionId } from '../kinds/index.ts';
import type { PlanEdge, PlanNode, PlanNodeOf } from '../model.ts';
import type { Plan } from '../plan.ts';
import type { PlanComparison } from '../review/types.ts';
import type { MilestoneStatus } from '../rules/milestoneStatus.ts';
import type { MilestoneTrend, TrendPoint } from '../trends.ts';

/** A free-text topic printed as a note in a section. */
export interface OutlineNote {
  title: string;
  text: string;
  /** Label of the item the note hangs under, if any. */
  about: string | null;
}

/** A person one of our team members covers, with the relationship strength when known. */
export interface CoverageLink {
  name: string;
  /** Relationship strength label, or null when unknown or left out of the edition. */
  strength: string | null;
}

/** 1 Profile & Position. */
export interface ProfileOutline {
  account: Account;
  plan: Plan;
  /** Labels of the criteria that justify the tier. */
  tierReasons: string[];
  /** The account root's overview, financial health and history. */
  root: PlanNodeOf<'account'> | null;
  competitors: { node: PlanNodeOf<'competitor'>; competesFor: string[] }[];
  /** SWOT entries by quadrant, in S, W, O, T order. */
  swot: { quadrant: string; title: string; entries: { text: string; notes: string }[] }[];
}

/** 2 Needs Mapping & Alignments. */
export interface NeedsOutline {
  /** Needs by priority (critical first), then outline order. */
  needs: { node: PlanNodeOf<'need'>; heldBy: string[]; addressedBy: string[] }[];
  /** Stakeholders; `staleContact` when the last contact is over 90 days old (shared/rules/contacts.ts). */
  stakeholders: { node: PlanNodeOf<'stakeholder'>; coveredBy: CoverageLink[]; staleContact: boolean }[];
  coverage: { member: PlanNodeOf<'teamMember'>; covers: CoverageLink[] }[];
  /** Reporting lines as a forest under the top people. */
  orgChart: OrgChartEntry[];
  influences: { from: string; to: string }[];
}

/** One person in the org chart with the people who report to them. */
export interface OrgChartEntry {
  node: PlanNodeOf<'stakeholder'>;
  reports: OrgChartEntry[];
}

/** A goal in the goal build with its sub-goals (figures from shared/rules/goalBuild.ts). */
export interface GoalBuildEntry {
  node: PlanNodeOf<'goal'>;
  /** Its own target; null when none is set. */
  target: number | null;
  /** The sum of what its sub-goals contribute; null without sub-goals. */
  build: number | null;
  /** What it brings to the goal above it or to the plan: its build with sub-goals, else its target. */
  contribution: number;
  /** Its contribution as a share of the plan's growth target in percent (null without a growth target). */
  share: number | null;
  /** Target minus build (positive: short); null without a target or without sub-goals. */
  gap: number | null;
  /** Achieved so far: its own figure, else its sub-goals' (null when unknown). */
  achieved: number | null;
  addresses: string[];
  components: GoalBuildEntry[];
}

/** An opportunity with its weighted value. */
export interface OpportunityEntry {
  node: PlanNodeOf<'opportunity'>;
  /** Value × probability (null when either is unknown). */
  weighted: number | null;
  addresses: string[];
}

/** 3 Goals & Strategy. */
export interface GoalsOutline {
  growthTarget: number | null;
  goals: GoalBuildEntry[];
  /** The plan's build: what the top-level goals contribute (null without goals). */
  planBuild: number | null;
  /** Growth target minus the plan's build (positive: short; null without a growth target or goals). */
  planGap: number | null;
  opportunityGroups: {
    type: 'respond' | 'shape' | 'create';
    title: string;
    description: string;
    entries: OpportunityEntry[];
    total: number;
    weightedTotal: number;
  }[];
}

/** An action with what it serves, whether it is overdue and whether it is due after its horizon. */
export interface ActionEntry {
  node: PlanNodeOf<'action'>;
  overdue: boolean;
  /** Due after the end of the horizon it is filed under (shared/rules/actions.ts). */
  outsideHorizon: boolean;
  serves: string[];
}

/** 4 Action Plan. */
export interface ActionsOutline {
  horizons: { horizon: '90-days' | '12-months'; title: string; actions: ActionEntry[] }[];
  overdue: number;
  /** Actions due after the end of their horizon. */
  outsideHorizon: number;
}

/** A dependency with what depends on it. */
export interface DependencyEntry {
  node: PlanNodeOf<'dependency'>;
  neededFor: string[];
}

/** 5 Team Support. */
export interface TeamOutline {
  members: PlanNodeOf<'teamMember'>[];
  /** Internal commitments grouped by function, in the function list's order. */
  internal: { area: string; entries: DependencyEntry[] }[];
  external: DependencyEntry[];
}

/** How a milestone stands on the plan's date. */
export type { MilestoneStatus } from '../rules/milestoneStatus.ts';

/** 6 Performance Dashboard. */
export interface DashboardOutline {
  milestones: { node: PlanNodeOf<'milestone'>; status: MilestoneStatus; measures: string[] }[];
  actions: { done: number; total: number; overdue: number };
  goalProgress: { name: string; depth: number; target: number; achieved: number; percent: number }[];
  /** What changed since the plan's last review (issue 15); absent or null when the plan has none. */
  sinceLastReview?: PlanComparison | null;
  /** Trends across the plan's reviews (shared/trends.ts); null or absent before the first review. */
  trends?: TrendsOutline | null;
}

/** Milestones' actual against target across the reviews, and the health score's trend (internal edition only). */
export interface TrendsOutline {
  reviews: number;
  milestones: MilestoneTrend[];
  health: TrendPoint[] | null;
}

/** The plan as a linear document, section by section, before any formatting. */
export interface PlanOutline {
  edition: Edition;
  /** The date the document is made for (overdue and behind are judged against it). */
  today: string;
  currency: string;
  accountName: string;
  planTitle: string;
  profile: ProfileOutline;
  needs: NeedsOutline;
  goals: GoalsOutline;
  actions: ActionsOutline;
  team: TeamOutline;
  dashboard: DashboardOutline;
  /** Free-text topics, by the section they belong to. */
  notes: Record<PlanSectionId, OutlineNote[]>;
  /** The map as the edition shows it, for the picture. */
  map: { nodes: PlanNode[]; edges: PlanEdge[] };
}
