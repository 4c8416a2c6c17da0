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
  const owners = nearestItems(index);
  const groups = groupSections(index);
  for (const topic of index.ofKind('topic')) {
    const text = topic.data.text.trim();
    if (!text) continue;
    const owner = owners(topic.id);
    const section = owner ? kindOf(owner.kind).section : (groups(topic.id) ?? 'profile');
    notes[section].push({ title: topic.label.trim(), text, about: owner?.label ?? null });
  }
  return notes;
}

/**
 * Walks up from `id` until `known` answers or `stop` says the answer is fixed, then gives every node passed on
 * the way the same answer. Remembered, so all the walks of a plan take time in proportion to its size.
 */
function upwards<T>(index: PlanIndex, known: Map<string, T>, answer: (node: PlanNode) => T | undefined, fallback: T) {
  return (id: string): T => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let result = fallback;
    for (let current = index.node(id); current; ) {
      const remembered = known.get(current.id);
      if (remembered !== undefined) {
        result = remembered;
        break;
      }
      if (onChain.has(current.id)) break;
      chain.push(current.id);
      onChain.add(current.id);
      const own = answer(current);
      if (own !== undefined) {
        result = own;
        break;
      }
      current = current.parentId === null ? undefined : index.node(current.parentId);
    }
    for (const link of chain) known.set(link, result);
    return result;
  };
}

/** The nearest item ancestor (not the node itself) of each node. */
function nearestItems(index: PlanIndex): (id: string) => PlanNode | null {
  const known = new Map<string, PlanNode | null>();
  const parentItem = (node: PlanNode): PlanNode | null | undefined => {
    const parent = node.parentId === null ? undefined : index.node(node.parentId);
    if (!parent) return null;
    return isItem(parent) ? parent : undefined;
  };
  return upwards(index, known, parentItem, null);
}

/** The section most item descendants of a topic feed, else of its nearest enclosing topic that has one. */
function groupSections(index: PlanIndex): (id: string) => PlanSectionId | null {
  const counts = descendantCounts(index);
  const known = new Map<string, PlanSectionId | null>();
  const own = (node: PlanNode): PlanSectionId | null | undefined => {
    if (node.kind !== 'topic') return null;
    return mostFed(counts.get(node.id)) ?? undefined;
  };
  return upwards(index, known, own, null);
}

/** Per node, how many of its item descendants feed each section (in PLAN_SECTIONS order); iterative post-order. */
function descendantCounts(index: PlanIndex): Map<string, number[]> {
  const sectionAt = new Map<PlanSectionId, number>(PLAN_SECTIONS.map((section, at) => [section.id, at] as const));
  const counts = new Map<string, number[]>();
  const started = new Set<string>();
  for (const start of index.document.nodes) {
    if (started.has(start.id)) continue;
    started.add(start.id);
    const stack: [PlanNode, boolean][] = [[start, false]];
    while (stack.length > 0) {
      const [node, childrenDone] = stack.pop()!;
      const children = index.children(node.id);
      if (!childrenDone) {
        stack.push([node, true]);
        for (const child of children) {
          if (started.has(child.id)) continue;
          started.add(child.id);
          stack.push([child, false]);
        }
        continue;
      }
      const total = PLAN_SECTIONS.map(() => 0);
      for (const child of children) {
        if (isItem(child)) total[sectionAt.get(kindOf(child.kind).section)!]! += 1;
        const below = counts.get(child.id);
        if (below) below.forEach((value, at) => (total[at]! += value));
      }
      counts.set(node.id, total);
    }
  }
  return counts;
}

function mostFed(counts: readonly number[] | undefined): PlanSectionId | null {
  if (!counts) return null;
  let best = -1;
  counts.forEach((count, at) => {
    if (count > 0 && (best < 0 || count > counts[best]!)) best = at;
  });
  return best < 0 ? null : PLAN_SECTIONS[best]!.id;
}
