import { kinds } from '../kinds/index.ts';

/** The parts of a node the rule reads. */
interface NamedNode {
  kind: string;
  label: string;
}

/**
 * The names of the plan's team members, as owners are picked from them: each name once, trimmed, in alphabetical
 * order, leaving out team members still called by the placeholder a new one gets.
 */
export function teamMemberNames(nodes: Iterable<NamedNode>): string[] {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.kind !== 'teamMember') continue;
    const name = node.label.trim();
    if (name !== '' && name !== kinds.teamMember.newLabel) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** What an owner field says under it: where its suggestions come from, or how to get some when the plan has none. */
export function teamMemberHint(names: readonly string[]): string {
  return names.length === 0
    ? 'No team members on the map yet: add them with “Team member” in the palette to pick owners from them, or type any name.'
    : 'Pick one of the plan’s team members or type any name.';
}
