import { describe, expect, it } from 'vitest';
import { handleScaleAt } from '../../renderer/map/useHandleScale.ts';

describe('handleScaleAt', () => {
  it('keeps the handles at least their full size on screen at every zoom', () => {
    for (let zoom = 0.1; zoom <= 2; zoom += 0.01) expect(handleScaleAt(zoom) * zoom).toBeGreaterThanOrEqual(0.999);
  });

  it('draws them at their own size from 100 % up, and changes in a few steps only', () => {
    expect(handleScaleAt(1)).toBe(1);
    expect(handleScaleAt(2)).toBe(1);
    const steps = new Set<number>();
    for (let zoom = 0.1; zoom <= 1; zoom += 0.001) steps.add(handleScaleAt(zoom));
    expect(steps.size).toBeLessThanOrEqual(8);
    // Never more than √2 times the size needed.
    for (let zoom = 0.1; zoom <= 1; zoom += 0.01) expect(handleScaleAt(zoom) * zoom).toBeLessThanOrEqual(Math.SQRT2 + 1e-9);
  });
});
