import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLAN_NODES, MAX_TREE_DEPTH } from '../../shared/limits.ts';
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
    expect(line).toContain('the "reports to" relation cannot go from a stakeholder to a need');
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

  it('refuses a duplicate node id, naming both places (it used to replace the first node)', () => {
    const first = original.nodes.findIndex((node) => node.kind === 'need');
    const second = original.nodes.findIndex((node, at) => at > first && node.kind === 'action');
    const id = original.nodes[first]!.id;
    const line = importBroken('duplicate-node.json', (file) => {
      file.nodes[second]!.id = id;
    });
    expect(line).toContain(`was not imported: nodes[${second}].id: duplicate id "${id}" (first at nodes[${first}]).`);
  });

  it('refuses a duplicate relation id', () => {
    const id = original.edges[2]!.id;
    const line = importBroken('duplicate-edge.json', (file) => {
      file.edges[5]!.id = id;
    });
    expect(line).toContain(`was not imported: edges[5].id: duplicate id "${id}" (first at edges[2]).`);
  });

  it('refuses timestamps and dates that are not in the calendar or the clock', () => {
    expect(importBroken('timestamp.json', (file) => void (file.plan.updatedAt = '9999-99-99T99:99:99Z'))).toContain(
      'was not imported: plan.updatedAt: not a real calendar date.',
    );
    expect(importBroken('time.json', (file) => void (file.account.createdAt = '2026-01-15T24:30:00Z'))).toContain(
      'was not imported: account.createdAt: not a real time of day',
    );
    const index = original.nodes.findIndex((node) => node.kind === 'action');
    const line = importBroken('date.json', (file) => {
      (file.nodes[index]!.data as Record<string, unknown>).dueDate = '2026-02-30';
    });
    expect(line).toContain(`was not imported: nodes[${index}].data.dueDate: not a real calendar date.`);
  });

  it('refuses amounts, percentages and dates out of bounds, naming the field and the bounds', () => {
    const index = original.nodes.findIndex((node) => node.kind === 'opportunity');
    const set = (key: string, value: unknown) => (file: PlanFile) => void ((file.nodes[index]!.data as Record<string, unknown>)[key] = value);
    expect(importBroken('value.json', set('value', 1e99))).toContain(`was not imported: nodes[${index}].data.value: expected an amount from 0 to 1,000,000,000,000.`);
    expect(importBroken('probability.json', set('probability', 150))).toContain(`was not imported: nodes[${index}].data.probability: expected a percentage from 0 to 100.`);
    expect(importBroken('close.json', set('closeDate', '10000-01-01'))).toContain(`was not imported: nodes[${index}].data.closeDate: expected a date from 1900-01-01 to 2199-12-31.`);
  });

  it('refuses control characters and broken characters in text, naming the field', () => {
    const index = original.nodes.findIndex((node) => node.kind === 'stakeholder');
    const control = importBroken('control.json', (file) => {
      file.nodes[index]!.label = 'Dana\u0007Whitfield';
    });
    expect(control).toContain(`was not imported: nodes[${index}].label: contains the control character U+0007 at character 5, which documents cannot hold.`);
    // JSON.stringify writes a lone surrogate as the escape \ud800, as another program's file might.
    const broken = importBroken('surrogate.json', (file) => {
      file.account.notes = 'Notes \ud800 here';
    });
    expect(broken).toContain('was not imported: account.notes: contains a broken character (an unpaired UTF-16 surrogate, U+D800) at character 7.');
  });

  it('refuses a plan past the size limits instead of making documents that cannot be exported', () => {
    const root = original.nodes.find((node) => node.parentId === null)!;
    const topic = (id: string, parentId: string) => ({ ...original.nodes.find((node) => node.kind === 'topic')!, id, label: id, parentId, order: 0 });
    const deep = importBroken('too-deep.json', (file) => {
      let parentId = root.id;
      for (let level = 1; level <= MAX_TREE_DEPTH + 1; level += 1) {
        file.nodes.push(topic(`deep-${level}`, parentId) as PlanFile['nodes'][number]);
        parentId = `deep-${level}`;
      }
    });
    const at = original.nodes.length + MAX_TREE_DEPTH;
    expect(deep).toContain(`was not imported: nodes[${at}].parentId: this node sits 1,001 levels below the account; a plan nests at most 1,000 levels.`);
    const large = importBroken('too-large.json', (file) => {
      for (let n = file.nodes.length; n <= MAX_PLAN_NODES; n += 1) file.nodes.push(topic(`extra-${n}`, root.id) as PlanFile['nodes'][number]);
    });
    expect(large).toContain('was not imported: nodes: a plan holds at most 5,000 nodes.');
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
