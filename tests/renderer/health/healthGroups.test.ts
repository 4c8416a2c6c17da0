import { describe, expect, it } from 'vitest';
import { planHealth } from '../../../shared/health.ts';
import type { HealthFinding } from '../../../shared/health.ts';
import { collapsedAncestors, countLabel, groupFindings } from '../../../renderer/health/healthGroups.ts';
import { planDocumentFrom } from '../../../renderer/export/planDocument.ts';
import { makeNode, sampleContent, TODAY } from '../export/sampleContent.ts';

const finding = (severity: HealthFinding['severity'], message: string): HealthFinding => ({ check: 'overdue-action', severity, message, nodeIds: [] });

describe('plan check groups', () => {
  it('counts in words: "1 red flag", "3 red flags", "2 warnings", "1 note"', () => {
    expect(countLabel('high', 1)).toBe('1 red flag');
    expect(countLabel('high', 3)).toBe('3 red flags');
    expect(countLabel('medium', 2)).toBe('2 warnings');
    expect(countLabel('low', 1)).toBe('1 note');
  });

  it('groups findings most severe first, keeping their order and leaving out empty groups', () => {
    const groups = groupFindings([finding('low', 'c'), finding('high', 'a1'), finding('high', 'a2'), finding('low', 'd')]);
    expect(groups.map((group) => [group.title, group.findings.map((item) => item.message)])).toEqual([
      ['2 red flags', ['a1', 'a2']],
      ['2 notes', ['c', 'd']],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it('finds the sample plan’s overdue action and missed milestone as warnings, each pointing at its node', () => {
    const content = sampleContent();
    const groups = groupFindings(planHealth(planDocumentFrom(content), TODAY));
    const warnings = groups.find((group) => group.severity === 'medium');
    expect(warnings?.findings.map((item) => item.check)).toEqual(expect.arrayContaining(['overdue-action', 'milestone-missed']));
    for (const item of warnings?.findings ?? []) {
      for (const id of item.nodeIds) expect(content.nodes[id]).toBeDefined();
    }
    const overdue = warnings?.findings.find((item) => item.check === 'overdue-action');
    expect(content.nodes[overdue!.nodeIds[0]!]?.kind).toBe('action');
  });

  it('names the collapsed branches that hide a node, each once, and survives a parent cycle', () => {
    const nodes = Object.fromEntries(
      [
        makeNode('root', 'account', 'Acme', null),
        makeNode('goals', 'topic', 'Goals', 'root', { collapsed: true }),
        makeNode('g1', 'goal', 'Grow', 'goals', { collapsed: true }),
        makeNode('a1', 'action', 'Call', 'g1'),
        makeNode('a2', 'action', 'Visit', 'g1'),
        makeNode('open', 'topic', 'Open', 'root'),
        makeNode('x', 'topic', 'Loop x', 'y', { collapsed: true }),
        makeNode('y', 'topic', 'Loop y', 'x', { collapsed: true }),
      ].map((node) => [node.id, node]),
    );
    expect(collapsedAncestors(nodes, ['a1', 'a2'])).toEqual(['g1', 'goals']);
    expect(collapsedAncestors(nodes, ['open', 'root'])).toEqual([]);
    expect(collapsedAncestors(nodes, ['x'])).toEqual(['y']);
  });
});
