import { useContext, useId, useMemo } from 'react';
import { planHealth } from '../../shared/health.ts';
import type { HealthFinding } from '../../shared/health.ts';
import { planHealthScore } from '../../shared/healthScore.ts';
import { toggleCollapse } from '../commands/collapse.ts';
import { useSettledPlanDocument, useToday } from '../export/usePlanDocument.ts';
import { PlanContext, usePlan, usePlanStoreApi, useRunCommand } from '../map/PlanContext.tsx';
import { HealthScorePanel } from './HealthScorePanel.tsx';
import { TrendsPanel } from './TrendsPanel.tsx';
import { useReviews } from './useReviews.ts';
import { collapsedAncestors, groupFindings } from './healthGroups.ts';
import type { FindingGroup } from './healthGroups.ts';
import './health.css';

/** Selects a finding's nodes on the map, opening collapsed branches that hide them, and brings them into view. */
function useShowOnMap(): (finding: HealthFinding) => void {
  const store = usePlanStoreApi();
  const canvas = useContext(PlanContext)?.canvas;
  const run = useRunCommand();
  return (finding) => {
    const nodes = store.getState().nodes;
    const nodeIds = finding.nodeIds.filter((id) => nodes[id] !== undefined);
    if (nodeIds.length === 0) return;
    // Collapsed branches only hide people on the map; the other views show everyone and select them in place.
    const hidden = store.getState().view === 'map' ? collapsedAncestors(nodes, nodeIds) : [];
    for (const id of hidden) run(toggleCollapse, { id });
    store.getState().select({ nodeIds, edgeId: null });
    // Let React Flow draw newly shown nodes before moving the view to them.
    setTimeout(() => {
      const controls = canvas?.current;
      if (controls?.centerOn) controls.centerOn(nodeIds);
      else controls?.fitView();
    }, hidden.length > 0 ? 60 : 0);
  };
}

function Group({ group, onShow }: { group: FindingGroup; onShow(finding: HealthFinding): void }) {
  const headingId = useId();
  return (
    <section className={`atlas-health__group atlas-health__group--${group.severity}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="atlas-health__group-title">
        <span className="atlas-health__badge">{group.findings.length}</span> {group.name}
      </h3>
      <ul className="atlas-health__list">
        {group.findings.map((finding, at) => (
          <li key={`${finding.check}-${finding.nodeIds.join('-')}-${at}`}>
            {finding.nodeIds.length > 0 ? (
              <button type="button" className="atlas-health__finding" title="Show in the current view" onClick={() => onShow(finding)}>
                {finding.message}
              </button>
            ) : (
              <span className="atlas-health__finding is-static">{finding.message}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Plan check": the health score with its parts, the trends across the plan's reviews, and the plan's red flags
 * from the account-planning method grouped by severity; each finding shows its items on the map.
 */
export function HealthPanel() {
  const titleId = useId();
  const planDocument = useSettledPlanDocument();
  const today = useToday();
  const findings = useMemo(() => planHealth(planDocument, today), [planDocument, today]);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const planId = usePlan((state) => state.plan.id);
  const { reviews, error } = useReviews(planId, planDocument);
  const lastReviewAt = reviews && reviews.length > 0 ? reviews[reviews.length - 1]!.takenAt : null;
  const score = useMemo(() => planHealthScore(planDocument, today, { lastReviewAt }), [planDocument, today, lastReviewAt]);
  const showOnMap = useShowOnMap();
  return (
    <section className="atlas-pane atlas-health" aria-labelledby={titleId}>
      <header className="atlas-pane__head">
        <h2 id={titleId} className="atlas-pane__title">
          Plan check
        </h2>
      </header>
      <div className="atlas-health__body">
        <HealthScorePanel score={score} findings={findings} onShow={showOnMap} />
        <TrendsPanel reviews={reviews} error={error} current={planDocument} today={today} />
        <section aria-label="Findings">
        {groups.length === 0 ? (
          <p className="atlas-health__clear">No red flags: the plan passes every check.</p>
        ) : (
          <>
            <p className="atlas-health__summary">{groups.map((group) => group.title).join(', ')}. Choose one to see it on the map.</p>
            {groups.map((group) => (
              <Group key={group.severity} group={group} onShow={showOnMap} />
            ))}
          </>
        )}
        </section>
      </div>
    </section>
  );
}
