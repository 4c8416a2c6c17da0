import type { FindingSeverity, HealthFinding } from '../../shared/health.ts';
import type { PlanNode } from '../../shared/model.ts';

/** How each severity is named in the Plan check, singular and plural. */
export const SEVERITY_NAMES = {
  high: { one: 'red flag', many: 'red flags' },
  medium: { one: 'warning', many: 'warnings' },
  low: { one: 'note', many: 'notes' },
} satisfies Record<FindingSeverity, { one: string; many: string }>;

const SEVERITY_ORDER: readonly FindingSeverity[] = ['high', 'medium', 'low'];

/** Findings of one severity. */
export interface FindingGroup {
  severity: FindingSeverity;
  /** "3 red flags", "1 warning". */
  title: string;
  /** The title without its number: "red flags", "warning". */
  name: string;
  findings: HealthFinding[];
}

/** "red flag" for one, "red flags" for any other count. */
export function severityName(severity: FindingSeverity, count: number): string {
  return count === 1 ? SEVERITY_NAMES[severity].one : SEVERITY_NAMES[severity].many;
}

/** "1 red flag", "3 red flags". */
export function countLabel(severity: FindingSeverity, count: number): string {
  return `${count} ${severityName(severity, count)}`;
}

/** Findings grouped by severity, most severe first, leaving out empty groups. */
export function groupFindings(findings: readonly HealthFinding[]): FindingGroup[] {
  return SEVERITY_ORDER.map((severity) => {
    const group = findings.filter((finding) => finding.severity === severity);
    return { severity, title: countLabel(severity, group.length), name: severityName(severity, group.length), findings: group };
  }).filter((group) => group.findings.length > 0);
}

/** Collapsed nodes above the given nodes, nearest first per node, each once: expanding them shows the nodes. */
export function collapsedAncestors(nodes: Readonly<Record<string, PlanNode>>, nodeIds: readonly string[]): string[] {
  const found: string[] = [];
  for (const id of nodeIds) {
    const seen = new Set<string>([id]);
    let parentId = nodes[id]?.parentId ?? null;
    // The seen set stops at a (corrupt) parent cycle.
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = nodes[parentId];
      if (!parent) break;
      if (parent.collapsed && !found.includes(parent.id)) found.push(parent.id);
      parentId = parent.parentId;
    }
  }
  return found;
}
