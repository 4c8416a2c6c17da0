import { describe, expect, it } from 'vitest';
import { NODE_KINDS, fieldWord, kindOf, optionWord } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';

/** The select fields whose option a map card shows as a badge. */
const BADGE_FIELDS: readonly [NodeKind, string][] = [
  ['opportunity', 'type'],
  ['opportunity', 'stage'],
  ['action', 'status'],
  ['competitor', 'position'],
  ['competitor', 'threat'],
  ['dependency', 'scope'],
  ['dependency', 'status'],
  ['dependency', 'area'],
  ['need', 'priority'],
  ['need', 'category'],
  ['stakeholder', 'buyingRole'],
  ['stakeholder', 'influence'],
  ['swot', 'quadrant'],
  ['teamMember', 'function'],
];

describe('card words: full labels and their designed short forms', () => {
  it('gives every long option a card shows a short form, and keeps short ones whole', () => {
    for (const [kind, key] of BADGE_FIELDS) {
      const field = kindOf(kind).field(key);
      if (field?.type !== 'select') throw new Error(`${kind}.${key} is not a select field`);
      for (const option of field.options) {
        const word = optionWord(field, option.value);
        expect(word.full).toBe(option.label);
        if (option.label.length > 11) expect({ option: option.label, short: word.short.length <= 13 }).toEqual({ option: option.label, short: true });
      }
    }
  });

  it('makes every short form shorter than its word, a word of its own (no ellipsis)', () => {
    for (const kind of NODE_KINDS) {
      for (const field of kindOf(kind).fields) {
        const words = [...(field.short ? [{ label: field.label, short: field.short }] : []), ...(field.type === 'select' ? field.options : [])];
        for (const { label, short } of words) {
          if (short === undefined) continue;
          expect(short.length).toBeLessThan(label.length);
          expect(short).not.toMatch(/…|\.\.\./);
        }
      }
    }
  });

  it('abbreviates the stages as a sales team does', () => {
    const stage = kindOf('opportunity').field('stage');
    expect(['identify', 'qualify', 'propose', 'negotiate', 'won'].map((value) => optionWord(stage, value).short)).toEqual(['Ident.', 'Qual.', 'Prop.', 'Neg.', 'Won']);
    expect(fieldWord(kindOf('milestone').field('target'), 'Target')).toEqual({ full: 'Target', short: 'Tgt' });
    expect(optionWord(stage, 'unheard-of')).toEqual({ full: 'unheard-of', short: 'unheard-of' });
  });
});
