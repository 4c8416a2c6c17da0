import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountWithPlans } from '../../shared/api.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { PlanFile } from '../../shared/planFile.ts';
import { REPO, atlas, sha256, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas demo, list, show, export and import on a real library', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  let planId = '';
  let planTitle = '';

  beforeAll(() => {
    const demo = atlas(['demo', '--data', library]);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/Created the sample plan ".+" for Northwind Logistics: \d+ nodes and \d+ relations\./);
    planId = /Plan id: (\S+)/.exec(demo.stdout)![1]!;
  });
  afterAll(() => folder.remove());

  it('lists the account with its tier and the plan with id, title, period and node count', () => {
    const json = atlas(['list', '--json', '--data', library]);
    expect(json.status).toBe(0);
    const accounts = JSON.parse(json.stdout) as AccountWithPlans[];
    expect(accounts).toHaveLength(1);
    const [account] = accounts;
    expect(account!.name).toBe('Northwind Logistics');
    expect(account!.tier).toBe('strategic');
    expect(account!.plans).toHaveLength(1);
    const plan = account!.plans[0]!;
    expect(plan.id).toBe(planId);
    expect(plan.nodeCount).toBeGreaterThan(50);
    planTitle = plan.title;

    const text = atlas(['--data', library, 'list']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Northwind Logistics (Strategic)');
    expect(text.stdout).toContain(`${planId}  ${plan.title}  ${plan.periodStart} to ${plan.periodEnd}  ${plan.nodeCount} nodes`);
  });

  it('shows the whole outline: header, every node label under its kind, every relation', () => {
    const exported = atlas(['export', planId, '--format', 'json', '--out', '-', '--data', library]);
    expect(exported.status).toBe(0);
    const file = JSON.parse(exported.stdout) as PlanFile;

    const show = atlas(['show', 'northwind', '--data', library]);
    expect(show.status).toBe(0);
    expect(show.stderr).toBe('');
    const text = show.stdout;
    expect(text).toContain(`Plan: ${file.plan.title}`);
    expect(text).toContain('Growth target: 2,000,000 USD');
    for (const node of file.nodes) expect(text).toContain(`${kindOf(node.kind).label}: ${node.label}`);
    expect(text).toMatch(/^ {6}Stakeholder: Dana Whitfield \(Chief Financial Officer, Economic buyer, influence High, support \+1 Supporter/m);
    expect(text).toContain('Dana Whitfield —reports to→ Sam Ortiz');
    const relationLines = text.slice(text.indexOf('\nRelations')).split('\n').filter((line) => line.includes('→'));
    expect(relationLines).toHaveLength(file.edges.length);
  });

  it('exports JSON, imports it into an empty library and exports byte-identical JSON again', () => {
    const first = join(folder.dir, 'first.json');
    const second = join(folder.dir, 'second.json');
    const copy = join(folder.dir, 'copy.db');

    const exported = atlas(['export', planTitle.toUpperCase(), '--format', 'json', '--out', first, '--data', library]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain(first);
    const text = readFileSync(first, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).format).toBe('account-atlas-plan');

    const imported = atlas(['import', first, '--data', copy]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`Plan id: ${planId}`);

    const unknownFormat = atlas(['export', planId, '--out', join(folder.dir, 'second.txt'), '--data', copy]);
    expect(userErrorLine(unknownFormat)).toContain('--format');
    // Without --format the format comes from the file name.
    expect(atlas(['export', planId, '--out', second, '--data', copy]).status).toBe(0);
    expect(sha256(second)).toBe(sha256(first));
  });

  it('reports a healthy library with counts', () => {
    const check = atlas(['check'], { ATLAS_DATA: library });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^OK: .*library\.db \(schema \d+\) holds 1 account, 1 plan and \d+ nodes\.\n$/);
  });

  it('takes --data before ATLAS_DATA, and refuses to invent a library for read-only commands', () => {
    const missing = join(folder.dir, 'missing.db');
    const run = atlas(['list', '--data', missing], { ATLAS_DATA: library });
    expect(userErrorLine(run)).toContain('There is no library at');
    expect(existsSync(missing)).toBe(false);
    expect(atlas(['list', '--json'], { ATLAS_DATA: library }).stdout).toContain(planId);
  });

  it('says so when a library has no plans yet', async () => {
    const empty = join(folder.dir, 'empty.db');
    const { openLibrary } = await import('../../electron/backend/library.ts');
    openLibrary(empty).close();
    expect(atlas(['list', '--data', empty]).stdout).toBe('No accounts yet; run "atlas demo" to add a sample plan, or "atlas import FILE".\n');
    expect(atlas(['list', '--json', '--data', empty]).stdout).toBe('[]\n');
    expect(atlas(['check', '--data', empty]).stdout).toMatch(/holds 0 accounts, 0 plans and 0 nodes\.\n$/);
    expect(userErrorLine(atlas(['show', 'anything', '--data', empty]))).toContain('the library has no plans yet');
  });

  it('asks for an id when a title matches several plans, and names an unknown plan', () => {
    const second = join(folder.dir, 'two.db');
    expect(atlas(['demo', '--data', second]).status).toBe(0);
    expect(atlas(['demo', '--data', second]).status).toBe(0);
    const ambiguous = userErrorLine(atlas(['show', 'growth plan', '--data', second]));
    expect(ambiguous).toMatch(/"growth plan" matches 2 plans: .*\(.+\), .*\(.+\); give the id instead\./);
    expect(userErrorLine(atlas(['show', 'no such plan', '--data', second]))).toContain('No plan has the id or title "no such plan"');
  });
});

describe('atlas usage', () => {
  it('prints help and the version', () => {
    const help = atlas(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['demo', 'list', 'show', 'export', 'import', 'check', 'serve']) expect(help.stdout).toContain(`  ${command} `);
    expect(atlas(['help', 'export']).stdout).toContain('Usage: atlas export <plan> --format FORMAT');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(atlas(['--version']).stdout).toBe(`atlas ${pkg.version}\n`);
  });

  it('runs through the bin entry that npm links as `atlas`', () => {
    const bin = readFileSync(join(REPO, 'electron/cli/bin.mjs'), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const run = spawnSync(process.execPath, ['electron/cli/bin.mjs', 'help', 'show'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: atlas show <plan>');
    const mistake = spawnSync(process.execPath, ['electron/cli/bin.mjs', 'shwo'], { cwd: REPO, encoding: 'utf8' });
    expect(mistake.status).toBe(1);
    expect(mistake.stderr).toBe('atlas: There is no command "shwo"; run "atlas help" to see the commands.\n');
  });

  it('answers a mistake with exit 1 and one line, never a stack trace', () => {
    expect(userErrorLine(atlas(['frobnicate']))).toBe('atlas: There is no command "frobnicate"; run "atlas help" to see the commands.');
    expect(userErrorLine(atlas(['list', '--colour']))).toContain('has no option --colour');
    expect(userErrorLine(atlas(['show']))).toContain('needs a <plan>');
    expect(userErrorLine(atlas(['list', '--data']))).toContain('--data needs the path');
    expect(userErrorLine(atlas(['export', 'x', '--format', 'odt', '--data', 'nowhere.db']))).toContain('--format must be one of');
  });
});

describe('atlas rename-account', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  afterAll(() => folder.remove());

  it("renames the account once: list and the map's centre show the new name", () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    const run = atlas(['rename-account', 'northwind', 'Northwind Group', '--data', library]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Renamed "Northwind Logistics" to "Northwind Group" (1 plan).\n');
    const [account] = JSON.parse(atlas(['list', '--json', '--data', library]).stdout) as AccountWithPlans[];
    expect(account!.name).toBe('Northwind Group');
    const shown = atlas(['show', account!.plans[0]!.id, '--data', library]).stdout;
    expect(shown.split('\n')[0]).toMatch(/^Account: Northwind Group \(/);
  });

  it('refuses an unknown account or an empty name with one line, changing nothing', () => {
    const before = sha256(library);
    expect(userErrorLine(atlas(['rename-account', 'Globex', 'X', '--data', library]))).toMatch(/No account has the id or name "Globex"/);
    expect(userErrorLine(atlas(['rename-account', 'Northwind', '  ', '--data', library]))).toMatch(/an account needs a name/);
    expect(sha256(library)).toBe(before);
  });
});
