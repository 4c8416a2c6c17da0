import { useId } from 'react';
import type { HealthFinding } from '../../shared/health.ts';
import type { HealthPart, HealthRuleResult, HealthScore } from '../../shared/healthScore.ts';

const points = (value: number) => `${value} point${value === 1 ? '' : 's'}`;

function Rule({ rule, findings, onShow }: { rule: HealthRuleResult; findings: readonly HealthFinding[]; onShow(finding: HealthFinding): void }) {
  const linked = findings.filter((finding) => rule.findings.includes(finding.check));
  return (
    <li className={`atlas-score__rule${rule.earned < rule.points ? ' is-losing' : ''}`} aria-label={`${rule.label}: ${rule.earned} of ${rule.points}`}>
      <div className="atlas-score__rule-head">
        <span className="atlas-score__rule-label">{rule.label}</span>
        <span className="atlas-score__rule-points">
          {rule.earned}/{rule.points}
        </span>
      </div>
      <p className="atlas-score__explanation">{rule.explanation}</p>
      {rule.gain > 0 && <p className="atlas-score__gain">Fixing one adds {points(rule.gain)}.</p>}
      {linked.length > 0 && (
        <ul className="atlas-score__findings" aria-label={`Findings behind ${rule.label}`}>
          {linked.map((finding, at) => (
            <li key={`${finding.check}-${at}`}>
              {finding.nodeIds.length > 0 ? (
                <button type="button" className="atlas-score__finding" aria-label={`Show the finding: ${finding.message}`} onClick={() => onShow(finding)}>
                  {finding.message}
                </button>
              ) : (
                <span className="atlas-score__finding">{finding.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Part({ part, findings, onShow }: { part: HealthPart; findings: readonly HealthFinding[]; onShow(finding: HealthFinding): void }) {
  return (
    <div className="atlas-score__part">
      <h4 className="atlas-score__part-head">
        <span>{part.label}</span>
        <span className="atlas-score__part-points">
          {part.score} of {part.max}
        </span>
      </h4>
      <ul className="atlas-score__rules" aria-label={`${part.label}: ${part.score} of ${part.max}`}>
        {part.rules.map((rule) => (
          <Rule key={rule.id} rule={rule} findings={findings} onShow={onShow} />
        ))}
      </ul>
    </div>
  );
}

/** Health score 0–100 with its four parts; each rule says how it is computed and links to the findings behind a loss. */
export function HealthScorePanel({ score, findings, onShow }: { score: HealthScore; findings: readonly HealthFinding[]; onShow(finding: HealthFinding): void }) {
  const titleId = useId();
  return (
    <section className="atlas-score" aria-labelledby={titleId}>
      <h3 id={titleId} className="atlas-score__title">
        Health score <span className="atlas-score__value">{score.score}</span>
        <span className="atlas-score__max"> of 100</span>
      </h3>
      {score.parts.map((part) => (
        <Part key={part.id} part={part} findings={findings} onShow={onShow} />
      ))}
    </section>
  );
}
