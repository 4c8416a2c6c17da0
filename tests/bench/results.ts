import { summarise } from './stats.ts';

/** Whose figure it is: our app, or one of the peers measured side by side. */
export type Subject = 'ours' | 'bare-react-flow' | 'mind-elixir';

/** One figure of the benchmark. */
export interface BenchResult {
  group: 'backend' | 'export' | 'canvas' | 'views' | 'workshop' | 'search' | 'move' | 'contacts' | 'reviews' | 'portfolio';
  /** Stable id of the measure, e.g. "open-plan" or "frames-drag-fit". */
  measure: string;
  subject: Subject;
  /** Nodes in the plan measured. */
  size: number;
  unit: 'ms' | 'MB' | 'count';
  /** Median over runs (of the per-run figure). */
  median: number;
  /** 95th percentile (over all samples, or the median of per-run p95s where a run has many samples). */
  p95: number;
  runs: number;
  /** The raw per-run figures. */
  samples: number[];
  note?: string;
}

/** A result from per-run figures: median and p95 across the runs. */
export function resultOf(base: Omit<BenchResult, 'median' | 'p95' | 'runs' | 'samples'>, samples: readonly number[]): BenchResult {
  const summary = summarise(samples);
  return { ...base, median: round(summary.median), p95: round(summary.p95), runs: samples.length, samples: samples.map(round) };
}

/** A result from runs that each have many samples (frame times, patch latencies): medians of the per-run median and p95. */
export function resultOfRuns(base: Omit<BenchResult, 'median' | 'p95' | 'runs' | 'samples'>, runs: readonly (readonly number[])[]): BenchResult {
  const perRun = runs.map((samples) => summarise(samples));
  const medians = perRun.map((summary) => summary.median);
  const p95s = perRun.map((summary) => summary.p95);
  return {
    ...base,
    median: round(summarise(medians).median),
    p95: round(summarise(p95s).median),
    runs: runs.length,
    samples: p95s.map(round),
  };
}

/** Rounds to three decimals so the JSON stays readable. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
