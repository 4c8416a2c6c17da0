import { useEffect, useId, useRef, useState } from 'react';
import { EDITIONS, PAPER_SIZES } from '../../shared/api.ts';
import type { Edition, ExportFormat, PaperSize } from '../../shared/api.ts';
import { AtlasError } from '../../shared/errors.ts';
import { useApi } from '../api/ApiContext.tsx';
import { usePlan, usePlanStoreApi } from '../map/PlanContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import {
  CUSTOMER_EDITION_NOTE,
  FORMAT_OPTIONS,
  PROGRESS_TEXT,
  browserStorage,
  isDocumentFormat,
  loadExportChoices,
  saveExportChoices,
  usesPaper,
} from './exportChoices.ts';
import type { ExportChoices } from './exportChoices.ts';
import { useEditionChoice } from './editionChoice.ts';
import { saveExportedFile } from './saveFile.ts';
import './export.css';

type Phase = { state: 'idle' } | { state: 'exporting' } | { state: 'saved'; fileName: string } | { state: 'failed'; message: string };

const EDITION_LABELS: Record<Edition, string> = { internal: 'Internal', customer: 'Customer' };
const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'Letter' };

function FormatChoice({ name, option, checked, onChoose }: { name: string; option: (typeof FORMAT_OPTIONS)[number]; checked: boolean; onChoose(format: ExportFormat): void }) {
  const id = `${name}-${option.value}`;
  return (
    <div className={`atlas-export__choice ${checked ? 'is-checked' : ''}`}>
      <input id={id} type="radio" name={name} value={option.value} checked={checked} aria-describedby={`${id}-hint`} onChange={() => onChoose(option.value)} />
      <label htmlFor={id}>{option.label}</label>
      <span id={`${id}-hint`} className="atlas-export__hint">
        {option.hint}
      </span>
    </div>
  );
}

/**
 * Exports the open plan: format, edition, paper size and map; shows progress while the file is made, then
 * saves it (native save dialog in the desktop app, a download in browser mode). Remembers the last choices.
 */
export function ExportDialog({ planId, onClose }: { planId: string; onClose(): void }) {
  const api = useApi();
  const store = usePlanStoreApi();
  const planTitle = usePlan((state) => state.plan.title);
  const id = useId();
  const [savedChoices, setChoices] = useState<ExportChoices>(() => loadExportChoices(browserStorage()));
  // The edition is the one the preview shows: choosing it here switches the preview too.
  const edition = useEditionChoice((state) => state.edition);
  const chooseEdition = useEditionChoice((state) => state.choose);
  const choices: ExportChoices = { ...savedChoices, edition };
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  // Closing the dialog mid-export leaves the request to finish unseen: its result must not be saved.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const busy = phase.state === 'exporting';
  const isDocument = isDocumentFormat(choices.format);
  const choose = (changes: Partial<ExportChoices>) => {
    const next = { ...choices, ...changes };
    setChoices(next);
    saveExportChoices(browserStorage(), next);
    if (next.edition !== edition) chooseEdition(next.edition);
    if (phase.state !== 'exporting') setPhase({ state: 'idle' });
  };

  const exportNow = async () => {
    if (busy) return;
    setPhase({ state: 'exporting' });
    try {
      // The backend exports what it has stored: send the latest edits first.
      await store.getState().flush();
      if (store.getState().hasUnsavedChanges()) {
        throw new AtlasError('unavailable', 'Your latest changes are not saved yet: press Retry in the toolbar, then export again.');
      }
      const file = await api.exportDocument({ planId, ...choices });
      if (!open.current) return;
      const savedAs = await saveExportedFile(file);
      if (open.current) setPhase(savedAs === null ? { state: 'idle' } : { state: 'saved', fileName: savedAs });
    } catch (caught) {
      if (open.current) setPhase({ state: 'failed', message: errorSentence(caught) });
    }
  };

  return (
    <Dialog
      title="Export plan"
      wide
      onClose={onClose}
      onSubmit={() => void exportNow()}
      footer={
        <>
          <button type="button" className="atlas-button" onClick={onClose}>
            {phase.state === 'saved' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="atlas-button atlas-button--primary" disabled={busy}>
            {busy ? 'Exporting…' : phase.state === 'saved' ? 'Export again' : 'Export'}
          </button>
        </>
      }
    >
      <p className="atlas-export__intro">{planTitle}</p>
      <fieldset className="atlas-export__controls" disabled={busy}>
        <fieldset className="atlas-fieldset atlas-export__formats">
          <legend>Format</legend>
          {FORMAT_OPTIONS.map((option) => (
            <FormatChoice key={option.value} name={`${id}-format`} option={option} checked={choices.format === option.value} onChoose={(format) => choose({ format })} />
          ))}
        </fieldset>

        <fieldset className="atlas-fieldset atlas-export__editions" disabled={!isDocument} aria-describedby={`${id}-edition-note`}>
          <legend>Edition</legend>
          <div className="atlas-export__row">
            {EDITIONS.map((edition) => (
              <div key={edition} className="atlas-field atlas-field--check">
                <input id={`${id}-edition-${edition}`} type="radio" name={`${id}-edition`} value={edition} checked={choices.edition === edition} onChange={() => choose({ edition })} />
                <label htmlFor={`${id}-edition-${edition}`}>{EDITION_LABELS[edition]}</label>
              </div>
            ))}
          </div>
          <p id={`${id}-edition-note`} className="atlas-export__hint">
            {isDocument ? CUSTOMER_EDITION_NOTE : 'A plan file always holds the whole plan.'}
          </p>
        </fieldset>

        <div className="atlas-export__row">
          <div className="atlas-field">
            <label htmlFor={`${id}-paper`}>Paper size</label>
            <select
              id={`${id}-paper`}
              value={choices.paper}
              disabled={!usesPaper(choices.format)}
              aria-describedby={`${id}-paper-note`}
              onChange={(event) => choose({ paper: event.target.value as PaperSize })}
            >
              {PAPER_SIZES.map((paper) => (
                <option key={paper} value={paper}>
                  {PAPER_LABELS[paper]}
                </option>
              ))}
            </select>
            <span id={`${id}-paper-note`} className="atlas-export__hint">
              For PDF and Word.
            </span>
          </div>
          <div className="atlas-field atlas-field--check atlas-export__map">
            <input id={`${id}-map`} type="checkbox" checked={choices.includeMap && isDocument} disabled={!isDocument} onChange={(event) => choose({ includeMap: event.target.checked })} />
            <label htmlFor={`${id}-map`}>Include the account map</label>
          </div>
        </div>
      </fieldset>

      <div className="atlas-export__outcome">
        {busy ? (
          <div className="atlas-export__progress">
            <div role="progressbar" aria-label={PROGRESS_TEXT[choices.format]} className="atlas-progress">
              <span />
            </div>
            <span>{PROGRESS_TEXT[choices.format]}</span>
          </div>
        ) : null}
        <div role="status" aria-live="polite" className="atlas-export__saved">
          {phase.state === 'saved' ? `Saved ${phase.fileName}` : ''}
        </div>
        {phase.state === 'failed' ? (
          <p className="atlas-error" role="alert">
            {phase.message}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
