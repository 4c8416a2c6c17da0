import { useId } from 'react';
import { CONTACT_FIELDS } from '../../shared/contacts/index.ts';
import type { ContactField, ContactMapping } from '../../shared/contacts/index.ts';

const NOT_IMPORTED = '';

/** A header as the mapping lists it (a blank header gets its column number). */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim() ?? '';
  return header === '' ? `Column ${index + 1}` : header;
}

/** The column mapping: one select per contact field, offering the file's columns and "Not imported". */
export function ColumnMapping({ headers, mapping, onChange }: { headers: readonly string[]; mapping: ContactMapping; onChange(field: ContactField, column: number | undefined): void }) {
  const id = useId();
  return (
    <fieldset className="atlas-fieldset atlas-contacts__mapping">
      <legend>Columns</legend>
      <div className="atlas-contacts__mapping-grid">
        {CONTACT_FIELDS.map(({ field, label }) => {
          const column = mapping[field];
          return (
            <div key={field} className="atlas-field">
              <label htmlFor={`${id}-${field}`}>{label}</label>
              <select
                id={`${id}-${field}`}
                value={column === undefined ? NOT_IMPORTED : String(column)}
                onChange={(event) => onChange(field, event.target.value === NOT_IMPORTED ? undefined : Number(event.target.value))}
              >
                <option value={NOT_IMPORTED}>Not imported</option>
                {headers.map((_header, index) => (
                  <option key={index} value={String(index)}>
                    {columnName(headers, index)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
