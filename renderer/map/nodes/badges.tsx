import type { ReactNode } from 'react';
import type { GapStatus } from '../../../shared/rules/goalBuild.ts';
import { SUPPORT_OPTIONS, SUPPORT_SCORE } from '../../../shared/kinds/stakeholder.ts';
import { initials as initialsOf } from '../format.ts';
import { SUPPORT_COLORS, SUPPORT_TEXT_COLORS } from '../../../shared/kinds/supportColors.ts';

export { SUPPORT_COLORS };

/** Colour families of badges. */
export type Tone = 'neutral' | 'blue' | 'green' | 'amber' | 'red' | 'purple' | 'teal' | 'gold';

/** A small pill with a fact. */
export function Badge({ tone = 'neutral', title, children, strong }: { tone?: Tone; title?: string; children: ReactNode; strong?: boolean }) {
  return (
    <span className={`atlas-badge atlas-badge--${tone} ${strong ? 'is-strong' : ''}`} title={title}>
      {children}
    </span>
  );
}

/** A plain fact without a pill (money, dates). */
export function Fact({ children, title, tone }: { children: ReactNode; title?: string; tone?: 'red' | 'amber' | 'green' }) {
  return (
    <span className={`atlas-fact ${tone ? `atlas-fact--${tone}` : ''}`} title={title}>
      {children}
    </span>
  );
}

const GAP_TONES = { short: 'amber', over: 'green', met: 'green' } as const satisfies Record<GapStatus, 'amber' | 'green'>;

/** The goal build as a fact, amber when short of the target and green when it meets or passes it. */
export function BuildFact({ status, title, children }: { status: GapStatus | null; title: string; children: ReactNode }) {
  return (
    <Fact title={title} tone={status ? GAP_TONES[status] : undefined}>
      {children}
    </Fact>
  );
}

/** The support score as a coloured disc: "+2", "−1", "0" or "?". */
export function SupportScore({ value }: { value: string }) {
  const score = SUPPORT_SCORE[value as keyof typeof SUPPORT_SCORE] ?? null;
  const label = SUPPORT_OPTIONS.find((option) => option.value === value)?.label ?? 'Unknown';
  const text = score === null ? '?' : score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
  return (
    <span
      className="atlas-support"
      role="img"
      style={{ background: SUPPORT_COLORS[value] ?? SUPPORT_COLORS.unknown, color: SUPPORT_TEXT_COLORS[value] ?? SUPPORT_TEXT_COLORS.unknown }}
      title={`Support: ${label}`}
      aria-label={`Support: ${label}`}
    >
      {text}
    </span>
  );
}

/** Low / medium / high as three bars with the word. */
export function LevelBars({ value, label }: { value: string; label: string }) {
  const level = value === 'high' ? 3 : value === 'medium' ? 2 : value === 'low' ? 1 : 0;
  const word = value === 'unknown' ? '?' : value[0]!.toUpperCase() + value.slice(1);
  return (
    <span className="atlas-level" title={`${label}: ${word === '?' ? 'unknown' : word.toLowerCase()}`}>
      <span className="atlas-level__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <i key={bar} className={bar <= level ? 'is-on' : ''} style={{ height: 3 + bar * 2 }} />
        ))}
      </span>
      {word}
    </span>
  );
}

/** A person as a small round chip with their initials (full name on hover). */
export function Person({ name, role }: { name: string; role: string }) {
  if (!name) return null;
  return (
    <span className="atlas-person" role="img" title={`${role}: ${name}`} aria-label={`${role}: ${name}`}>
      {initialsOf(name)}
    </span>
  );
}
