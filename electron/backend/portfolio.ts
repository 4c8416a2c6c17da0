import { isEdgeKind, restoreEdgeData } from '../../shared/edges.ts';
import { planHealthScore } from '../../shared/healthScore.ts';
import { isNodeKind, kindOf } from '../../shared/kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../../shared/model.ts';
import { planSchema } from '../../shared/plan.ts';
import type { Plan } from '../../shared/plan.ts';
import { currentPlan, overdueActionCount, portfolioRow } from '../../shared/portfolio.ts';
import type { PortfolioRow } from '../../shared/portfolio.ts';
import { parseStoredJson } from './repos/json.ts';
import type { Store } from './store.ts';

/** How the portfolio reads a plan (the service's own reader, so names and damage read the same). */
export interface PortfolioReaders {
  loadDocument(planId: string): PlanDocument;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A review's plan, read for its score as the repositories read stored rows: each node's and relation's data through
 * its kind's restore(), records of unknown kinds or without an id left out. The contract's loadSnapshot validates every
 * record with its schema instead, which for 200 reviews costs more than the rest of the portfolio together.
 */
function reviewContent(store: Store, id: string, fallback: Plan): { plan: Plan; nodes: PlanNode[]; edges: PlanEdge[] } {
  const stored = store.snapshots.get(id);
  const content = parseStoredJson(stored?.contentJson ?? null, null);
  if (!isRecord(content)) return { plan: fallback, nodes: [], edges: [] };
  const plan = planSchema.safeParse(content.plan);
  const nodes: PlanNode[] = [];
  for (const node of Array.isArray(content.nodes) ? content.nodes : []) {
    if (!isRecord(node) || typeof node.id !== 'string' || !isNodeKind(node.kind)) continue;
    nodes.push({
      id: node.id,
      kind: node.kind,
      label: typeof node.label === 'string' ? node.label : '',
      data: kindOf(node.kind).restore(isRecord(node.data) ? node.data : {}),
      position: { x: 0, y: 0 },
      parentId: typeof node.parentId === 'string' ? node.parentId : null,
      order: typeof node.order === 'number' ? node.order : 0,
      collapsed: false,
      internal: node.internal === true,
    } as PlanNode);
  }
  const edges: PlanEdge[] = [];
  for (const edge of Array.isArray(content.edges) ? content.edges : []) {
    if (!isRecord(edge) || typeof edge.id !== 'string' || typeof edge.source !== 'string' || typeof edge.target !== 'string' || !isEdgeKind(edge.kind)) continue;
    edges.push({ id: edge.id, kind: edge.kind, source: edge.source, target: edge.target, data: restoreEdgeData(edge.kind, isRecord(edge.data) ? edge.data : {}) });
  }
  return { plan: plan.success ? plan.data : fallback, nodes, edges };
}

/** What the portfolio keeps of a plan between calls, valid while its key (revision, change time, day, last review) holds. */
interface PlanFigures {
  key: string;
  health: number;
  overdue: number;
}

/** The score a plan had at one review: a review never changes, so it is kept while the review is the plan's last. */
interface ReviewFigure {
  key: string;
  health: number;
}

/**
 * The portfolio over a store. Every account with its current plan's health now and at its last review, overdue
 * actions and flags, in the accounts' order (by name). A plan is read and scored again only when it changed (its
 * revision and change time), the day turned or it was reviewed since: reading and scoring 200 plans takes seconds,
 * the portfolio is asked for whenever the home screen shows it. What is kept is one entry per plan.
 */
export function createPortfolio(store: Store, readers: PortfolioReaders): { rows(today: string): PortfolioRow[] } {
  const plans = new Map<string, PlanFigures>();
  const reviews = new Map<string, ReviewFigure>();

  const figuresOf = (planId: string, key: string, today: string, lastReviewAt: string | null): PlanFigures => {
    const kept = plans.get(planId);
    if (kept?.key === key) return kept;
    const document = readers.loadDocument(planId);
    const figures = { key, health: planHealthScore(document, today, { lastReviewAt }).score, overdue: overdueActionCount(document.nodes, today) };
    plans.set(planId, figures);
    return figures;
  };

  const reviewScore = (plan: Plan, review: { id: string; takenAt: string }, account: PlanDocument['account']): number => {
    const key = `${review.id}|${account.updatedAt}`;
    const kept = reviews.get(plan.id);
    if (kept?.key === key) return kept.health;
    const content = reviewContent(store, review.id, plan);
    // The plan as it stood at the review, scored on that day: the review itself counts as just taken.
    const then: PlanDocument = { account, plan: content.plan, nodes: content.nodes, edges: content.edges, viewport: null };
    const health = planHealthScore(then, review.takenAt.slice(0, 10), { lastReviewAt: review.takenAt }).score;
    reviews.set(plan.id, { key, health });
    return health;
  };

  return {
    rows(today) {
      const byAccount = new Map<string, ReturnType<Store['plans']['listWithCounts']>>();
      for (const plan of store.plans.listWithCounts()) {
        const list = byAccount.get(plan.accountId);
        if (list) list.push(plan);
        else byAccount.set(plan.accountId, [plan]);
      }
      return store.accounts.list().map((account) => {
        const found = currentPlan(byAccount.get(account.id) ?? [], today);
        if (!found) return portfolioRow({ account, plan: null, overdueActions: 0, health: null, healthAtLastReview: null, lastReviewAt: null }, today);
        const { nodeCount: _count, ...plan } = found;
        const last = store.snapshots.list(plan.id).at(-1) ?? null;
        const lastReviewAt = last?.takenAt ?? null;
        const key = `${store.plans.revision(plan.id)}|${plan.updatedAt}|${account.updatedAt}|${today}|${last?.id ?? ''}`;
        const figures = figuresOf(plan.id, key, today, lastReviewAt);
        const healthAtLastReview = last ? reviewScore(plan, last, account) : null;
        return portfolioRow({ account, plan, overdueActions: figures.overdue, health: figures.health, healthAtLastReview, lastReviewAt }, today);
      });
    },
  };
}
