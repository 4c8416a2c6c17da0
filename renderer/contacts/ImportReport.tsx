import { useId } from 'react';
import type { ContactImportPlan } from '../../shared/contacts/index.ts';

/** Entries a list shows before it says how many more there are. */
const LISTED = 100;

function LineList({ title, items }: { title: string; items: readonly { line: number; text: string }[] }) {
  const id = useId();
  if (items.length === 0) return null;
  const more = items.length - LISTED;
  return (
    <section className="atlas-contacts__report" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({items.length.toLocaleString('en-US')})
      </h3>
      <ul>
        {items.slice(0, LISTED).map((item, index) => (
          <li key={`${item.line}-${index}`}>
            Line {item.line}: {item.text}
          </li>
        ))}
        {more > 0 ? <li>… and {more.toLocaleString('en-US')} more.</li> : null}
      </ul>
    </section>
  );
}

/** The rows that will not import as they are: problems with their reasons, and managers not found. */
export function ImportReport({ plan }: { plan: ContactImportPlan }) {
  return (
    <>
      <LineList title="Rows with problems" items={plan.problems.map((problem) => ({ line: problem.line, text: problem.reason }))} />
      <LineList title="Managers not found" items={plan.unresolvedManagers.map((entry) => ({ line: entry.line, text: entry.manager }))} />
    </>
  );
}
