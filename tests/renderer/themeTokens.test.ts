import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../renderer');
const BASE = readFileSync(join(RENDERER, 'styles/base.css'), 'utf8');
/** Tokens that are not colours, so the dark theme has no reason to change them. */
const NOT_COLOURS = new Set(['--radius']);

/** The custom properties declared in a block of CSS. */
function tokens(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** The body of the first rule that starts with `start`, its braces balanced. */
function ruleBody(css: string, start: string): string {
  const at = css.indexOf(start);
  expect(at, `${start} in base.css`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', at);
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}' && --depth === 0) return css.slice(open + 1, index);
  }
  throw new Error(`${start} is not closed`);
}

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(folder, entry.name)) : entry.name.endsWith('.css') ? [join(folder, entry.name)] : [],
  );
}

describe('the colour tokens', () => {
  const light = tokens(ruleBody(BASE, ':root {'));
  const dark = tokens(ruleBody(ruleBody(BASE, '@media (prefers-color-scheme: dark)'), ':root {'));

  it('give every colour of the light theme a dark counterpart, and the dark theme no token of its own', () => {
    const colours = [...light.keys()].filter((name) => !NOT_COLOURS.has(name));
    expect(colours.length).toBeGreaterThan(50);
    expect(colours.filter((name) => !dark.has(name))).toEqual([]);
    expect([...dark.keys()].filter((name) => !light.has(name))).toEqual([]);
  });

  it('are defined for every token the app’s style sheets use', () => {
    const used = new Set(cssFiles(RENDERER).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]!)));
    // Set per element (by the card, the plan check, a relation or React Flow), not by the theme.
    const local = [...used].filter((name) => /^--(kind-color|kind-solid|relation-color|presence-color|support|tone|tone-soft|overview-label-size|doc-|atlas-|xy-)/.test(name));
    const missing = [...used].filter((name) => !light.has(name) && !local.includes(name));
    expect(missing).toEqual([]);
  });

  it('leave no hard-coded colour in the app’s style sheets outside the theme (the document preview keeps the printed look)', () => {
    const literal = /#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|\b(white|black)\b(?!-)/;
    const found = cssFiles(RENDERER)
      .filter((file) => !file.endsWith('styles/base.css') && !file.endsWith('export/document.css'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line: line.replace(/\/\*.*?\*\//g, ''), where: `${file.slice(RENDERER.length + 1)}:${index + 1}` }))
          .filter(({ line }) => literal.test(line.replace(/white-space/g, '')))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
    const outsideRoot = BASE.replace(ruleBody(BASE, ':root {'), '').replace(ruleBody(BASE, '@media (prefers-color-scheme: dark)'), '');
    expect(found).toEqual([]);
    expect(outsideRoot.split('\n').filter((line) => literal.test(line.replace(/white-space/g, '')))).toEqual([]);
  });
});
