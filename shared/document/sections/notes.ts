import type { PlanSectionId } from '../../kinds/index.ts';
import { PLAN_SECTIONS, kindOf } from '../../kinds/index.ts';
import type { PlanNode } from '../../model.ts';
import type { OutlineNote } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

const isItem = (node: PlanNode) => node.kind !== 'topic' && node.kind !== 'account';

/**
 * Free-text topics as notes, placed in the section of their nearest item ancestor (not a topic, not the
 * account); without one, in the section most of their descendants feed, or else most of the descendants of
 * a group topic named after a section (as the method template names its branches), or else the section of
 * their nearest enclosing group topic (a note filed under "Buying centre" goes with the stakeholders);
 * else in Profile & Position. Group topics (no text) are not printed.
 */
export function topicNotes(index: PlanIndex): Record<PlanSectionId, OutlineNote[]> {
  const notes = Object.fromEntries(PLAN_SECTIONS.map((section) => [section.id, [] as OutlineNote[]])) as Record<
    PlanSectionId,
    OutlineNote[]
  >;
  const groups = groupSections(index);
  for (const topic of index.ofKind('topic')) {
    const text = topic.data.text.trim();
    if (!text) continue;
    const owner = index.ancestor(topic.id, isItem);
    const section = owner ? kindOf(owner.kind).section : (groups.get(topic.id) ?? 'profile');
    notes[section].push({ title: topic.label.trim(), text, about: owner?.label ?? null });
  }
  return notes;
}

/**
 * For every topic, the section most items below it feed, or else that of its nearest enclosing topic that has
 * items below it; in two passes over the outline order (counts bottom-up, groups top-down), so any depth is linear.
 */
function groupSections(index: PlanIndex): Map<string, PlanSectionId | null> {
  const { ordered } = index.tree;
  const counts = new Map<string, number[]>();
  for (let at = ordered.length - 1; at >= 0; at -= 1) {
    const node = ordered[at]!;
    const own = counts.get(node.id) ?? PLAN_SECTIONS.map(() => 0);
    counts.set(node.id, own);
    const parent = index.tree.parent(node.id);
    if (!parent) continue;
    const above = counts.get(parent.id) ?? PLAN_SECTIONS.map(() => 0);
    counts.set(parent.id, above);
    own.forEach((count, section) => (above[section]! += count));
    if (isItem(node)) above[PLAN_SECTIONS.findIndex((section) => section.id === kindOf(node.kind).section)]! += 1;
  }
  const groups = new Map<string, PlanSectionId | null>();
  for (const node of ordered) {
    if (node.kind !== 'topic') continue;
    const parent = index.tree.parent(node.id);
    const enclosing = parent?.kind === 'topic' ? (groups.get(parent.id) ?? null) : null;
    groups.set(node.id, mostFed(counts.get(node.id)!) ?? sectionTitled(node.label) ?? enclosing);
  }
  return groups;
}

/** The section whose title a topic carries (a branch of the method template, "Action Plan"), or null. */
function sectionTitled(label: string): PlanSectionId | null {
  const title = label.trim();
  return PLAN_SECTIONS.find((section) => section.title === title)?.id ?? null;
}

/** The section with the highest count (the first in section order on a tie), or null when all are zero. */
function mostFed(counts: readonly number[]): PlanSectionId | null {
  let best = -1;
  counts.forEach((count, at) => {
    if (count > 0 && (best < 0 || count > counts[best]!)) best = at;
  });
  return best < 0 ? null : PLAN_SECTIONS[best]!.id;
}
