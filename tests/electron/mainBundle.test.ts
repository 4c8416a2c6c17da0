import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, mainBundleOptions } from '../../electron/cli/build.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('main-process bundle', () => {
  it('loads at run time only Electron, Node built-ins and production dependencies (what the packaged app ships)', async () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const dependencies = Object.keys(manifest.dependencies);
    const result = await build({ ...mainBundleOptions(folder.path('main.js'), dependencies), metafile: true, write: false });
    const imported = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.filter((entry) => entry.external).map((entry) => entry.path),
    );
    const allowed = new Set(['electron', ...dependencies, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const packageOf = (path: string) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!);
    expect(imported.filter((path) => !allowed.has(path) && !allowed.has(packageOf(path)))).toEqual([]);
    expect(imported).toContain('electron');
    expect(imported).toContain('better-sqlite3');
  });
});
