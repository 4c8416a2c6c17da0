import { describe, expect, it } from 'vitest';
import type { PlanDocument, PlanNode } from '../../shared/model.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { outlineOrder, planTreeText } from '../../shared/treeText.ts';

const TODAY = '2026-03-15';
const file = buildSamplePlan(TODAY);
const document: PlanDocument = { account: file.account, plan: file.plan, nodes: file.nodes, edges: file.edges, viewport: null };

describe('planTreeText', () => {
  const text = planTreeText(document, TODAY);
  const lines = text.split('\n');

  it('starts with the account, tier, plan title, period and growth target', () => {
    expect(lines[0]).toMatch(/^Account: Northwind Logistics \(Strategic: /);
    expect(lines[1]).toBe(`Plan: ${file.plan.title} (Active)`);
    expect(lines[2]).toBe(`Period: ${file.plan.periodStart} to ${file.plan.periodEnd}`);
    expect(lines[3]).toBe('Growth target: 2,000,000 USD');
    expect(lines[4]).toBe('Goal build: 2,000,000 USD, on target (growth target)');
  });

  it('indents the outline two spaces per level, siblings in order, with key facts', () => {
    expect(text).toContain('\n  Account: Northwind Logistics\n    Topic: Buying centre\n      Stakeholder: Sam Ortiz (');
    expect(text).toMatch(/\n {6}Stakeholder: Dana Whitfield \(Chief Financial Officer, Economic buyer, influence High, support \+1 Supporter, last contact \d{4}-\d{2}-\d{2}\)\n/);
    expect(text).toMatch(/\n {4}Goal: Grow Northwind .* \(target 2,000,000 USD, /);
    expect(text).toMatch(/\n {6}Goal: Renew the core platform contract \(target 1,200,000 USD, /);
    expect(text).toMatch(/Opportunity: Fleet emissions dashboard pilot \(Create, value 300,000 USD, stage Identify, probability 30%, close /);
    expect(text).toMatch(/Action: Send the reference-customer case study to Tom \(owner Luis Romero, due \d{4}-\d{2}-\d{2}, Not started, Next 90 days, OVERDUE\)/);
    expect(text).toMatch(/\n {4}Goal: Grow Northwind .*, build 2,000,000 USD, on target\)\n/);
    expect(text).toMatch(/Milestone: In-depth coverage of key stakeholders \(.*, missed\)/);
    expect(text).toMatch(/Need: .* \(priority Critical, Business goal, ROI .*, confirmed by customer\)/);
    expect(text).toContain('Competitor: RouteMax Systems (Incumbent, threat High) [internal]');
    expect(text).toMatch(/Topic: How Northwind buys — Purchases above 250,000 need board approval\./);
  });

  it('lists every relation with its verb and data', () => {
    const relations = lines.slice(lines.indexOf(`Relations (${file.edges.length})`) + 1).filter((line) => line !== '');
    expect(relations).toHaveLength(file.edges.length);
    expect(relations).toContain('  Dana Whitfield —reports to→ Sam Ortiz');
    expect(relations).toContain('  Maya Chen —covers→ Dana Whitfield (relationship strength Problem solver)');
    expect(relations).toContain('  RouteMax Systems —competes for→ Route-planning replacement RFP');
  });

  it('keeps nodes cut off from the tree instead of dropping them', () => {
    const stray = { ...file.nodes[5]!, id: 'stray', parentId: 'missing', label: 'Stray node' } as PlanNode;
    const withStray = planTreeText({ ...document, nodes: [...document.nodes, stray] }, TODAY);
    expect(withStray).toContain('\n  Stakeholder: Stray node (');
    expect(outlineOrder([...file.nodes, stray])).toHaveLength(file.nodes.length + 1);
  });
});
