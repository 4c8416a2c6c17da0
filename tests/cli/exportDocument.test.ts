import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../shared/api.ts';
import { isAtlasError } from '../../shared/errors.ts';
import { CHROMIUM_IDLE_MS } from '../../electron/backend/export/sharedChromium.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { atlas, tempFolder } from './helpers.ts';

/** What the service itself gives for these options: the document's bytes, or its one-sentence refusal. */
async function serviceExport(library: string, options: ExportOptions): Promise<Buffer | string> {
  const opened = openLibrary(library);
  try {
    const document = await createPlanService(opened).exportDocument(options);
    return Buffer.from(document.base64, 'base64');
  } catch (error) {
    if (isAtlasError(error)) return error.message;
    throw error;
  } finally {
    opened.close();
  }
}

describe('atlas export of plan documents', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'library.db');
  let planId = '';

  beforeAll(() => {
    const demo = atlas(['demo', '--data', library]);
    expect(demo.status).toBe(0);
    planId = /Plan id: (\S+)/.exec(demo.stdout)![1]!;
  });
  afterAll(() => folder.remove());

  // The CLI must hand --edition, --paper and --no-map to the service unchanged and write exactly its bytes
  // (or pass its refusal on as one line).
  const cases: [string[], Omit<ExportOptions, 'planId'>][] = [
    [['--format', 'md'], { format: 'md', edition: 'internal', paper: 'a4', includeMap: true }],
    [['--format', 'md', '--edition', 'customer', '--no-map'], { format: 'md', edition: 'customer', paper: 'a4', includeMap: false }],
    [['--format', 'html', '--edition', 'customer', '--paper', 'letter'], { format: 'html', edition: 'customer', paper: 'letter', includeMap: true }],
  ];
  for (const [flags, options] of cases) {
    it(`writes what the service renders for ${flags.join(' ')}`, async () => {
      const out = join(folder.dir, `plan-${flags.join('').replace(/\W+/g, '')}.${options.format}`);
      const run = atlas(['export', planId, ...flags, '--out', out, '--data', library]);
      const expected = await serviceExport(library, { planId, ...options });
      if (typeof expected === 'string') {
        expect(run.status).toBe(1);
        expect(run.stderr).toBe(`atlas: ${expected}\n`);
        expect(existsSync(out)).toBe(false);
      } else {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(out).equals(expected)).toBe(true);
      }
    });
  }

  it('prints a PDF and exits at once, not when the shared browser would idle out', () => {
    const out = join(folder.dir, 'plan.pdf');
    const started = performance.now();
    const run = atlas(['export', planId, '--format', 'pdf', '--out', out, '--data', library]);
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+\d{2}/);
    // The browser closes after a minute without work; the command must close it itself.
    expect(seconds).toBeLessThan(CHROMIUM_IDLE_MS / 1000 / 2);
  });
});
