import { SUPPORT_SCORE } from '../kinds/stakeholder.ts';

/** Support values along the power map's horizontal axis, left (−2 enemy) to right (+2 mentor). */
export const SUPPORT_AXIS = ['enemy', 'non-supporter', 'neutral', 'supporter', 'mentor'] as const;
/** Influence values along the vertical axis, top (high) to bottom (low). */
export const INFLUENCE_AXIS = ['high', 'medium', 'low'] as const;

/** A support value that has a place on the grid. */
export type PlacedSupport = (typeof SUPPORT_AXIS)[number];
/** An influence value that has a place on the grid. */
export type PlacedInfluence = (typeof INFLUENCE_AXIS)[number];

/** One cell of the power map. */
export interface PowerMapCell {
  readonly support: PlacedSupport;
  readonly influence: PlacedInfluence;
}

/** The cell of a stakeholder, or null while support or influence is unknown (they wait in the "Unplaced" tray). */
export function powerMapCell(person: { support: string; influence: string }): PowerMapCell | null {
  const support = SUPPORT_AXIS.find((value) => value === person.support);
  const influence = INFLUENCE_AXIS.find((value) => value === person.influence);
  return support && influence ? { support, influence } : null;
}

/** A support score as the grid prints it: "−2", "−1", "0", "+1", "+2" (a true minus sign). */
export function supportScoreText(support: PlacedSupport): string {
  const score = SUPPORT_SCORE[support]!;
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}

/** The risky corner: high influence with negative support. */
export function isRiskyCell(cell: PowerMapCell): boolean {
  return cell.influence === 'high' && SUPPORT_SCORE[cell.support]! < 0;
}

/** The cell one step away (arrow keys); an unplaced person starts in the middle (neutral, medium). Stops at the edges. */
export function stepPowerMapCell(cell: PowerMapCell | null, direction: 'left' | 'right' | 'up' | 'down'): PowerMapCell {
  if (cell === null) return { support: 'neutral', influence: 'medium' };
  const column = SUPPORT_AXIS.indexOf(cell.support);
  const row = INFLUENCE_AXIS.indexOf(cell.influence);
  const clamp = (value: number, length: number) => Math.max(0, Math.min(length - 1, value));
  const nextColumn = clamp(column + (direction === 'left' ? -1 : direction === 'right' ? 1 : 0), SUPPORT_AXIS.length);
  const nextRow = clamp(row + (direction === 'up' ? -1 : direction === 'down' ? 1 : 0), INFLUENCE_AXIS.length);
  return { support: SUPPORT_AXIS[nextColumn]!, influence: INFLUENCE_AXIS[nextRow]! };
}
