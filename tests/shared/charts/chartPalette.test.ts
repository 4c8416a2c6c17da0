import { describe, expect, it } from 'vitest';
import { CHART_COLORS, DARK_CHART, LIGHT_CHART, lineChart } from '../../../shared/charts/lineChart.ts';
import type { ChartPalette } from '../../../shared/charts/lineChart.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const input = { title: 'Health', categories: ['Q1', 'Now'], lines: [{ name: 'Score', values: [40, 60] }], yDomain: [0, 100] as [number, number] };

describe('chart palettes', () => {
  it.each([
    ['light', LIGHT_CHART],
    ['dark', DARK_CHART],
  ] as [string, ChartPalette][])('the %s palette reads at the same contrast: text at AA, lines and marks at 3:1', (_name, palette) => {
    expect(contrast(palette.ink, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5);
    for (const color of palette.lines) expect(contrast(color, palette.background), color).toBeGreaterThanOrEqual(3);
    expect(palette.lines).toHaveLength(CHART_COLORS.length);
  });

  it('draw in the printed look unless told otherwise, and in the dark palette when given it', () => {
    expect(lineChart(input).svg).toContain('fill="#ffffff"');
    expect(lineChart(input).svg).toContain(`stroke="${CHART_COLORS[0]}"`);
    const dark = lineChart({ ...input, palette: DARK_CHART }).svg;
    expect(dark).toContain(`fill="${DARK_CHART.background}"`);
    expect(dark).toContain(`stroke="${DARK_CHART.lines[0]}"`);
    expect(dark).not.toContain('#ffffff');
  });
});
