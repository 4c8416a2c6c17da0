import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodesOfKind } from '../../shared/model.ts';
import { todayIso } from '../../shared/values.ts';
import { atlas, tempFolder, userErrorLine } from './helpers.ts';

describe('atlas review, atlas reviews and atlas compare', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  afterAll(() => folder.remove());

  it('takes a review of the sample, then prints exactly the four changes made since', async () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    expect(userErrorLine(atlas(['compare', 'FY27', '--data', library]))).toBe(
      'atlas: "Northwind Logistics — FY27 growth plan" has no review to compare with; take one with "atlas review <plan>".',
    );
    const took = atlas(['review', 'FY27', '--label', 'Q1 review', '--data', library]);
    expect(took.status).toBe(0);
    expect(took.stdout).toMatch(/^Took the review "Q1 review" of "Northwind Logistics — FY27 growth plan" on \d+ \w{3} \d{4} \(73 items, id \S+\)\.\n$/);
    expect(atlas(['compare', 'FY27', '--data', library]).stdout).toMatch(/^No changes since the review “Q1 review” of .*\.\n$/);

    const { openLibrary } = await import('../../electron/backend/library.ts');
    const { createPlanService } = await import('../../electron/backend/service.ts');
    const opened = openLibrary(library);
    const service = createPlanService(opened);
    const [account] = await service.listAccounts({});
    const planId = account!.plans[0]!.id;
    const document = await service.loadPlan({ planId });
    const today = todayIso();
    const stakeholder = nodesOfKind(document.nodes, 'stakeholder').find((node) => node.data.support === 'neutral')!;
    const [done, moved] = nodesOfKind(document.nodes, 'action').filter((node) => node.data.status !== 'done' && node.data.dueDate !== null && node.data.dueDate >= today);
    const newDue = `${Number(moved!.data.dueDate!.slice(0, 4)) + 1}${moved!.data.dueDate!.slice(4)}`;
    const root = document.nodes.find((node) => node.kind === 'account')!;
    await service.applyPatch({
      planId,
      updateNodes: [
        { id: stakeholder.id, data: { support: 'supporter' } },
        { id: done!.id, data: { status: 'done' } },
        { id: moved!.id, data: { dueDate: newDue } },
      ],
      upsertNodes: [{ id: 'needReturns01', kind: 'need', label: 'Cut the cost of handling returns', parentId: root.id }],
    });
    opened.close();

    const compared = atlas(['compare', 'FY27', '--data', library]);
    expect(compared.stderr).toBe('');
    const lines = compared.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^4 changes since the review “Q1 review” of \d+ \w{3} \d{4}\.$/);
    expect(lines.slice(1)).toEqual([
      'Added (1)',
      '  Cut the cost of handling returns: need added',
      'Support moved (1)',
      `  ${stakeholder.label}: support Neutral → Supporter ↑`,
      'Action completed (1)',
      `  ${done!.label}: completed`,
      'Due date moved (1)',
      expect.stringMatching(new RegExp(`^  ${moved!.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: due date moved .+ → .+ ${newDue.slice(0, 4)} ↓$`)),
    ]);
    const json = JSON.parse(atlas(['compare', 'FY27', '--since', 'q1 review', '--json', '--data', library]).stdout) as { items: { category: string }[] };
    expect(json.items.map((item) => item.category)).toEqual(['added', 'support', 'action-done', 'action-slipped']);

    // The document's Performance Dashboard tells the same changes, in Markdown and in the PDF (read by pdftotext);
    // the customer edition leaves them out.
    const markdown = atlas(['export', 'FY27', '--format', 'md', '--out', '-', '--data', library]).stdout;
    const since = markdown.slice(markdown.indexOf('## Since the last review'));
    expect(since).toMatch(/^## Since the last review\n\n4 changes since the review “Q1 review” of /);
    for (const text of ['Cut the cost of handling returns: need added', `${stakeholder.label}: support Neutral → Supporter ↑`, `${done!.label}: completed`]) expect(since).toContain(text);
    expect(atlas(['export', 'FY27', '--format', 'md', '--edition', 'customer', '--out', '-', '--data', library]).stdout).not.toContain('Since the last review');
    const pdf = join(folder.dir, 'plan.pdf');
    expect(atlas(['export', 'FY27', '--format', 'pdf', '--out', pdf, '--data', library]).status).toBe(0);
    const pdfText = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Since the last review');
    expect(pdfText).toContain(`${stakeholder.label}: support Neutral → Supporter`);
    expect(pdfText).toContain('Cut the cost of handling returns: need added');

    const listed = atlas(['reviews', 'FY27', '--data', library]).stdout;
    expect(listed).toMatch(/^ {2}\S+ {2}\d+ \w{3} \d{4} {2}Q1 review {2}\(73 items\)\n$/);
    expect(userErrorLine(atlas(['compare', 'FY27', '--since', 'Q9', '--data', library]))).toBe(
      'atlas: "Northwind Logistics — FY27 growth plan" has no review "Q9"; its reviews are "Q1 review".',
    );
    expect(atlas(['review', 'FY27', '--data', library]).stdout).toMatch(/^Took the review "Review \d+ \w{3} \d{4}"/);
  });
});
