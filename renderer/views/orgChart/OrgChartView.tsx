import { Notice } from '../../map/Notice.tsx';

/** The Org chart of the plan. */
export function OrgChartView() {
  return (
    <main className="atlas-plan__map atlas-view" aria-label="Org chart">
      <Notice />
    </main>
  );
}
