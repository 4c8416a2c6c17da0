import { TIER_CRITERIA } from '../../account.ts';
import { SWOT_QUADRANT_OPTIONS } from '../../kinds/swot.ts';
import type { ProfileOutline } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

const SWOT_TITLES: Record<(typeof SWOT_QUADRANT_OPTIONS)[number]['value'], string> = {
  strength: 'Strengths',
  weakness: 'Weaknesses',
  opportunity: 'Opportunities',
  threat: 'Threats',
};

/** Section 1: account facts, the account root's texts, competitors and the SWOT. */
export function profileOutline(index: PlanIndex): ProfileOutline {
  const { account, plan } = index.document;
  const tierReasons = TIER_CRITERIA.filter((criterion) => account.tierCriteria.includes(criterion.value)).map(
    (criterion) => criterion.label,
  );
  const swots = index.ofKind('swot');
  return {
    account,
    plan,
    tierReasons,
    root: index.ofKind('account')[0] ?? null,
    competitors: index.ofKind('competitor').map((node) => ({
      node,
      competesFor: index.labels(index.outgoing(node.id, 'competesFor').map((edge) => edge.target)),
    })),
    swot: SWOT_QUADRANT_OPTIONS.map((option) => ({
      quadrant: option.value,
      title: SWOT_TITLES[option.value],
      entries: swots
        .filter((node) => node.data.quadrant === option.value)
        .map((node) => ({ text: node.label, notes: node.data.notes.trim() })),
    })),
  };
}
