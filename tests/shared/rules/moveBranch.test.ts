import { describe, expect, it } from 'vitest';
import { nodeAtPoint, siblingDropIndex } from '../../../shared/rules/dropPlace.ts';
import { canBeChildOf, demote, moveAmongSiblings, moveUnder, promote, reparentRefusal } from '../../../shared/rules/moveBranch.ts';
import type { MovableItem } from '../../../shared/rules/moveBranch.ts';
import { planTree } from '../../../shared/rules/tree.ts';
import type { NodeKind } from '../../../shared/kinds/index.ts';

const item = (id: string, kind: NodeKind, parentId: string | null, order: number): MovableItem => ({ id, kind, label: id, parentId, order });

// root ─ finance (s) ─ dana (s) ─ need-1
//      ├ it (s)
//      └ team (t)
const plan = () =>
  planTree([
    item('root', 'account', null, 0),
    item('finance', 'stakeholder', 'root', 0),
    item('dana', 'stakeholder', 'finance', 0),
    item('need-1', 'need', 'dana', 0),
    item('it', 'stakeholder', 'root', 1),
    item('team', 'teamMember', 'root', 2),
  ]);

describe('which kind may hang under which', () => {
  it('the account is never a child; every other kind may hang under any item', () => {
    expect(canBeChildOf('account', 'topic')).toBe(false);
    expect(canBeChildOf('stakeholder', 'account')).toBe(true);
    expect(canBeChildOf('action', 'need')).toBe(true);
  });
});

describe('re-parenting a branch', () => {
  it('is refused into its own branch, onto itself, and for the account, each with a reason', () => {
    const tree = plan();
    expect(reparentRefusal(tree, 'finance', 'need-1')).toBe('"finance" cannot be moved into its own branch ("need-1" is part of it).');
    expect(reparentRefusal(tree, 'dana', 'dana')).toBe('"dana" cannot be moved onto itself.');
    expect(reparentRefusal(tree, 'root', 'it')).toBe('The account is the centre of the map and cannot be moved under another item.');
    expect(reparentRefusal(tree, 'dana', 'it')).toBeNull();
  });

  it('goes last under its new parent, renumbering nothing else', () => {
    const result = moveUnder(plan(), 'dana', 'it');
    expect(result).toEqual({ ok: true, move: { nodeId: 'dana', parentId: 'it', orders: [{ id: 'dana', order: 0 }] } });
  });

  it('goes at an index among the new siblings, renumbering those that shift', () => {
    const result = moveUnder(plan(), 'dana', 'root', 1);
    expect(result).toEqual({
      ok: true,
      move: { nodeId: 'dana', parentId: 'root', orders: [{ id: 'dana', order: 1 }, { id: 'it', order: 2 }, { id: 'team', order: 3 }] },
    });
  });
});

describe('keyboard moves', () => {
  it('Alt+Up and Alt+Down swap with the neighbouring sibling, refusing at the ends', () => {
    const tree = plan();
    expect(moveAmongSiblings(tree, 'it', -1)).toEqual({ ok: true, move: { nodeId: 'it', parentId: 'root', orders: [{ id: 'it', order: 0 }, { id: 'finance', order: 1 }] } });
    expect(moveAmongSiblings(tree, 'team', 1)).toEqual({ ok: false, reason: '"team" is already the last item under "root".' });
    expect(moveAmongSiblings(tree, 'finance', -1)).toEqual({ ok: false, reason: '"finance" is already the first item under "root".' });
  });

  it('Alt+Left promotes to right after the parent; a first-level item cannot go higher', () => {
    const tree = plan();
    expect(promote(tree, 'dana')).toEqual({
      ok: true,
      move: { nodeId: 'dana', parentId: 'root', orders: [{ id: 'dana', order: 1 }, { id: 'it', order: 2 }, { id: 'team', order: 3 }] },
    });
    expect(promote(tree, 'it')).toEqual({ ok: false, reason: '"it" already hangs from the account; it cannot go higher.' });
  });

  it('Alt+Right demotes under the previous sibling (last child); the first sibling cannot be demoted', () => {
    const tree = plan();
    expect(demote(tree, 'it')).toEqual({ ok: true, move: { nodeId: 'it', parentId: 'finance', orders: [{ id: 'it', order: 1 }] } });
    expect(demote(tree, 'finance')).toEqual({ ok: false, reason: '"finance" is the first item under "root", so there is no item above it to move it under.' });
  });
});

describe('drop places', () => {
  const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

  it('finds the node under a point, skipping the dragged ones', () => {
    const nodes = [at('a', 0, 0), at('b', 300, 0)];
    expect(nodeAtPoint(nodes, { x: 310, y: 10 }, () => false)).toBe('b');
    expect(nodeAtPoint(nodes, { x: 310, y: 10 }, (id) => id === 'b')).toBeNull();
    expect(nodeAtPoint(nodes, { x: 250, y: 10 }, () => false)).toBeNull();
  });

  it('a drop in the siblings column between two of them takes that place; outside it, or in its own place, is no reorder', () => {
    const parent = at('p', 0, 0);
    const siblings = [at('s1', 300, -100), at('s2', 300, 0), at('s3', 300, 100)];
    expect(siblingDropIndex(parent, siblings, 's1', { x: 310, y: 50 })).toBe(1);
    expect(siblingDropIndex(parent, siblings, 's3', { x: 300, y: -150 })).toBe(0);
    expect(siblingDropIndex(parent, siblings, 's2', { x: 300, y: 10 })).toBeNull();
    expect(siblingDropIndex(parent, siblings, 's1', { x: 900, y: 50 })).toBeNull();
    expect(siblingDropIndex(parent, siblings, 's1', { x: -300, y: 50 })).toBeNull();
  });
});
