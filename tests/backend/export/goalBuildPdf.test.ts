import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { TODAY, globexPlan } from '../../shared/rules/plans.ts';
import { keep, pdfText } from './readers.ts';

describe('the goal build in a real PDF reader', () => {
  afterAll(closeSharedChromium);

  it('the Globex plan reads 2.9M, 100,000 short, for the goal and the whole plan, as pdftotext sees it', async () => {
    const exported = await exportDocument(globexPlan(), { planId: 'p', format: 'pdf', edition: 'internal', paper: 'a4', includeMap: false }, { today: TODAY });
    const text = await pdfText(keep(exported, 'globex-goal-build.pdf'));
    expect(text).toContain('= USD 2,900,000, USD 100,000 short of the growth target of USD 3,000,000.');
    // Table rows as the layout mode reads them: a cell that wraps puts its second line after the row's first.
    expect(text).toMatch(/Grow Globex by 3\.0M .{0,30}USD 3,000,000 USD 2,900,000 97% USD 100,000 .{0,20}short/);
    expect(text).toMatch(/Whole plan \(growth .{0,20}USD 3,000,000 USD 2,900,000 97% USD 100,000 .{0,20}short/);
    expect(text).not.toContain('Goal build total');
  });
});
