import type { ContactImportPlan, PlannedContact } from '../../shared/contacts/index.ts';

/** How each outcome of a row is shown in the preview. */
export const OUTCOME_LABELS: Record<PlannedContact['outcome'], string> = {
  new: 'New',
  update: 'Update',
  skip: 'Skip',
  problem: 'Problem',
};

function count(amount: number, one: string, many: string): string {
  return `${amount.toLocaleString('en-US')} ${amount === 1 ? one : many}`;
}

/** The dialog's summary line, e.g. "12 new, 3 updates, 1 skipped, 2 problems". */
export function importSummary(counts: ContactImportPlan['counts']): string {
  return [
    `${counts.new.toLocaleString('en-US')} new`,
    count(counts.updated, 'update', 'updates'),
    `${counts.skipped.toLocaleString('en-US')} skipped`,
    count(counts.problems, 'problem', 'problems'),
  ].join(', ');
}

/** What the map announces after an import, e.g. "Imported 12 new stakeholders and 3 updates (1 skipped, 2 problems)." */
export function importedNotice(counts: ContactImportPlan['counts']): string {
  const done = [counts.new > 0 ? count(counts.new, 'new stakeholder', 'new stakeholders') : null, counts.updated > 0 ? count(counts.updated, 'update', 'updates') : null];
  const left = [counts.skipped > 0 ? `${counts.skipped.toLocaleString('en-US')} skipped` : null, counts.problems > 0 ? count(counts.problems, 'problem', 'problems') : null];
  const listed = (parts: (string | null)[]) => parts.filter((part): part is string => part !== null);
  const main = listed(done).length === 0 ? 'Imported the reports-to relations' : `Imported ${listed(done).join(' and ')}`;
  return listed(left).length === 0 ? `${main}.` : `${main} (${listed(left).join(', ')}).`;
}
