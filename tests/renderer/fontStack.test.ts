import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMOJI_FONTS, SCRIPT_FONTS } from '../../shared/document/fonts.ts';

const css = (path: string) => readFileSync(new URL(`../../renderer/${path}`, import.meta.url), 'utf8');
const fallbacks = [...SCRIPT_FONTS, ...EMOJI_FONTS].map((font) => `'${font}'`).concat('sans-serif').join(', ');

describe('the app and the document preview use the documents’ script and emoji fonts', () => {
  it.each(['styles/base.css', 'export/document.css'])('%s ends its font stack with them, emoji last', (path) => {
    const stacks = [...css(path).matchAll(/font-family:\s*([^;]+);/g)].map((match) => match[1]!).filter((stack) => stack !== 'inherit');
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) expect(stack.endsWith(fallbacks), stack).toBe(true);
  });
});
