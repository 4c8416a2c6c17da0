import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

const SOURCE_EXTENSIONS = /\.(ts|tsx|cts|mts)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_EXTENSIONS.test(entry.name))
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every module specifier a file imports, requires or references with import(). */
function importsOf(file: string): string[] {
  // Comments may mention modules (e.g. "require('electron') would ..."); only code counts.
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s+['"]([^'"]+)['"]/gm];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('.')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('module boundaries', () => {
  const everything = ['shared', 'electron', 'renderer'].flatMap(sourceFiles);

  it('finds the source tree (the scan itself works)', () => {
    expect(everything).toContain('electron/main/main.ts');
    expect(everything).toContain('electron/preload/preload.cts');
    expect(importsOf('electron/main/ipc.ts')).toContain('electron');
    expect(importsOf('electron/preload/preload.cts')).toContain('electron');
  });

  it('lets only electron/main and electron/preload import electron', () => {
    const offenders = everything.filter(
      (file) =>
        !file.startsWith('electron/main/') &&
        !file.startsWith('electron/preload/') &&
        importsOf(file).some((specifier) => packageOf(specifier) === 'electron'),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps shared/ free of Node, the DOM libraries, React, SQLite and Electron', () => {
    const forbidden = new Set([
      ...builtinModules,
      'electron',
      'better-sqlite3',
      'react',
      'react-dom',
      '@xyflow/react',
      'zustand',
      'docx',
      'pptxgenjs',
      'playwright-core',
    ]);
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('node:') || forbidden.has(packageOf(specifier)))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer away from Node and storage', () => {
    const forbidden = new Set([...builtinModules, 'electron', 'better-sqlite3', 'playwright-core']);
    const offenders = sourceFiles('renderer')
      .filter((file) => file !== 'renderer/vite.config.ts')
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith('node:') || forbidden.has(packageOf(specifier)) || specifier.includes('electron/backend'))
          .map((specifier) => `${file} imports ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });
});
