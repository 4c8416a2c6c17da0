import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document/blockTypes.ts';
import { blockKeep, keepGroups } from '../../../shared/document/keep.ts';

const heading = (text: string): Block => ({ type: 'heading', level: 2, text, id: text });
const lead = (text: string): Block => ({ type: 'paragraph', runs: [{ text, strong: true }] });
const intro = (text: string): Block => ({ type: 'paragraph', runs: [{ text, emphasis: true }] });
const text = (words: string): Block => ({ type: 'paragraph', runs: [{ text: words }] });
const list = (count: number): Block => ({ type: 'list', items: Array.from({ length: count }, (_, at) => ({ runs: [{ text: `Item ${at}` }] })) });
const rows = (count: number): Block => ({
  type: 'table',
  columns: [{ header: 'Name', align: 'left', weight: 1 }],
  rows: Array.from({ length: count }, (_, at) => [[{ text: `Row ${at}` }]]),
});

describe('keep rules', () => {
  it('keeps headings, lead-ins and a heading’s italic introduction with what follows; short lists and tables whole', () => {
    expect(blockKeep(heading('Org chart')).withNext).toBe(true);
    expect(blockKeep(lead('Informal influence')).withNext).toBe(true);
    expect(blockKeep(intro('What the customer asks'), heading('Respond')).withNext).toBe(true);
    expect(blockKeep(intro('A note in italics'), text('before')).withNext).toBe(false);
    expect(blockKeep(list(6)).whole).toBe(true);
    expect(blockKeep(list(7)).whole).toBe(false);
    expect(blockKeep(rows(6)).whole).toBe(true);
    expect(blockKeep(rows(30)).whole).toBe(false);
  });

  it('groups each heading run with the block it introduces', () => {
    const blocks = [heading('Opportunities'), heading('Respond'), intro('The customer asks'), rows(2), lead('Informal influence'), list(2), text('After')];
    expect(keepGroups(blocks).map((group) => group.blocks.length)).toEqual([4, 2, 1]);
  });

  it('ties a short section end to the group before it, and a long one not', () => {
    const short = keepGroups([heading('Goals'), rows(20), heading('Notes'), lead('Review'), text('Two lines.'), { type: 'pageBreak' }, heading('Next'), text('x')]);
    expect(short.map((group) => group.tail)).toEqual([false, true, false, false]);
    const long = keepGroups([heading('Goals'), rows(20), heading('Notes'), list(6)]);
    expect(long.map((group) => group.tail)).toEqual([false, false]);
  });
});
