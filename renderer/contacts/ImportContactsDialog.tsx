import { useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { accountsIn, detectPreset, planContactImport, PRESET_LABELS, presetMapping, readContactFile } from '../../shared/contacts/index.ts';
import type { ContactField, ContactMapping, ContactPreset, ContactTable } from '../../shared/contacts/index.ts';
import { newId } from '../../shared/ids.ts';
import { readOnlyRefusal } from '../commands/editRefusal.ts';
import { importContacts } from '../commands/importContacts.ts';
import { usePlan, usePlanReadOnly, usePlanStoreApi, useRunCommand } from '../map/PlanContext.tsx';
import { Dialog, DialogError } from '../ui/Dialog.tsx';
import { ColumnMapping } from './ColumnMapping.tsx';
import { ContactPreview } from './ContactPreview.tsx';
import { ImportReport } from './ImportReport.tsx';
import { importSummary } from './importSummary.ts';
import { parentChoices } from './parentChoices.ts';
import './importContacts.css';

const ALL_ACCOUNTS = '';

/** Rows read, from a file or a paste, with what the dialog was told about them. */
interface ReadRows {
  table: ContactTable;
  /** The file's name, or null for pasted rows. */
  fileName: string | null;
}

/** The file and mapping choices that follow from a table just read. */
interface Reading {
  preset: ContactPreset;
  mapping: ContactMapping;
}

function readingOf(table: ContactTable): Reading {
  const preset = detectPreset(table.headers);
  return { preset, mapping: presetMapping(preset, table.headers) };
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="atlas-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** The "Import contacts" dialog while the plan store says it is open. */
export function ImportContactsDialog() {
  const request = usePlan((state) => state.contactImport);
  if (!request) return null;
  return <ContactImport pasted={request.table} />;
}

/**
 * Import contacts from a CRM export: choose the file (or rows pasted from a spreadsheet), check how it is read
 * and which column is which, where new stakeholders go and what happens to existing ones, see a preview and the
 * problem rows; nothing changes until Import, which is one undo step. Every decision is shared/contacts'.
 */
function ContactImport({ pasted }: { pasted: ContactTable | null }) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const planId = usePlan((state) => state.plan.id);
  const nodes = usePlan((state) => state.nodes);
  const edges = usePlan((state) => state.edges);
  const [rows, setRows] = useState<ReadRows | null>(() => (pasted ? { table: pasted, fileName: null } : null));
  const [reading, setReading] = useState<Reading | null>(() => (pasted ? readingOf(pasted) : null));
  const [readError, setReadError] = useState<string | null>(null);
  const [loadingFile, setLoadingFile] = useState(false);
  const id = useId();
  const [account, setAccount] = useState(ALL_ACCOUNTS);
  const choices = useMemo(() => parentChoices(nodes), [nodes]);
  const [parentId, setParentId] = useState(() => {
    const selected = store.getState().selection.nodeIds;
    return choices.find((choice) => selected.length === 1 && choice.id === selected[0])?.id ?? choices[0]?.id ?? '';
  });
  const [matches, setMatches] = useState<'update' | 'skip'>('update');
  const [overrides, setOverrides] = useState<Record<number, 'update' | 'skip'>>({});
  const readCount = useRef(0);
  const readOnly = usePlanReadOnly();

  const close = () => store.getState().setPanels({ contactImport: null });

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const attempt = ++readCount.current;
    setLoadingFile(true);
    let result: ReturnType<typeof readContactFile>;
    try {
      result = readContactFile(new Uint8Array(await file.arrayBuffer()));
    } catch {
      result = { ok: false, message: `${file.name} could not be read; check that the file is still there and try again.` };
    }
    if (attempt !== readCount.current) return;
    setLoadingFile(false);
    if (!result.ok) {
      setRows(null);
      setReading(null);
      setReadError(result.message);
      return;
    }
    setReadError(null);
    setRows({ table: result.table, fileName: file.name });
    setReading(readingOf(result.table));
    setAccount(ALL_ACCOUNTS);
    setOverrides({});
  };

  const table = rows?.table ?? null;
  const accounts = useMemo(() => (table && reading ? accountsIn(table, reading.mapping) : []), [table, reading]);
  const accountKey = accounts.some((entry) => entry.key === account) ? account : ALL_ACCOUNTS;
  const nodeList = useMemo(() => Object.values(nodes), [nodes]);
  const edgeList = useMemo(() => Object.values(edges), [edges]);
  const options = useMemo(
    () =>
      reading
        ? { mapping: reading.mapping, ...(accountKey === ALL_ACCOUNTS ? {} : { account: accountKey }), parentId, matches, overrides }
        : null,
    [reading, accountKey, parentId, matches, overrides],
  );
  const plan = useMemo(
    () => (table && options && nodes[options.parentId] ? planContactImport(planId, nodeList, edgeList, table, options, newId) : null),
    [planId, nodeList, edgeList, nodes, table, options],
  );
  const hasMatches = plan?.rows.some((row) => row.matchedNodeId !== undefined) ?? false;
  const nothingToDo =
    !plan ||
    readOnly !== null ||
    plan.refusal !== undefined ||
    [plan.patch.upsertNodes, plan.patch.updateNodes, plan.patch.upsertEdges, plan.patch.deleteEdges].every((list) => (list?.length ?? 0) === 0);

  const changePreset = (preset: ContactPreset) => {
    if (!table) return;
    setReading({ preset, mapping: presetMapping(preset, table.headers) });
    setOverrides({});
  };
  const changeColumn = (field: ContactField, column: number | undefined) => {
    setReading((current) => {
      if (!current) return current;
      const mapping = { ...current.mapping };
      if (column === undefined) delete mapping[field];
      else mapping[field] = column;
      return { ...current, mapping };
    });
  };

  const submit = () => {
    if (!table || !options || nothingToDo) return;
    run(importContacts, { table, options });
    close();
  };

  return (
    <Dialog
      title="Import contacts"
      className="atlas-contacts"
      onClose={close}
      onSubmit={submit}
      footer={
        <>
          {plan ? (
            <p className="atlas-contacts__summary" role="status">
              {importSummary(plan.counts)}
            </p>
          ) : null}
          <button type="button" className="atlas-button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="atlas-button atlas-button--primary" disabled={nothingToDo}>
            Import
          </button>
        </>
      }
    >
      <p className="atlas-dialog__lead">
        Stakeholders from a contact export of your CRM (Salesforce, HubSpot or any CSV file with a header row). Nothing changes until you press Import.
      </p>
      <div className="atlas-field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
        <p id={`${id}-file-hint`} className="atlas-field__hint">
          {loadingFile
            ? 'Reading the file…'
            : rows
              ? `${rows.fileName ?? 'Pasted rows'}: ${rows.table.rows.length.toLocaleString('en-US')} ${rows.table.rows.length === 1 ? 'row' : 'rows'} read.`
              : 'Export the contacts from your CRM as CSV, then choose the file here.'}
        </p>
      </div>
      {readOnly !== null ? (
        <p className="atlas-contacts__note" role="note">
          {readOnlyRefusal(readOnly)} The file can be previewed, but not imported.
        </p>
      ) : null}
      <DialogError message={readError ?? plan?.refusal ?? null} />
      {plan?.advice && plan.refusal === undefined ? (
        <p className="atlas-contacts__note" role="note" aria-label="Advice on the number of stakeholders">
          {plan.advice}
        </p>
      ) : null}
      {table && reading ? (
        <>
          <div className="atlas-contacts__choices">
            <Field label="Read as">
              {(id) => (
                <select id={id} value={reading.preset} onChange={(event) => changePreset(event.target.value as ContactPreset)}>
                  {(Object.keys(PRESET_LABELS) as ContactPreset[]).map((preset) => (
                    <option key={preset} value={preset}>
                      {PRESET_LABELS[preset]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {accounts.length > 1 ? (
              <Field label="Import the contacts of">
                {(id) => (
                  <select id={id} value={accountKey} onChange={(event) => setAccount(event.target.value)}>
                    <option value={ALL_ACCOUNTS}>All companies in the file</option>
                    {accounts.map((entry) => (
                      <option key={entry.key} value={entry.key}>
                        {entry.label} ({entry.count.toLocaleString('en-US')})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field label="Put new stakeholders under">
              {(id) => (
                <select id={id} value={parentId} onChange={(event) => setParentId(event.target.value)}>
                  {choices.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {hasMatches ? (
            <fieldset className="atlas-fieldset atlas-contacts__matches">
              <legend>Existing stakeholders</legend>
              {(['update', 'skip'] as const).map((choice) => (
                <div key={choice} className="atlas-field atlas-field--check">
                  <input
                    id={`${id}-matches-${choice}`}
                    type="radio"
                    name={`${id}-matches`}
                    value={choice}
                    checked={matches === choice}
                    onChange={() => {
                      setMatches(choice);
                      setOverrides({});
                    }}
                  />
                  <label htmlFor={`${id}-matches-${choice}`}>{choice === 'update' ? 'Update them' : 'Skip them'}</label>
                </div>
              ))}
              <p className="atlas-field__hint">Rows whose CRM id or email is already on the map. Each row can also be set in the preview.</p>
            </fieldset>
          ) : null}
          <ColumnMapping headers={table.headers} mapping={reading.mapping} onChange={changeColumn} />
          {plan ? (
            <>
              <ContactPreview plan={plan} onOverride={(line, choice) => setOverrides((current) => ({ ...current, [line]: choice }))} />
              <ImportReport plan={plan} />
            </>
          ) : null}
        </>
      ) : null}
    </Dialog>
  );
}
