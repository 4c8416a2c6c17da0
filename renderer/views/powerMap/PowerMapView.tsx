import { Notice } from '../../map/Notice.tsx';

/** The Power map of the plan. */
export function PowerMapView() {
  return (
    <main className="atlas-plan__map atlas-view" aria-label="Power map">
      <Notice />
    </main>
  );
}
