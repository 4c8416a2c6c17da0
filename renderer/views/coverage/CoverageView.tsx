import { Notice } from '../../map/Notice.tsx';

/** The Coverage view of the plan. */
export function CoverageView() {
  return (
    <main className="atlas-plan__map atlas-view" aria-label="Coverage view">
      <Notice />
    </main>
  );
}
