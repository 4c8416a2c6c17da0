import { EDITIONS, EXPORT_FORMATS, PAPER_SIZES } from '../../shared/api.ts';
import type { Edition, ExportFormat, PaperSize } from '../../shared/api.ts';

/** What a person chooses in the Export dialog (remembered between exports). */
export interface ExportChoices {
  format: ExportFormat;
  edition: Edition;
  paper: PaperSize;
  includeMap: boolean;
}

/** The choices before anyone exported: the internal PDF on A4 with the map. */
export const DEFAULT_EXPORT_CHOICES: ExportChoices = { format: 'pdf', edition: 'internal', paper: 'a4', includeMap: true };

/** Where the last choices are kept in localStorage. */
export const EXPORT_CHOICES_KEY = 'atlas.exportChoices';

/** The slice of the Web Storage API the choices need (localStorage in the app, a plain object in tests). */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** What each format is, in the user's words. */
export const FORMAT_OPTIONS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'To print, e-mail or present as it is.' },
  { value: 'docx', label: 'Word', hint: 'To edit further in Word or LibreOffice.' },
  { value: 'pptx', label: 'PowerPoint', hint: 'Slides for the account review.' },
  { value: 'html', label: 'HTML', hint: 'One web page that opens in any browser.' },
  { value: 'md', label: 'Markdown', hint: 'Plain text for wikis and notes.' },
  { value: 'json', label: 'Plan file (JSON)', hint: 'The whole plan, to back it up or import it elsewhere.' },
];

/** What the customer edition leaves out, in one line. */
export const CUSTOMER_EDITION_NOTE =
  'The customer edition leaves out items marked internal, competitors and the SWOT, our reading of each stakeholder, the tier, the growth target and goal amounts, deal value, stage and probability, and every note.';

/** True when the format is a document (a plan file has no edition, paper or map picture). */
export function isDocumentFormat(format: ExportFormat): boolean {
  return format !== 'json';
}

/** True when the format is laid out on pages, so the paper size matters. */
export function usesPaper(format: ExportFormat): boolean {
  return format === 'pdf' || format === 'docx';
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The remembered choices, or the defaults for anything missing, unreadable or from an older version. */
export function loadExportChoices(storage: ChoiceStorage | null): ExportChoices {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(EXPORT_CHOICES_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) saved = parsed as Record<string, unknown>;
  } catch {
    // Unreadable storage or text: fall back to the defaults.
  }
  return {
    format: oneOf(EXPORT_FORMATS, saved.format, DEFAULT_EXPORT_CHOICES.format),
    edition: oneOf(EDITIONS, saved.edition, DEFAULT_EXPORT_CHOICES.edition),
    paper: oneOf(PAPER_SIZES, saved.paper, DEFAULT_EXPORT_CHOICES.paper),
    includeMap: typeof saved.includeMap === 'boolean' ? saved.includeMap : DEFAULT_EXPORT_CHOICES.includeMap,
  };
}

/** Remembers the choices for the next export; a full or disabled storage only means they are not remembered. */
export function saveExportChoices(storage: ChoiceStorage | null, choices: ExportChoices): void {
  try {
    storage?.setItem(EXPORT_CHOICES_KEY, JSON.stringify(choices));
  } catch {
    // Private windows and full quotas refuse writes; exporting still works.
  }
}

/** The browser's localStorage, or null where it is not available. */
export function browserStorage(): ChoiceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What the dialog says while the file is being made. */
export const PROGRESS_TEXT = {
  pdf: 'Rendering PDF…',
  docx: 'Writing the Word document…',
  pptx: 'Building the slides…',
  html: 'Writing the web page…',
  md: 'Writing the Markdown file…',
  json: 'Writing the plan file…',
} satisfies Record<ExportFormat, string>;
