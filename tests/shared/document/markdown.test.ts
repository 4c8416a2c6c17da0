import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document/blockTypes.ts';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { renderMarkdown } from '../../../shared/document/markdown.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { TODAY, sampleDocument } from './fixtures.ts';
import { expectGolden } from './golden.ts';

const md = new MarkdownIt();

const NASTY = [
  '*bold*',
  '_it_',
  '`code`',
  '[link](http://x.example)',
  '![img](x.png)',
  '<b>tag</b>',
  '<script>alert(1)</script>',
  'a | b',
  '# not a heading',
  '1. not a list',
  '2) not a list',
  '- not a list',
  '+ not a list',
  '= setext',
  '> not a quote',
  '&amp; stays literal',
  '~~strike~~',
  'back\\slash',
  '**x**',
];

/** Text of the rendered HTML, with entities decoded: what a reader sees. */
function seen(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .trim();
}

function sampleMarkdown(edition: 'internal' | 'customer'): string {
  return renderMarkdown(planBlocks(planOutline(sampleDocument(), { edition, today: TODAY })));
}

describe('Markdown adapter', () => {
  it.each(NASTY)('shows %s as typed in paragraphs, list items, headings and table cells', (text) => {
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text }] },
      { type: 'list', items: [{ runs: [{ text }] }] },
      { type: 'heading', level: 2, text, id: 'x' },
      { type: 'table', columns: [{ header: text, align: 'left', weight: 1 }], rows: [[[{ text, strong: true }]]] },
    ];
    const html = md.render(renderMarkdown(blocks));
    expect(html).not.toMatch(/<(b|script|em|code|a|img|del|h1|ol|blockquote)[\s>]/);
    expect(seen(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')).toBe(text);
    expect(seen(/<li>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '')).toBe(text);
    expect(seen(/<h3>([\s\S]*?)<\/h3>/.exec(html)?.[1] ?? '')).toBe(text);
    expect(seen(/<th>([\s\S]*?)<\/th>/.exec(html)?.[1] ?? '')).toBe(text);
    expect(seen(/<td>([\s\S]*?)<\/td>/.exec(html)?.[1] ?? '')).toBe(text);
  });

  it('keeps line breaks of multi-line text without starting lists or headings', () => {
    const html = md.render(renderMarkdown([{ type: 'paragraph', runs: [{ text: 'first\n- second\n1. third\n===' }] }]));
    expect(html).not.toMatch(/<(ul|ol|h1|h2)>/);
    expect(seen(html).split(/\s*\n\s*/)).toEqual(['first', '- second', '1. third', '===']);
  });

  it('parses into the plan heading tree: title, contents, the six sections in order, then the map', () => {
    const tokens = md.parse(sampleMarkdown('internal'), {});
    const headings = tokens.flatMap((token, at) => (token.type === 'heading_open' ? [[token.tag, tokens[at + 1]?.content ?? '']] : []));
    expect(headings[0]?.[0]).toBe('h1');
    const sections = headings.filter(([tag]) => tag === 'h2').map(([, text]) => text);
    expect(sections).toEqual(['Contents', ...PLAN_SECTIONS.map((section) => `${section.number}. ${section.title}`), 'Account map']);
    const tables = tokens.filter((token) => token.type === 'table_open').length;
    expect(tables).toBeGreaterThanOrEqual(10);
    const headers = tokens.filter((token) => token.type === 'th_open').map((token) => tokens[tokens.indexOf(token) + 1]?.content);
    for (const header of ['Need', 'Buying role', 'Covered by', 'Target', 'Weighted value', 'Owner', 'Due', 'Needed for', 'Milestone']) {
      expect(headers).toContain(header);
    }
  });

  it('matches the golden files of the sample plan', () => {
    expectGolden('sample-internal.md', sampleMarkdown('internal'));
    expectGolden('sample-customer.md', sampleMarkdown('customer'));
  });
});
