import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, edgeKindOf } from '../../shared/edges.ts';
import { NODE_KINDS, kindOf } from '../../shared/kinds/index.ts';
import {
  addItemHint,
  cannotConnectMessage,
  kindNoun,
  missingLabelMessage,
  noConnectTargetMessage,
  relationRefusedMessage,
} from '../../shared/kinds/wording.ts';

/** Every "a"/"an" in `phrase` paired with the word after it, where the article does not fit that word's sound. */
function wrongArticles(phrase: string): string[] {
  const wrong: string[] = [];
  for (const match of phrase.matchAll(/\b(a|an|A|An) ([“"]?)(\S+)/g)) {
    const [whole, article, , word] = match;
    const vowel = /^[aeiou]/i.test(word!);
    if (article!.toLowerCase() === 'a' && vowel) wrong.push(whole);
    if (article!.toLowerCase() === 'an' && !vowel) wrong.push(whole);
  }
  return wrong;
}

function everyPhrase(): string[] {
  const phrases: string[] = [];
  for (const kind of NODE_KINDS) {
    phrases.push(kindOf(kind).aLabel, kindOf(kind).aLabelField);
    phrases.push(addItemHint(kind, 'Globex', 'under'), addItemHint(kind, 'Globex', 'beside'));
    phrases.push(missingLabelMessage(kind), noConnectTargetMessage('xyz', kind));
    for (const other of NODE_KINDS) {
      phrases.push(cannotConnectMessage(kind, other));
      for (const edge of EDGE_KINDS) phrases.push(relationRefusedMessage(edgeKindOf(edge).label, kind, other));
    }
  }
  return phrases;
}

describe('the words of each kind', () => {
  it('finds a wrong article where there is one', () => {
    expect(wrongArticles('Add a opportunity. An goal. A “addresses” relation')).toEqual(['a opportunity.', 'An goal.', 'A “addresses”']);
    expect(wrongArticles('Add an opportunity under a goal')).toEqual([]);
  });

  it('puts the right article before every kind, in every generated phrase', () => {
    const phrases = everyPhrase();
    expect(phrases.length).toBeGreaterThan(1000);
    expect(phrases.flatMap(wrongArticles)).toEqual([]);
    expect(phrases.filter((phrase) => /\ba a\b/i.test(phrase))).toEqual([]);
  });

  it('speaks of each kind in its own words, casing kept', () => {
    for (const kind of NODE_KINDS) expect(kindOf(kind).aLabel.toLowerCase()).toBe(`${/^an /.test(kindOf(kind).aLabel) ? 'an' : 'a'} ${kindOf(kind).label.toLowerCase()}`);
    expect(addItemHint('opportunity', 'Globex', 'under')).toBe('Add an opportunity under “Globex”');
    expect(addItemHint('swot', 'Globex', 'beside')).toBe('Add a SWOT entry beside “Globex”');
    expect(missingLabelMessage('action')).toBe('Give the action a title.');
    expect(missingLabelMessage('goal')).toBe('Give the goal an objective.');
    expect(cannotConnectMessage('opportunity', 'action')).toBe('An opportunity and an action cannot be connected this way.');
    expect(relationRefusedMessage('addresses', 'need', 'account')).toBe('The “addresses” relation cannot go from a need to an account.');
    expect(kindNoun('teamMember')).toBe('team member');
  });
});
