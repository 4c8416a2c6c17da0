import { RELATIONSHIP_OPTIONS } from '../kinds/options.ts';

/** A relationship level of a "covers" relation ("unknown" = covered, level not yet assessed). */
export type RelationshipLevel = (typeof RELATIONSHIP_OPTIONS)[number]['value'];

/** Levels from weakest to strongest, "unknown" lowest. */
const RANK: Record<RelationshipLevel, number> = { unknown: 0, vendor: 1, 'credible-source': 2, 'problem-solver': 3, 'trusted-advisor': 4 };

/** The rank of a level: 0 unknown, 1 vendor … 4 trusted advisor. */
export function relationshipRank(level: string): number {
  return RANK[level as RelationshipLevel] ?? 0;
}

/** Levels at or below this are a weak hold on a person. */
const LOW_LEVEL_RANK = RANK['credible-source'];

/** One of our people covering one of theirs. */
export interface CoverLink {
  readonly edgeId: string;
  readonly teamMemberId: string;
  readonly stakeholderId: string;
  readonly level: RelationshipLevel;
}

/** How well one stakeholder is covered. */
export interface StakeholderCoverage {
  readonly links: readonly CoverLink[];
  /** The strongest level any of our people has (null when nobody covers them). */
  readonly best: RelationshipLevel | null;
  /** Nobody covers them. */
  readonly uncovered: boolean;
  /** Covered, but by one person only and at a low level (vendor, credible source or not assessed). */
  readonly thin: boolean;
}

/** The "covers" relations of a plan, per stakeholder (every stakeholder listed, covered or not). */
export function coverageByStakeholder(
  nodes: Iterable<{ id: string; kind: string }>,
  edges: Iterable<{ id: string; kind: string; source: string; target: string; data: Record<string, unknown> }>,
): Map<string, StakeholderCoverage> {
  const kinds = new Map<string, string>();
  for (const node of nodes) kinds.set(node.id, node.kind);
  const links = new Map<string, CoverLink[]>();
  for (const [id, kind] of kinds) if (kind === 'stakeholder') links.set(id, []);
  for (const edge of edges) {
    if (edge.kind !== 'covers' || kinds.get(edge.source) !== 'teamMember') continue;
    const list = links.get(edge.target);
    if (!list) continue;
    const level = (typeof edge.data.strength === 'string' && edge.data.strength in RANK ? edge.data.strength : 'unknown') as RelationshipLevel;
    list.push({ edgeId: edge.id, teamMemberId: edge.source, stakeholderId: edge.target, level });
  }
  const result = new Map<string, StakeholderCoverage>();
  for (const [id, list] of links) {
    const best = list.reduce<RelationshipLevel | null>((top, link) => (top === null || RANK[link.level] > RANK[top] ? link.level : top), null);
    result.set(id, {
      links: list,
      best,
      uncovered: list.length === 0,
      thin: list.length === 1 && RANK[list[0]!.level] <= LOW_LEVEL_RANK,
    });
  }
  return result;
}

/** The label of a relationship level ("Unknown" reads as "Level not set" on a relation that exists). */
export function relationshipLabel(level: string): string {
  return RELATIONSHIP_OPTIONS.find((option) => option.value === level)?.label ?? 'Unknown';
}

/** True when a target level is set and the best level we have is below it (or nobody covers the person). */
export function isBelowTarget(best: RelationshipLevel | null, target: string): boolean {
  if (relationshipRank(target) === 0) return false;
  return best === null || relationshipRank(best) < relationshipRank(target);
}
