import { RELATIONSHIP_OPTIONS } from '../../../shared/kinds/options.ts';
import { isBelowTarget, relationshipLabel } from '../../../shared/rules/coverage.ts';
import { setCoverage } from '../../commands/coverage.ts';
import { selectStakeholder } from '../../commands/orgChart.ts';
import { updateNode } from '../../commands/updateNode.ts';
import { Notice } from '../../map/Notice.tsx';
import { useRunCommand } from '../../map/PlanContext.tsx';
import { useSelectedIds, useStakeholders } from '../useStakeholders.ts';
import { CoverageCell } from './CoverageCell.tsx';
import type { CellLevel } from './CoverageCell.tsx';
import { startTransition, useCallback, useEffect, useState } from 'react';
import { ChangeMark } from '../../review/ChangeMark.tsx';
import { VIEW_PANEL_ID } from '../viewPanel.ts';

/** Rows drawn per frame: a large table shows its first rows at once and fills in the rest frame by frame. */
const ROW_CHUNK = 30;

const LEVELS = RELATIONSHIP_OPTIONS.filter((option) => option.value !== 'unknown');

/** What a row's highlight says. */
function rowStatus(uncovered: boolean, thin: boolean): string {
  if (uncovered) return 'Nobody covers';
  if (thin) return 'One contact, low level';
  return '';
}

/** Our team (columns) against their stakeholders (rows): each cell our relationship level, editable from the keyboard. */
export function CoverageView() {
  const run = useRunCommand();
  const { stakeholders, teamMembers, coverage } = useStakeholders();
  const selectedIds = useSelectedIds();
  const onSet = useCallback(
    (teamMemberId: string, stakeholderId: string, level: CellLevel) => void run(setCoverage, { teamMemberId, stakeholderId, level }),
    [run],
  );
  const [shownRows, setShownRows] = useState(ROW_CHUNK);
  useEffect(() => {
    if (shownRows >= stakeholders.length) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShownRows((rows) => rows + ROW_CHUNK)));
    return () => cancelAnimationFrame(frame);
  }, [shownRows, stakeholders.length]);
  const totals = teamMembers.map((member) => [...coverage.values()].filter((entry) => entry.links.some((link) => link.teamMemberId === member.id)).length);

  return (
    <main id={VIEW_PANEL_ID} className="atlas-plan__map atlas-view atlas-coverage" aria-label="Coverage view">
      <div className="atlas-view__bar">
        <span className="atlas-view__hint">Each cell is our relationship with that person. Rows nobody covers, or one person covers at a low level, are highlighted.</span>
      </div>
      {stakeholders.length === 0 || teamMembers.length === 0 ? (
        <p className="atlas-view__empty">Add stakeholders and team members to the map to plan who covers whom.</p>
      ) : (
        <table className="atlas-coverage__table" aria-label="Coverage">
          <thead>
            <tr>
              <th scope="col">Stakeholder</th>
              <th scope="col">Target level</th>
              {teamMembers.map((member) => (
                <th key={member.id} scope="col">
                  {member.label}
                </th>
              ))}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {stakeholders.slice(0, shownRows).map((person, rowIndex) => {
              const entry = coverage.get(person.id)!;
              const status = rowStatus(entry.uncovered, entry.thin);
              return (
                <tr key={person.id} className={`${status ? 'is-weak' : ''} ${selectedIds.has(person.id) ? 'is-selected' : ''}`}>
                  <th scope="row">
                    <button type="button" className="atlas-coverage__person" data-stakeholder-id={person.id} aria-label={`Stakeholder: ${person.label}`} aria-current={selectedIds.has(person.id) ? 'true' : undefined} onClick={() => run(selectStakeholder, { id: person.id })}>
                      {person.label}
                    </button>
                    <ChangeMark nodeId={person.id} />
                    {person.data.title ? <span className="atlas-coverage__title">{person.data.title}</span> : null}
                  </th>
                  <td>
                    <select
                      aria-label={`Target level for ${person.label}`}
                      value={person.data.targetRelationship}
                      onChange={(event) => run(updateNode, { id: person.id, changes: { data: { targetRelationship: event.target.value } } })}
                    >
                      <option value="unknown">Not set</option>
                      {LEVELS.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  {teamMembers.map((member, columnIndex) => {
                    const link = entry.links.find((candidate) => candidate.teamMemberId === member.id);
                    return (
                      <td key={member.id}>
                        <CoverageCell
                          label={`${member.label} with ${person.label}`}
                          level={link ? link.level : 'none'}
                          row={rowIndex}
                          column={columnIndex}
                          teamMemberId={member.id}
                          stakeholderId={person.id}
                          onSet={onSet}
                        />
                      </td>
                    );
                  })}
                  <td className="atlas-coverage__status">
                    {status}
                    {!status && isBelowTarget(entry.best, person.data.targetRelationship)
                      ? `Below target (${relationshipLabel(person.data.targetRelationship).toLowerCase()})`
                      : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">People covered</th>
              <td />
              {teamMembers.map((member, index) => (
                <td key={member.id} aria-label={`${member.label} covers ${totals[index]} ${totals[index] === 1 ? 'person' : 'people'}`}>
                  {totals[index]}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <Notice />
    </main>
  );
}
