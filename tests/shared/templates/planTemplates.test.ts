import { describe, expect, it } from 'vitest';
import { PLAN_SECTIONS, kinds } from '../../../shared/kinds/index.ts';
import { boxesOverlap } from '../../../shared/layout.ts';
import { newId } from '../../../shared/ids.ts';
import { nodeRecordSchema } from '../../../shared/model.ts';
import { METHOD_QUESTIONS, PLAN_TEMPLATES, planStartNodes, planTemplateSchema } from '../../../shared/templates/planTemplates.ts';

const counter = () => {
  let next = 0;
  return () => `id${(next += 1)}`;
};

describe('how a new plan starts', () => {
  it('the empty plan is the account alone', () => {
    const nodes = planStartNodes('empty', 'Northwind Logistics', counter());
    expect(nodes).toEqual([
      expect.objectContaining({ id: 'id1', kind: 'account', label: 'Northwind Logistics', parentId: null, data: kinds.account.defaults() }),
    ]);
  });

  it('the method template makes the six sections as branches of the account, in document order and with their names', () => {
    const nodes = planStartNodes('method', 'Northwind Logistics', counter());
    const root = nodes[0]!;
    expect(root.kind).toBe('account');
    const branches = nodes.filter((node) => node.parentId === root.id).sort((a, b) => a.order - b.order);
    expect(branches.map((node) => node.label)).toEqual(PLAN_SECTIONS.map((section) => section.title));
    expect(branches.map((node) => node.label)).toEqual([
      'Profile & Position',
      'Needs Mapping & Alignments',
      'Goals & Strategy',
      'Action Plan',
      'Team Support',
      'Performance Dashboard',
    ]);
    expect(branches.every((node) => node.kind === 'topic')).toBe(true);
  });

  it('puts each section’s guiding questions under it as topics to answer, in order', () => {
    const nodes = planStartNodes('method', 'Northwind', counter());
    for (const section of PLAN_SECTIONS) {
      const branch = nodes.find((node) => node.label === section.title)!;
      const questions = nodes.filter((node) => node.parentId === branch.id).sort((a, b) => a.order - b.order);
      expect(questions.map((node) => node.label)).toEqual(METHOD_QUESTIONS[section.id]);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.every((node) => node.kind === 'topic' && node.label.endsWith('?'))).toBe(true);
    }
    expect(nodes).toHaveLength(1 + 6 + Object.values(METHOD_QUESTIONS).flat().length);
  });

  it('gives valid records with unique ids, laid out without overlaps', () => {
    const nodes = planStartNodes('method', 'Northwind', newId);
    for (const node of nodes) expect(nodeRecordSchema.safeParse(node).success).toBe(true);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(boxesOverlap(a.position, b.position)).toBe(false);
  });

  it('offers the empty plan first, and reads only the templates it knows', () => {
    expect(PLAN_TEMPLATES.map((template) => template.label)).toEqual(['Empty plan', 'Account planning method (six sections)']);
    expect(planTemplateSchema.parse('empty')).toBe('empty');
    expect(planTemplateSchema.safeParse('kanban').success).toBe(false);
  });
});
