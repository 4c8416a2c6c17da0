import type { BenchResult, Subject } from './results.ts';
import { round } from './results.ts';
import { meets, RATIO_GOALS, ratioJudged, ratioStat, targetFor, targetText } from './targets.ts';
import type { Target } from './targets.ts';

/** What each measure is, in the table. */
const LABELS: Record<string, string> = {
  'open-plan': 'open plan (loadPlan)',
  'open-plan-json': 'open plan + JSON for transport',
  'open-plan-cold': 'open library file + plan',
  'patch-single-node': 'one-node patch (1,000 calls)',
  'patch-field-update': 'one-field update (1,000 calls)',
  'list-changes': 'change log, last 1,000',
  'patch-positions': '1,000 positions in one patch',
  layout: 'auto-layout',
  'org-chart-layout': 'org chart layout (stakeholders)',
  'search-keystroke': 'search, keystroke → results',
  'search-first-keystroke': 'search, first keystroke on an opened plan',
  'search-filtered': 'search with kind + owner filters',
  'contacts-read-preview': 'contacts: read + preview a Salesforce export',
  'compare-reviews': 'reviews: load two reviews + compare',
  'compare-plans': 'reviews: compare only',
  'contacts-import': 'contacts: read + import through the service',
  portfolio: 'portfolio of accounts, one plan changed',
  'portfolio-first': 'portfolio, first call of a process',
  'switch-to-org-chart': 'map → org chart, interactive',
  'switch-back-from-org-chart': 'org chart → map, interactive',
  'switch-to-power-map': 'map → power map, interactive',
  'switch-back-from-power-map': 'power map → map, interactive',
  'switch-to-coverage': 'map → coverage, interactive',
  'switch-back-from-coverage': 'coverage → map, interactive',
  'switch-to-outline': 'map → outline, interactive',
  'switch-back-from-outline': 'outline → map, interactive',
  'switch-to-actions': 'map → action tracker, interactive',
  'switch-back-from-actions': 'action tracker → map, interactive',
  'export-first-call': 'first export of a session (Markdown)',
  'export-md': 'export Markdown',
  'export-docx': 'export DOCX',
  'export-pptx': 'export PPTX',
  'export-pdf': 'export PDF (Chromium open)',
  'export-pdf-cold': 'export PDF, first of a process',
  'pdf-chromium-start': '  of which Chromium start/stop',
  'canvas-visible-nodes': 'nodes drawn in fitted view',
  'canvas-load-scripts': 'navigation → scripts run (DCL)',
  'canvas-load-data': 'navigation → plan data received',
  'canvas-load-shown': 'navigation → nodes shown',
  'canvas-load-interactive': 'navigation → shown + interactive',
  'heap-after-load': 'JS heap after load',
  'heap-after-gc': 'JS heap after GC',
  'frames-pan-zoom1': 'frame time, pan at 100 %',
  'frames-pan-fit': 'frame time, pan at fit',
  'frames-drag-zoom1': 'frame time, node drag at 100 %',
  'frames-drag-fit': 'frame time, node drag at fit',
  'busy-pan-zoom1': 'main-thread busy per frame, pan at 100 %',
  'busy-pan-fit': 'main-thread busy per frame, pan at fit',
  'busy-drag-zoom1': 'main-thread busy per frame, drag at 100 %',
  'busy-drag-fit': 'main-thread busy per frame, drag at fit',
  'drag-moved-node-mutations': 'drag: DOM mutations of dragged node',
  'drag-other-nodes-mutated': 'drag: other nodes with DOM mutations',
  'drag-moved-node-renders': 'drag: renders of dragged node',
  'drag-other-nodes-rendered': 'drag: other nodes re-rendered',
};

/** A peer's figure compared with ours. */
export interface Ratio {
  peer: Subject;
  stat: 'median' | 'p95';
  value: number;
  goal: number;
  /** Null where the goal does not apply (a phase of the load, the heap after GC). */
  meets: boolean | null;
}

/** A result with its target verdict and its ratios to the peers, as written to the JSON report. */
export interface JudgedResult extends BenchResult {
  target: (Target & { text: string }) | null;
  pass: boolean | null;
  ratios: Ratio[];
}

/** Attaches targets and peer ratios to every result. */
export function judge(results: readonly BenchResult[]): JudgedResult[] {
  return results.map((result) => {
    const target = targetFor(result);
    const stat = result.subject === 'ours' ? ratioStat(result.measure) : null;
    const ratios: Ratio[] = [];
    if (stat) {
      for (const peer of Object.keys(RATIO_GOALS) as (keyof typeof RATIO_GOALS)[]) {
        const other = results.find((candidate) => candidate.subject === peer && candidate.measure === result.measure && candidate.size === result.size);
        if (!other || other[stat] === 0) continue;
        const value = round(result[stat] / other[stat]);
        ratios.push({ peer, stat, value, goal: RATIO_GOALS[peer], meets: ratioJudged(result.measure) ? value <= RATIO_GOALS[peer] : null });
      }
    }
    return { ...result, target: target ? { ...target, text: targetText(target) } : null, pass: target ? meets(result, target) : null, ratios };
  });
}

function figure(value: number, unit: BenchResult['unit']): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'count') return String(Math.round(value));
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(value >= 1 ? 2 : 3);
}

function ratioCell(result: JudgedResult, peer: Subject): string {
  const ratio = result.ratios.find((candidate) => candidate.peer === peer);
  if (!ratio) return '';
  return `${ratio.value.toFixed(2)}×${ratio.meets === null ? '' : ratio.meets ? ' ✓' : ' ✗'}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The table printed at the end of a run: our figures with targets and ratios, then the peers' raw figures. */
export function formatTables(results: readonly JudgedResult[]): string {
  const ours = results.filter((result) => result.subject === 'ours');
  const oursTable = table(
    ['measure', 'size', 'median', 'p95', 'unit', 'target', 'ok', '÷ bare React Flow', '÷ mind-elixir'],
    ours.map((result) => [
      LABELS[result.measure] ?? result.measure,
      String(result.size),
      figure(result.median, result.unit),
      figure(result.p95, result.unit),
      result.unit,
      result.target ? result.target.text : '',
      result.pass === null ? '' : result.pass ? '✓' : '✗',
      ratioCell(result, 'bare-react-flow'),
      ratioCell(result, 'mind-elixir'),
    ]),
  );
  const peers = results.filter((result) => result.subject !== 'ours');
  if (peers.length === 0) return oursTable;
  const peersTable = table(
    ['peer measure', 'size', 'median', 'p95', 'unit', 'peer'],
    peers.map((result) => [LABELS[result.measure] ?? result.measure, String(result.size), figure(result.median, result.unit), figure(result.p95, result.unit), result.unit, result.subject]),
  );
  return `${oursTable}\n\n${peersTable}`;
}

/** One line per missed target or ratio goal. */
export function formatMisses(results: readonly JudgedResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const label = `${LABELS[result.measure] ?? result.measure} (${result.size})`;
    if (result.pass === false && result.target) {
      const value = result[result.target.stat];
      lines.push(`✗ ${label}: ${result.target.stat} ${figure(value, result.unit)} ${result.unit}, target ${result.target.text}${result.target.limit > 0 ? ` (${(value / result.target.limit).toFixed(1)}× the limit)` : ''}`);
    }
    for (const ratio of result.ratios) if (ratio.meets === false) lines.push(`✗ ${label}: ${ratio.value.toFixed(2)}× ${ratio.peer} (goal ≤ ${ratio.goal}×)`);
  }
  return lines;
}
