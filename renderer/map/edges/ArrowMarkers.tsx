import { EDGE_KINDS, edgeKindOf } from '../../../shared/edges.ts';
import { shownColor } from '../../ui/shownColor.ts';

/** One arrowhead per relation kind, in its colour (referenced as url(#atlas-arrow-<kind>)). */
export function ArrowMarkers() {
  return (
    <svg className="atlas-markers" aria-hidden="true" width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        {EDGE_KINDS.map((kind) => (
          <marker key={kind} id={`atlas-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" style={{ fill: shownColor(edgeKindOf(kind).color) }} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
