import { memo } from 'react';
import { edgeKinds } from '../../../shared/edges.ts';
import type { PlanEdge } from '../../../shared/model.ts';
import { ORG_CARD } from '../../../shared/rules/orgChart.ts';
import type { OrgChartLayout } from '../../../shared/rules/orgChart.ts';
import { shownColor } from '../../ui/shownColor.ts';

/** The org chart's lines: reporting lines from each manager down to their reports, informal influence dotted. */
export const OrgChartLines = memo(function OrgChartLines({ layout, edges, pad }: { layout: OrgChartLayout; edges: Readonly<Record<string, PlanEdge>>; pad: number }) {
  const at = new Map(layout.cards.map((card) => [card.id, card]));
  const influences = Object.values(edges).filter((edge) => edge.kind === 'influences' && at.has(edge.source) && at.has(edge.target));
  return (
    <svg className="atlas-org__lines" width={layout.width + 2 * pad} height={layout.height + 2 * pad} aria-hidden="true">
      {layout.links.map(({ manager, report }) => {
        const top = at.get(manager)!;
        const bottom = at.get(report)!;
        const x1 = top.x + pad + ORG_CARD.width / 2;
        const y1 = top.y + pad + ORG_CARD.height;
        const x2 = bottom.x + pad + ORG_CARD.width / 2;
        const y2 = bottom.y + pad;
        const mid = y1 + ORG_CARD.gapY / 2;
        return <path key={`${manager}-${report}`} d={`M${x1},${y1} V${mid} H${x2} V${y2}`} className="atlas-org__reports" style={{ stroke: shownColor(edgeKinds.reportsTo.color) }} />;
      })}
      {influences.map((edge) => {
        const from = at.get(edge.source)!;
        const to = at.get(edge.target)!;
        return (
          <line
            key={edge.id}
            x1={from.x + pad + ORG_CARD.width / 2}
            y1={from.y + pad + ORG_CARD.height / 2}
            x2={to.x + pad + ORG_CARD.width / 2}
            y2={to.y + pad + ORG_CARD.height / 2}
            className="atlas-org__influence"
            style={{ stroke: shownColor(edgeKinds.influences.color) }}
          />
        );
      })}
    </svg>
  );
});
