import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../../shared/model.ts';
import { CLIPBOARD_FORMAT } from '../../../renderer/commands/clipboardFormat.ts';
import { clearHeldClipboard, heldClipboard } from '../../../renderer/commands/clipboardMemory.ts';
import {
  DAMAGED_NOTICE,
  EMPTY_CLIPBOARD_NOTICE,
  MAX_PASTED_LINES,
  NEWER_VERSION_NOTICE,
  UNPASTABLE_NOTICE,
} from '../../../renderer/commands/clipboardRead.ts';
import type { ClipboardSource } from '../../../renderer/commands/clipboardRead.ts';
import { copy } from '../../../renderer/commands/copy.ts';
import { paste } from '../../../renderer/commands/paste.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { byId, openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
beforeEach(() => clearHeldClipboard());
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('g1', 'goal', 'Grow', root, -300, 0)],
});

/** Runs Paste the way the map does, returning the sentence it reports. */
function pasteFrom(clipboard: ClipboardSource | undefined): string | null {
  runCommand(plan.store, paste, { clipboard });
  return plan.store.getState().notice;
}

function added(): PlanNode[] {
  return Object.values(plan.store.getState().nodes).filter((node) => !['s1', 'g1', plan.root.id].includes(node.id));
}

const item = (id: string, kind: string, label: string, parentId: string | null, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  label,
  data: {},
  position: { x: 0, y: 0 },
  parentId,
  order: 0,
  collapsed: false,
  ...extra,
});

const ours = (nodes: unknown[], edges: unknown[] = []) => JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, nodes, edges });

describe('Paste validates what it reads', () => {
  it('keeps the valid items and relations of a foreign payload, drops the rest and says so in one sentence', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['g1'] });
    const json = ours(
      [
        item('a', 'stakeholder', 'Priya Raman', 'elsewhere', { data: { support: 'mentor' } }),
        item('b', 'need', 'Replace the planner', 'a'),
        item('c', 'spaceship', 'Not a kind we know', 'a'),
        item('d', 'stakeholder', 'Bad support', 'a', { data: { support: 'best friend' } }),
        item('e', 'action', 'Hanging under an invalid item', 'c'),
        item('a', 'topic', 'Repeated id', null),
        { id: 'f', kind: 'topic', label: 'Unknown field', smuggled: true },
        item('acct', 'account', 'Someone else’s account', null),
        item('g', 'topic', 'Under their account', 'acct'),
      ],
      [
        { id: 'r1', kind: 'hasNeed', source: 'a', target: 'b', data: {} },
        { id: 'r2', kind: 'reportsTo', source: 'a', target: 'b', data: {} },
        { id: 'r3', kind: 'hasNeed', source: 'a', target: 'missing', data: {} },
        { id: 'r4', kind: 'teleports', source: 'a', target: 'b', data: {} },
        { id: 'r5', kind: 'related', source: 'b', target: 'b', data: {} },
        { id: 'r6', kind: 'related', source: 'b', target: 'acct', data: {} },
      ],
    );
    const notice = pasteFrom({ json });
    expect(notice).toBe('Pasted 4 items; left out 4 items that were not valid and 5 relations that were not valid or not allowed between the pasted items.');

    const nodes = added();
    expect(nodes.map((node) => node.label).sort()).toEqual(['Hanging under an invalid item', 'Priya Raman', 'Replace the planner', 'Under their account']);
    const priya = nodes.find((node) => node.label === 'Priya Raman')!;
    expect(priya.parentId).toBe('g1');
    expect(priya.data).toMatchObject({ support: 'mentor' });
    expect(nodes.find((node) => node.label === 'Replace the planner')!.parentId).toBe(priya.id);
    // Branches whose parent was left out (or was the other plan's account) hang under the target.
    expect(nodes.find((node) => node.label === 'Hanging under an invalid item')!.parentId).toBe('g1');
    expect(nodes.find((node) => node.label === 'Under their account')!.parentId).toBe('g1');
    expect(nodes.filter((node) => node.kind === 'account')).toHaveLength(0);
    const edges = Object.values(plan.store.getState().edges);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ kind: 'hasNeed', source: priya.id });

    const saved = await plan.saved();
    expect(saved.nodes).toHaveLength(7);
    expect(saved.edges).toHaveLength(1);
    // Undo takes the whole paste back in one step.
    plan.store.getState().undo();
    expect((await plan.saved()).nodes).toHaveLength(3);
  });

  it('leaves out items caught in a parent loop', async () => {
    plan = await openPlan(seed);
    const notice = pasteFrom({ json: ours([item('x', 'topic', 'X', 'y'), item('y', 'topic', 'Y', 'x'), item('z', 'topic', 'Fine', null)]) });
    expect(added().map((node) => node.label)).toEqual(['Fine']);
    expect(notice).toBe('Pasted 1 item; left out 2 items that were not valid.');
  });

  it('pastes nothing from damaged JSON that carries our marker, and says so', async () => {
    plan = await openPlan(seed);
    expect(pasteFrom({ text: `{"format":"${CLIPBOARD_FORMAT}","version":1,"nodes":[{"id":"a"` })).toBe(DAMAGED_NOTICE);
    expect(pasteFrom({ json: `{"format":"${CLIPBOARD_FORMAT}","version":1,"nodes":"many"}` })).toBe(DAMAGED_NOTICE);
    expect(pasteFrom({ json: 'not json at all' })).toBe(DAMAGED_NOTICE);
    expect(added()).toHaveLength(0);
    expect(plan.store.getState().past).toHaveLength(0);
  });

  it('refuses items from a newer version of the app', async () => {
    plan = await openPlan(seed);
    expect(pasteFrom({ json: JSON.stringify({ format: CLIPBOARD_FORMAT, version: 2, nodes: [] }) })).toBe(NEWER_VERSION_NOTICE);
    expect(added()).toHaveLength(0);
  });

  it('pastes nothing when every item is invalid, and says what was left out', async () => {
    plan = await openPlan(seed);
    expect(pasteFrom({ json: ours([item('a', 'spaceship', 'No', null)]) })).toBe('Nothing was pasted: left out 1 item that was not valid.');
    expect(plan.store.getState().past).toHaveLength(0);
  });

  it('pastes our JSON found in plain text (from another app) the same way', async () => {
    plan = await openPlan(seed);
    expect(pasteFrom({ text: ours([item('a', 'need', 'Lower emissions', null)]) })).toBeNull();
    expect(added().map((node) => [node.kind, node.label])).toEqual([['need', 'Lower emissions']]);
  });
});

describe('Paste of plain text', () => {
  it('makes one topic per non-empty line under the selection, nested by indentation, bullets removed', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'] });
    expect(pasteFrom({ text: 'Ideas for the QBR\r\n\n  - Bring the EMEA numbers\n  * Invite Helen\n\t\tAsk about budget\nFollow up\n   \n' })).toBeNull();
    const nodes = added();
    expect(nodes.every((node) => node.kind === 'topic')).toBe(true);
    const byLabel = new Map(nodes.map((node) => [node.label, node]));
    expect([...byLabel.keys()].sort()).toEqual(['Ask about budget', 'Bring the EMEA numbers', 'Follow up', 'Ideas for the QBR', 'Invite Helen']);
    const ideas = byLabel.get('Ideas for the QBR')!;
    expect(ideas.parentId).toBe('s1');
    expect(byLabel.get('Bring the EMEA numbers')!.parentId).toBe(ideas.id);
    expect(byLabel.get('Invite Helen')!.parentId).toBe(ideas.id);
    expect(byLabel.get('Ask about budget')!.parentId).toBe(byLabel.get('Invite Helen')!.id);
    expect(byLabel.get('Follow up')!.parentId).toBe('s1');
    expect([...plan.store.getState().selection.nodeIds].sort()).toEqual([ideas.id, byLabel.get('Follow up')!.id].sort());
    expect(plan.store.getState().past.at(-1)!.label).toBe('Paste 5 items');
    expect(byId(await plan.saved()).get(ideas.id)!.kind).toBe('topic');
  });

  it(`pastes at most ${MAX_PASTED_LINES} lines and says how many were left out`, async () => {
    plan = await openPlan(seed);
    const lines = Array.from({ length: MAX_PASTED_LINES + 25 }, (_, index) => `Line ${index + 1}`).join('\n');
    expect(pasteFrom({ text: lines })).toBe(`Pasted ${MAX_PASTED_LINES} items; left out 25 more lines (at most ${MAX_PASTED_LINES} lines are pasted at once).`);
    expect(added()).toHaveLength(MAX_PASTED_LINES);
    expect((await plan.saved()).nodes).toHaveLength(MAX_PASTED_LINES + 3);
  });

  it('treats JSON that is not ours as text', async () => {
    plan = await openPlan(seed);
    pasteFrom({ text: '{"name":"something else"}' });
    expect(added().map((node) => node.label)).toEqual(['{"name":"something else"}']);
  });
});

describe('Paste without the system clipboard', () => {
  it('pastes the copy kept in memory when the system clipboard gave nothing', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'] });
    runCommand(plan.store, copy, undefined);
    plan.store.getState().select({ nodeIds: ['g1'] });
    expect(pasteFrom(undefined)).toBeNull();
    expect(added().map((node) => [node.kind, node.label, node.parentId])).toEqual([['stakeholder', 'Dana Whitfield', 'g1']]);
  });

  it('pastes the full items when the clipboard kept only our outline text', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'] });
    runCommand(plan.store, copy, undefined);
    pasteFrom({ text: heldClipboard()!.text });
    expect(added().map((node) => node.kind)).toEqual(['stakeholder']);
  });

  it('says there is nothing to paste before anything was copied, and when the clipboard holds no text', async () => {
    plan = await openPlan(seed);
    expect(pasteFrom(undefined)).toBe(EMPTY_CLIPBOARD_NOTICE);
    expect(pasteFrom({ json: '', text: '' })).toBe(UNPASTABLE_NOTICE);
    expect(plan.store.getState().past).toHaveLength(0);
  });
});
