import { chromium } from 'playwright-core';
import { findChromium } from '../../electron/backend/export/pdf.ts';
import { createTempLibrary } from './backend.ts';
import { CHROMIUM_ARGS } from './browser.ts';
import { generatePlan } from './generatePlan.ts';
import { resultOf } from './results.ts';
import type { BenchResult } from './results.ts';
import { timeRuns } from './stats.ts';

/** Formats measured, in the order of the targets. */
const FORMATS = ['md', 'docx', 'pptx', 'pdf'] as const;

/** Size of the plan exported (the target is set there). */
export const EXPORT_PLAN_SIZE = 500;

/**
 * Exports of a 500-node plan through the service, as the user asks for them: the plan is read from SQLite,
 * turned into the document and encoded for the transport. PDF uses the service's default printer, which
 * starts a Chromium for each call; the cost of that start is measured on its own as well.
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
      const note = format === 'pdf' ? 'default printer: launches Chromium, prints, closes it, on every call' : undefined;
      const times = await timeRuns(options.runs, () => temp.service.exportDocument({ planId, format }));
      results.push(resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: `export-${format}`, size: EXPORT_PLAN_SIZE, note }, times));
      options.log(`export: ${format}`);
    }
    const executablePath = findChromium();
    if (executablePath) {
      const times = await timeRuns(options.runs, async () => {
        const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
        await browser.newPage();
        await browser.close();
      });
      results.push(
        resultOf({ group: 'export', subject: 'ours', unit: 'ms', measure: 'pdf-chromium-start', size: EXPORT_PLAN_SIZE, note: 'Chromium launch + new page + close: the part of each PDF export a reused browser would save' }, times),
      );
    }
  } finally {
    temp.dispose();
  }
  return results;
}
