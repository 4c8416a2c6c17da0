import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { CardWord } from '../../../shared/kinds/index.ts';
import type { GapStatus } from '../../../shared/rules/goalBuild.ts';
import { SUPPORT_OPTIONS, SUPPORT_SCORE } from '../../../shared/kinds/stakeholder.ts';
import { initials as initialsOf } from '../format.ts';
import { SUPPORT_COLORS, SUPPORT_TEXT_COLORS } from '../../../shared/kinds/supportColors.ts';

export { SUPPORT_COLORS };

/** Colour families of badges. */
export type Tone = 'neutral' | 'blue' | 'green' | 'amber' | 'red' | 'purple' | 'teal' | 'gold';

/**
 * Whether a card's facts show their words in their designed short forms, set by the card when the full words
 * would not fit on its one line of facts.
 */
export const ShortWordsContext = createContext(false);

/** A word shown whole when the card's facts fit, in its designed short form otherwise. */
export function Word({ word }: { word: CardWord }) {
  return <>{useContext(ShortWordsContext) ? word.short : word.full}</>;
}

/**
 * The full words of a fact, for hover and screen readers: `name` ("Stage: Propose") becomes the title and the
 * accessible name, since what is shown may be a short form.
 */
function named(name: string | undefined, title: string | undefined) {
  return name ? { role: 'img', 'aria-label': name, title: title ?? name } : { title };
}

/** A small pill with a fact; `name` gives its full words when what it shows may be abbreviated. */
export function Badge({ tone = 'neutral', title, name, children, strong }: { tone?: Tone; title?: string; name?: string; children: ReactNode; strong?: boolean }) {
  return (
    <span className={`atlas-badge atlas-badge--${tone} ${strong ? 'is-strong' : ''}`} {...named(name, title)}>
      {children}
    </span>
  );
}

/** A badge with one word of the card's facts ("Stage: Propose"), shown whole or in its short form as the card has room. */
export function WordBadge({ what, word, tone, strong }: { what: string; word: CardWord; tone?: Tone; strong?: boolean }) {
  return (
    <Badge tone={tone} strong={strong} name={`${what}: ${word.full}`}>
      <Word word={word} />
    </Badge>
  );
}

/** A plain fact without a pill (money, dates); `name` gives its full words when what it shows may be abbreviated. */
export function Fact({ children, title, name, tone }: { children: ReactNode; title?: string; name?: string; tone?: 'red' | 'amber' | 'green' }) {
  return (
    <span className={`atlas-fact ${tone ? `atlas-fact--${tone}` : ''}`} {...named(name, title)}>
      {children}
    </span>
  );
}

const GAP_TONES = { short: 'amber', over: 'green', met: 'green' } as const satisfies Record<GapStatus, 'amber' | 'green'>;

/**
 * The goal build as a fact ("Build $1.8M · $200K short"), amber when short of the target and green when it meets
 * or passes it; where the card has no room, only the gap, the part that calls for action.
 */
export function BuildFact({ status, title, build, gap }: { status: GapStatus | null; title: string; build: string; gap: string | null }) {
  const full = gap === null ? `Build ${build}` : `Build ${build} · ${gap}`;
  return (
    <Fact title={`${title}: ${full}`} name={`Goal build ${build}${gap === null ? '' : `, ${gap}`}`} tone={status ? GAP_TONES[status] : undefined}>
      <Word word={{ full, short: gap ?? full }} />
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

/** Low / medium / high as three bars with the word ("?" when unknown). */
export function LevelBars({ value, word, label }: { value: string; word: CardWord; label: string }) {
  const level = value === 'high' ? 3 : value === 'medium' ? 2 : value === 'low' ? 1 : 0;
  const unknown = value === 'unknown';
  const name = `${label}: ${word.full.toLowerCase()}`;
  return (
    <span className="atlas-level" role="img" aria-label={name} title={name}>
      <span className="atlas-level__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <i key={bar} className={bar <= level ? 'is-on' : ''} style={{ height: 3 + bar * 2 }} />
        ))}
      </span>
      {unknown ? '?' : <Word word={word} />}
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
