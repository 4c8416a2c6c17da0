import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../shared/planFile.ts';
import { atlas, sha256, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas import refuses a bad plan file, names the problem and leaves the library unchanged', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  const good = join(folder.dir, 'good.json');
  let original: PlanFile;

  beforeAll(() => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', good, '--data', library]).status).toBe(0);
    original = JSON.parse(readFileSync(good, 'utf8')) as PlanFile;
  });
  afterAll(() => folder.remove());

  /** Writes a changed copy of the good plan file and imports it; returns the one error line. */
  const importBroken = (name: string, change: (file: PlanFile) => void, text?: string) => {
    const path = join(folder.dir, name);
    const file = structuredClone(original);
    change(file);
    writeFileSync(path, text ?? JSON.stringify(file, null, 2));
    const listBefore = atlas(['list', '--json', '--data', library]).stdout;
    const hashBefore = sha256(library);
    const line = userErrorLine(atlas(['import', path, '--data', library]));
    expect(atlas(['list', '--json', '--data', library]).stdout).toBe(listBefore);
    expect(sha256(library)).toBe(hashBefore);
    return line;
  };

  it('names a field with the wrong type', () => {
    const index = original.nodes.findIndex((node) => node.kind === 'goal');
    const line = importBroken('wrong-type.json', (file) => {
      (file.nodes[index]!.data as Record<string, unknown>).target = 'two million';
    });
    expect(line).toContain(`was not imported: nodes[${index}].data.target: expected a number`);
  });

  it('names an unknown node kind', () => {
    const index = original.nodes.findIndex((node) => node.kind === 'swot');
    const line = importBroken('unknown-kind.json', (file) => {
      (file.nodes[index] as { kind: string }).kind = 'robot';
    });
    expect(line).toContain(`nodes[${index}].kind: expected one of account, stakeholder`);
  });

  it('names a relation between kinds that may not connect', () => {
    const need = original.nodes.find((node) => node.kind === 'need')!;
    const line = importBroken('bad-relation.json', (file) => {
      const reportsTo = file.edges.find((edge) => edge.kind === 'reportsTo')!;
      reportsTo.target = need.id;
    });
    expect(line).toContain('a "reports to" relation cannot go from a stakeholder to a need');
  });

  it('names an orphan node whose parent is missing', () => {
    const line = importBroken('orphan.json', (file) => {
      file.nodes.find((node) => node.kind === 'action')!.parentId = 'no-such-parent';
    });
    expect(line).toContain('parent node "no-such-parent" does not exist');
  });

  it('gives the line and column of broken JSON', () => {
    const text = JSON.stringify(original, null, 2).replace('"version": 1,', '"version": 1');
    const line = importBroken('broken.json', () => {}, text);
    expect(line).toMatch(/"[^"]*broken\.json" is not valid JSON \(line 4, column 3\): Expected .,. or .}. after property value\.$/);
  });

  it('says when a file is not a plan file at all, or is missing', () => {
    expect(importBroken('other.json', () => {}, '{"hello": "world"}\n')).toContain('was not imported: format: expected "account-atlas-plan"');
    const missing = userErrorLine(atlas(['import', join(folder.dir, 'missing.json'), '--data', library]));
    expect(missing).toMatch(/Cannot read ".*missing\.json": there is no such file\./);
  });

  it('does not leave a new library behind when the import into it fails', () => {
    const fresh = join(folder.dir, 'fresh.db');
    const path = join(folder.dir, 'bad-for-fresh.json');
    const file = structuredClone(original);
    file.edges.find((edge) => edge.kind === 'hasNeed')!.target = file.nodes[0]!.id;
    writeFileSync(path, JSON.stringify(file));
    userErrorLine(atlas(['import', path, '--data', fresh]));
    expect(existsSync(fresh)).toBe(false);
  });
});
