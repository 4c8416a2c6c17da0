import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { parseBenchArgs, USAGE } from './args.ts';
import type { BenchArgs } from './args.ts';
import { benchBackend } from './backend.ts';
import { benchCanvas } from './canvas.ts';
import { benchContacts } from './contacts.ts';
import { benchReviews } from './reviews.ts';
import { benchExports } from './exports.ts';
import { benchMoveBranch } from './moveBranch.ts';
import { benchPortfolio } from './portfolio.ts';
import { benchSearch } from './search.ts';
import { benchViews } from './views.ts';
import { benchWorkshop } from './workshop.ts';
import { machineInfo, versionInfo } from './machine.ts';
import { formatMisses, formatTables, judge } from './report.ts';
import type { BenchResult } from './results.ts';

/** How many runs and which sizes: the full run and the quick one (under two minutes). */
const PROFILES = {
  full: { sizes: [200, 500, 1000, 2000, 5000], peerSizes: [200, 500, 1000, 2000, 5000], backendRuns: 7, exportRuns: 5, loadRuns: 5, interactionRuns: 3, gestureMs: 2000, workshop: { participants: [20, 50], seconds: 60 } },
  quick: { sizes: [200, 1000, 2000], peerSizes: [1000], backendRuns: 3, exportRuns: 1, loadRuns: 3, interactionRuns: 1, gestureMs: 1000, workshop: { participants: [20], seconds: 10 } },
} as const;

/** Runs the chosen parts, prints the table and writes the JSON report. */
export async function runBench(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const machineAtStart = machineInfo();
  const mode = args.quick ? 'quick' : 'full';
  const profile = PROFILES[mode];
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  const results: BenchResult[] = [];
  let chromium: string | null = null;
  let buildMs: number | null = null;

  if (args.only.includes('backend')) results.push(...(await benchBackend({ sizes: profile.sizes, runs: profile.backendRuns, log })));
  if (args.only.includes('export')) results.push(...(await benchExports({ runs: profile.exportRuns, log })));
  if (args.only.includes('workshop')) {
    for (const participants of profile.workshop.participants) results.push(...(await benchWorkshop({ participants, seconds: profile.workshop.seconds, log })));
  }
  if (args.only.includes('canvas')) {
    const canvas = await benchCanvas({ ...profile, log });
    results.push(...canvas.results);
    chromium = canvas.chromiumVersion;
    buildMs = canvas.buildMs;
  }
  if (args.only.includes('views')) results.push(...(await benchViews({ runs: profile.loadRuns, built: buildMs !== null, log })));
  if (args.only.includes('search')) results.push(...(await benchSearch({ sizes: [1000, 5000], runs: profile.loadRuns, log })));
  if (args.only.includes('move')) results.push(...(await benchMoveBranch({ runs: profile.loadRuns + 2, built: buildMs !== null || args.only.includes('views'), log })));
  if (args.only.includes('contacts')) results.push(...(await benchContacts({ runs: profile.loadRuns, log })));
  if (args.only.includes('reviews')) results.push(...(await benchReviews({ runs: profile.loadRuns + 2, log })));
  if (args.only.includes('portfolio')) results.push(...(await benchPortfolio({ runs: profile.loadRuns + 2, log })));

  const judged = judge(results);
  const durationMs = performance.now() - started;
  console.log(`\n${formatTables(judged)}\n`);
  const misses = formatMisses(judged);
  console.log(misses.length === 0 ? 'Every target and ratio goal met.' : `Missed:\n${misses.join('\n')}`);

  const out = resolve(PROJECT_ROOT, args.out);
  mkdirSync(dirname(out), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    mode,
    parts: args.only,
    durationMs: Math.round(durationMs),
    buildMs: buildMs === null ? null : Math.round(buildMs),
    machine: { ...machineAtStart, loadAverageAtEnd: machineInfo().loadAverage },
    versions: versionInfo(chromium),
    notes: [
      'Medians over runs; for frame times and patch latencies each run gives a median and a p95 of its samples, and the median of those is reported.',
      'Frame times are requestAnimationFrame intervals in a headless Chromium at 60 Hz; a target of 16.7 ms allows 0.2 ms of timer jitter.',
      '"Nodes shown" means every node inside the fitted view (React Flow draws only those; mind-elixir draws every node).',
      'The renderer is the production build (renderer/vite.config.ts) written to out/bench/renderer, served by browser mode (startServer).',
    ],
    results: judged,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${out} in ${(durationMs / 1000).toFixed(0)} s (${mode} run).`);
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  let args: BenchArgs | null = null;
  try {
    args = argv.includes('--help') || argv.includes('-h') ? null : parseBenchArgs(argv);
    if (!args) console.log(USAGE);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
  if (args) {
    try {
      await runBench(args);
    } catch (error) {
      // A failure while measuring is a bug in the app or the harness: show where.
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    }
  }
}
