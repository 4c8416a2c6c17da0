import { describe, expect, it } from 'vitest';
import { isRiskyCell, powerMapCell, stepPowerMapCell, supportScoreText } from '../../../shared/rules/powerMap.ts';

describe('power map', () => {
  it('places a person by support and influence, and leaves them unplaced while either is unknown', () => {
    expect(powerMapCell({ support: 'non-supporter', influence: 'high' })).toEqual({ support: 'non-supporter', influence: 'high' });
    expect(powerMapCell({ support: 'unknown', influence: 'high' })).toBeNull();
    expect(powerMapCell({ support: 'mentor', influence: 'unknown' })).toBeNull();
  });

  it('shades high influence with negative support only', () => {
    expect(isRiskyCell({ support: 'enemy', influence: 'high' })).toBe(true);
    expect(isRiskyCell({ support: 'non-supporter', influence: 'high' })).toBe(true);
    expect(isRiskyCell({ support: 'neutral', influence: 'high' })).toBe(false);
    expect(isRiskyCell({ support: 'enemy', influence: 'medium' })).toBe(false);
  });

  it('steps one cell with the arrow keys, stops at the edges, and starts an unplaced person in the middle', () => {
    expect(stepPowerMapCell({ support: 'neutral', influence: 'medium' }, 'left')).toEqual({ support: 'non-supporter', influence: 'medium' });
    expect(stepPowerMapCell({ support: 'neutral', influence: 'medium' }, 'up')).toEqual({ support: 'neutral', influence: 'high' });
    expect(stepPowerMapCell({ support: 'mentor', influence: 'low' }, 'right')).toEqual({ support: 'mentor', influence: 'low' });
    expect(stepPowerMapCell({ support: 'mentor', influence: 'low' }, 'down')).toEqual({ support: 'mentor', influence: 'low' });
    expect(stepPowerMapCell(null, 'left')).toEqual({ support: 'neutral', influence: 'medium' });
    expect(['enemy', 'neutral', 'mentor'].map((s) => supportScoreText(s as never))).toEqual(['−2', '0', '+2']);
  });
});
