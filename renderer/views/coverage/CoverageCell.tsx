import { memo, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { RELATIONSHIP_OPTIONS } from '../../../shared/kinds/options.ts';
import type { RelationshipLevel } from '../../../shared/rules/coverage.ts';
import { relationshipLabel } from '../../../shared/rules/coverage.ts';

/** A cell's value: a relationship level, or no "covers" relation at all. */
export type CellLevel = RelationshipLevel | 'none';

const LEVELS = RELATIONSHIP_OPTIONS.filter((option) => option.value !== 'unknown');
/** Digit keys set a level directly: 0 none, 1 vendor … 4 trusted advisor. */
const BY_DIGIT: Record<string, CellLevel> = { '0': 'none', '1': 'vendor', '2': 'credible-source', '3': 'problem-solver', '4': 'trusted-advisor' };
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };

function levelText(level: CellLevel): string {
  if (level === 'none') return '—';
  return level === 'unknown' ? 'Covers (level not set)' : relationshipLabel(level);
}

/**
 * One coverage cell: a button showing the level (light enough for thousands of cells). Enter, Space or a click
 * opens a list of levels in place; digits 0–4 and Delete set the level at once; arrow keys move between cells.
 */
export const CoverageCell = memo(function CoverageCell({ label, level, row, column, teamMemberId, stakeholderId, onSet }: {
  label: string;
  level: CellLevel;
  row: number;
  column: number;
  teamMemberId: string;
  stakeholderId: string;
  onSet(teamMemberId: string, stakeholderId: string, level: CellLevel): void;
}) {
  const onChange = (next: CellLevel) => onSet(teamMemberId, stakeholderId, next);
  const [editing, setEditing] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing) select.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const close = (focusCell: boolean) => {
    returnFocus.current = focusCell;
    setEditing(false);
  };

  if (editing) {
    return (
      <select
        ref={select}
        aria-label={label}
        value={level}
        onChange={(event) => {
          onChange(event.target.value as CellLevel);
          close(true);
        }}
        onBlur={() => close(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            close(true);
          }
        }}
      >
        <option value="none">None</option>
        {level === 'unknown' ? <option value="unknown">Covers, level not set</option> : null}
        {LEVELS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = BY_DIGIT[event.key];
    const move = ARROWS[event.key];
    if (digit) onChange(digit);
    else if (event.key === 'Delete' || event.key === 'Backspace') onChange('none');
    else if (move) {
      const target = document.querySelector<HTMLElement>(`[data-coverage-cell="${row + move[0]}:${column + move[1]}"]`);
      target?.focus();
    } else return;
    event.preventDefault();
  };

  return (
    <button
      ref={button}
      type="button"
      className="atlas-coverage__cell"
      aria-label={`${label}: ${level === 'none' ? 'none' : levelText(level).toLowerCase()}`}
      aria-haspopup="listbox"
      data-coverage-cell={`${row}:${column}`}
      data-level={level}
      onClick={() => setEditing(true)}
      onKeyDown={onKeyDown}
    >
      {levelText(level)}
    </button>
  );
});
