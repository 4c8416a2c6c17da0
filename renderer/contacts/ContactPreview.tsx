import { useId, useState } from 'react';
import type { ContactImportPlan, PlannedContact } from '../../shared/contacts/index.ts';
import { OUTCOME_LABELS } from './importSummary.ts';

/** Rows the preview shows at once: enough to check the mapping, few enough to stay quick with 5,000 rows. */
export const PREVIEW_ROWS = 50;

type RowFilter = 'all' | 'new' | 'matched' | 'problem';

const FILTERS: Record<RowFilter, { label: string; keep(row: PlannedContact): boolean }> = {
  all: { label: 'All rows', keep: () => true },
  new: { label: 'New stakeholders', keep: (row) => row.outcome === 'new' },
  matched: { label: 'Existing stakeholders', keep: (row) => row.matchedNodeId !== undefined && row.outcome !== 'problem' },
  problem: { label: 'Rows with problems', keep: (row) => row.outcome === 'problem' },
};

function rowName(row: PlannedContact): string {
  return row.name.trim() || row.email.trim() || 'no name';
}

/**
 * The first rows as they will become stakeholders: outcome, name, title, email, manager. A row that matches an
 * existing stakeholder has its own Update / Skip choice.
 */
export function ContactPreview({ plan, onOverride }: { plan: ContactImportPlan; onOverride(line: number, choice: 'update' | 'skip'): void }) {
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>('all');
  const rows = plan.rows.filter(FILTERS[filter].keep);
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <section className="atlas-contacts__preview" aria-labelledby={`${id}-title`}>
      <div className="atlas-contacts__preview-head">
        <h3 id={`${id}-title`}>Preview</h3>
        <div className="atlas-contacts__filter">
          <label htmlFor={`${id}-filter`}>Show</label>
          <select id={`${id}-filter`} value={filter} onChange={(event) => setFilter(event.target.value as RowFilter)}>
            {(Object.keys(FILTERS) as RowFilter[]).map((key) => (
              <option key={key} value={key}>
                {FILTERS[key].label} ({plan.rows.filter(FILTERS[key].keep).length.toLocaleString('en-US')})
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="atlas-contacts__table-scroll" role="region" aria-label="Preview rows" tabIndex={0}>
        <table className="atlas-contacts__table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Outcome</th>
              <th scope="col">Name</th>
              <th scope="col">Job title</th>
              <th scope="col">Email</th>
              <th scope="col">Reports to</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line} className={`is-${row.outcome}`}>
                <td>{row.line}</td>
                <td>
                  {row.matchedNodeId !== undefined && row.outcome !== 'problem' ? (
                    <select
                      aria-label={`Line ${row.line}, ${rowName(row)}`}
                      value={row.outcome}
                      onChange={(event) => onOverride(row.line, event.target.value as 'update' | 'skip')}
                    >
                      <option value="update">Update</option>
                      <option value="skip">Skip</option>
                    </select>
                  ) : (
                    <span className={`atlas-contacts__outcome is-${row.outcome}`}>{OUTCOME_LABELS[row.outcome]}</span>
                  )}
                </td>
                <td>{row.name}</td>
                <td>{row.title}</td>
                <td>{row.email}</td>
                <td>{row.managerLabel ?? row.manager}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="atlas-field__hint">
        {rows.length === 0
          ? 'No row to show.'
          : rows.length > shown.length
            ? `The first ${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} rows are shown.`
            : `${rows.length.toLocaleString('en-US')} ${rows.length === 1 ? 'row' : 'rows'}.`}
      </p>
    </section>
  );
}
