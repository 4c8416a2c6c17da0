import { chromium } from 'playwright-core';
import { findChromium } from '../../electron/backend/export/pdf.ts';
import { closeSharedChromium } from '../../electron/backend/export/sharedChromium.ts';
import { createTempLibrary } from './backend.ts';
import { CHROMIUM_ARGS } from './browser.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';
import { timeRuns } from './stats.ts';

/** Formats measured, in the order of the targets (PDF on its own, after them). */
const FORMATS = ['md', 'docx', 'pptx'] as const;

/** Size of the plan exported (the target is set there). */
export const EXPORT_PLAN_SIZE = 500;

/**
 * Exports of a 500-node plan through the service, as the user asks for them: the plan is read from SQLite,
 * turned into the document and encoded for the transport. PDF uses the service's default printer, which launches
 * a Chromium on the process's first PDF export and keeps it for the following ones: the first export (cold) is
 * reported on its own, the median of the following ones (warm) is the figure judged, and the cost of a Chromium
 * start is measured on its own as well.
 */
export async function benchExports(options: { runs: number; log: (line: string) => void }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const temp = createTempLibrary();
  try {
    const planId = await temp.importPlan(generatePlan(EXPORT_PLAN_SIZE));
    // The first document of a session also loads the document libraries (docx, pptxgenjs, resvg): shown on its own.
    const first = await timeRuns(1, () => temp.service.exportDocument({ planId, format: 'md' }));
    results.push(resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: 'export-first-call', size: EXPORT_PLAN_SIZE, note: 'first Markdown export of the process, loading the exporters' }, first));
    for (const format of FORMATS) {
      const times = await timeRuns(options.runs, () => temp.service.exportDocument({ planId, format }));
      results.push(resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: `export-${format}`, size: EXPORT_PLAN_SIZE }, times));
      options.log(`export: ${format}`);
    }
    // No browser may be open yet, so the first PDF export pays for the launch as a user's first one does.
    await closeSharedChromium();
    const cold = await timeRuns(1, () => temp.service.exportDocument({ planId, format: 'pdf' }));
    results.push(
      resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: 'export-pdf-cold', size: EXPORT_PLAN_SIZE, note: 'first PDF export of the process: loads playwright-core and launches Chromium' }, cold),
    );
    const warm = await timeRuns(options.runs, () => temp.service.exportDocument({ planId, format: 'pdf' }));
    results.push(resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: 'export-pdf', size: EXPORT_PLAN_SIZE, note: 'the exports after the first: the shared Chromium is open' }, warm));
    options.log('export: pdf');
    const executablePath = findChromium();
    if (executablePath) {
      const times = await timeRuns(options.runs, async () => {
        const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
        await browser.newPage();
        await browser.close();
      });
      results.push(
        resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: 'pdf-chromium-start', size: EXPORT_PLAN_SIZE, note: 'Chromium launch + new page + close: what the first PDF export pays and the following ones do not' }, times),
      );
    }
  } finally {
    await closeSharedChromium();
    temp.dispose();
  }
  return results;
}
