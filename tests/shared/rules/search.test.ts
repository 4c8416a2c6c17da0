import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../../../shared/model.ts';
import { NO_FILTERS, filterChoices, foldText, isSearchActive, searchPlan } from '../../../shared/rules/search.ts';
import type { PlanFilters } from '../../../shared/rules/search.ts';
import { planTree } from '../../../shared/rules/tree.ts';
import { node } from '../document/fixtures.ts';

function plan(): PlanNode[] {
  return [
    node('acc', 'account', 'Globex', null),
    node('dana', 'stakeholder', 'Dana Whitfield', 'acc', { title: 'Chief Financial Officer', buyingRole: 'economic-buyer', support: 'supporter' }, { order: 0 }),
    node('raj', 'stakeholder', 'Raj Patel', 'acc', { title: 'Head of IT', buyingRole: 'technical-buyer', support: 'enemy' }, { order: 1 }),
    node('zoe', 'stakeholder', 'Zoë Martin', 'raj', { title: 'Finance analyst', department: 'Finance' }),
    node('a1', 'action', 'Book the CFO lunch', 'dana', { owner: 'Mia Chen', status: 'in-progress' }),
    node('a2', 'action', 'Send the security pack', 'raj', { owner: ' mia chen ', status: 'blocked' }, { order: 1 }),
    node('dep', 'dependency', 'Legal review', 'acc', { owner: 'Sam Ortiz', status: 'at-risk' }, { order: 2 }),
  ];
}

const ordered = () => planTree(plan()).ordered;
const ids = (text: string, filters: Partial<PlanFilters> = {}) => searchPlan(ordered(), { text, filters: { ...NO_FILTERS, ...filters } }).hits.map((hit) => hit.nodeId);

describe('searchPlan', () => {
  it('finds a stakeholder by job title and says where the words were found', () => {
    const result = searchPlan(ordered(), { text: 'financial officer', filters: NO_FILTERS });
    expect(result.hits).toEqual([{ nodeId: 'dana', kind: 'stakeholder', label: 'Dana Whitfield', foundIn: 'Job title: Chief Financial Officer' }]);
    expect([...result.matched]).toEqual(['dana']);
  });

  it('finds an action by its owner, and labels without naming a field', () => {
    expect(ids('mia')).toEqual(['a1', 'a2']);
    expect(searchPlan(ordered(), { text: 'lunch', filters: NO_FILTERS }).hits[0]!.foundIn).toBeNull();
  });

  it('ignores case and accents, and needs every word somewhere in the node', () => {
    expect(ids('ZOE')).toEqual(['zoe']);
    expect(ids('zoë finance')).toEqual(['zoe']);
    expect(ids('dana finance')).toEqual([]);
    expect(foldText('Zoë Ångström')).toBe('zoe angstrom');
  });

  it('searches the words of chosen options but not "unknown"', () => {
    expect(ids('economic buyer')).toEqual(['dana']);
    expect(ids('unknown')).toEqual([]);
  });

  it('returns hits in outline order', () => {
    // Zoë sits under Raj, who comes after Dana's branch (Dana, then her action).
    expect(ids('e')).toEqual(['acc', 'dana', 'a1', 'raj', 'zoe', 'a2', 'dep']);
  });

  it('filters by kind, owner, buying role, support and status, alone or with text', () => {
    expect(ids('', { kinds: ['action', 'dependency'] })).toEqual(['a1', 'a2', 'dep']);
    expect(ids('', { owner: 'MIA CHEN' })).toEqual(['a1', 'a2']);
    expect(ids('', { buyingRole: 'technical-buyer' })).toEqual(['raj']);
    expect(ids('', { support: 'enemy' })).toEqual(['raj']);
    expect(ids('', { status: 'blocked' })).toEqual(['a2']);
    expect(ids('security', { owner: 'Mia Chen' })).toEqual(['a2']);
    expect(ids('lunch', { status: 'blocked' })).toEqual([]);
  });

  it('is inactive with nothing typed and no filter: nothing matches, nothing is dimmed', () => {
    const result = searchPlan(ordered(), { text: '   ', filters: NO_FILTERS });
    expect(result.active).toBe(false);
    expect(result.hits).toEqual([]);
    expect(isSearchActive({ text: '', filters: { ...NO_FILTERS, status: 'done' } })).toBe(true);
  });

  it('sees a renamed node at once (the text of each node version is read afresh)', () => {
    const nodes = plan();
    expect(searchPlan(nodes, { text: 'Whitfield', filters: NO_FILTERS }).hits).toHaveLength(1);
    const renamed = nodes.map((item) => (item.id === 'dana' ? ({ ...item, label: 'Dana Brooks' } as PlanNode) : item));
    expect(searchPlan(renamed, { text: 'Whitfield', filters: NO_FILTERS }).hits).toHaveLength(0);
  });
});

describe('filterChoices', () => {
  it('offers the kinds present, the owners once each, and the roles, supports and statuses in use', () => {
    const choices = filterChoices(ordered());
    expect(choices.kinds.map((choice) => choice.label)).toEqual(['Account', 'Stakeholder', 'Action', 'Dependency']);
    expect(choices.owners.map((choice) => choice.value)).toEqual(['Mia Chen', 'Sam Ortiz']);
    expect(choices.buyingRoles).toContainEqual({ value: 'economic-buyer', label: 'Economic buyer' });
    expect(choices.supports).toContainEqual({ value: 'enemy', label: '−2 Enemy' });
    expect(choices.statuses.map((choice) => choice.value)).toEqual(['in-progress', 'blocked', 'at-risk']);
  });
});
