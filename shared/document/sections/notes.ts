import type { PlanSectionId } from '../../kinds/index.ts';
import { PLAN_SECTIONS, kindOf } from '../../kinds/index.ts';
import type { PlanNode } from '../../model.ts';
import type { OutlineNote } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

const isItem = (node: PlanNode) => node.kind !== 'topic' && node.kind !== 'account';

/**
 * Free-text topics as notes, placed in the section of their nearest item ancestor (not a topic, not the
 * account); without one, in the section most of their descendants feed, or else most of the descendants of
 * their nearest enclosing group topic (a note filed under "Buying centre" goes with the stakeholders);
 * else in Profile & Position. Group topics (no text) are not printed.
 */
export function topicNotes(index: PlanIndex): Record<PlanSectionId, OutlineNote[]> {
  const notes = Object.fromEntries(PLAN_SECTIONS.map((section) => [section.id, [] as OutlineNote[]])) as Record<
    PlanSectionId,
    OutlineNote[]
  >;
  for (const topic of index.ofKind('topic')) {
    const text = topic.data.text.trim();
    if (!text) continue;
    const owner = index.ancestor(topic.id, isItem);
    const section = owner ? kindOf(owner.kind).section : (groupSection(index, topic.id) ?? 'profile');
    notes[section].push({ title: topic.label.trim(), text, about: owner?.label ?? null });
  }
  return notes;
}

function groupSection(index: PlanIndex, id: string): PlanSectionId | null {
  const seen = new Set<string>();
  for (let current = index.node(id); current && current.kind === 'topic' && !seen.has(current.id); ) {
    seen.add(current.id);
    const section = descendantSection(index, current.id);
    if (section) return section;
    current = current.parentId === null ? undefined : index.node(current.parentId);
  }
  return null;
}

function descendantSection(index: PlanIndex, id: string): PlanSectionId | null {
  const counts = new Map<PlanSectionId, number>();
  const seen = new Set<string>();
  const visit = (nodeId: string): void => {
    for (const child of index.children(nodeId)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      if (isItem(child)) {
        const section = kindOf(child.kind).section;
        counts.set(section, (counts.get(section) ?? 0) + 1);
      }
      visit(child.id);
    }
  };
  visit(id);
  let best: PlanSectionId | null = null;
  for (const section of PLAN_SECTIONS) {
    const count = counts.get(section.id) ?? 0;
    if (count > 0 && (best === null || count > (counts.get(best) ?? 0))) best = section.id;
  }
  return best;
}
