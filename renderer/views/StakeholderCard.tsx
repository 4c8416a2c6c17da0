import { memo } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import { optionWord } from '../../shared/kinds/index.ts';
import { BUYING_ROLE_OPTIONS, stakeholderKind } from '../../shared/kinds/stakeholder.ts';
import type { PlanNodeOf } from '../../shared/model.ts';
import { relationshipLabel } from '../../shared/rules/coverage.ts';
import { Badge, LevelBars, SUPPORT_COLORS, SupportScore } from '../map/nodes/badges.tsx';
import { ROLE_TONES } from '../map/nodes/StakeholderNode.tsx';
import { ChangeMark } from '../review/ChangeMark.tsx';

/** Who on our team covers a stakeholder, and at what level. */
export interface CoveredBy {
  name: string;
  level: string;
}

/** What a stakeholder card shows and does. */
export interface StakeholderCardProps {
  node: PlanNodeOf<'stakeholder'>;
  selected: boolean;
  coveredBy: readonly CoveredBy[];
  /** A full card (org chart) or a compact chip (power map). */
  variant: 'card' | 'chip';
  /** Whether the card is the one Tab reaches (one per view, so the keyboard does not walk through 500 cards). */
  tabStop: boolean;
  style?: CSSProperties;
  className?: string;
  onSelect(id: string): void;
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>, id: string): void;
  onPointerDown?(event: PointerEvent, id: string): void;
}

/** A stakeholder in the org chart or the power map: support colour, buying role, influence and coverage. */
export const StakeholderCard = memo(function StakeholderCard(props: StakeholderCardProps) {
  const { node, selected, coveredBy, variant } = props;
  const person = node.data;
  const role = BUYING_ROLE_OPTIONS.find((option) => option.value === person.buyingRole)?.label ?? 'Unknown role';
  const economicBuyer = person.buyingRole === 'economic-buyer';
  const classes = [
    'atlas-person-card',
    `atlas-person-card--${variant}`,
    selected ? 'is-selected' : '',
    person.placeholder ? 'is-placeholder' : '',
    economicBuyer ? 'is-economic-buyer' : '',
    coveredBy.length === 0 ? 'is-uncovered' : '',
    props.className ?? '',
  ].join(' ');
  return (
    <div
      role="group"
      aria-label={`Stakeholder: ${node.label}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={props.tabStop ? 0 : -1}
      data-drop=""
      data-drop-id={node.id}
      data-stakeholder-id={node.id}
      className={classes}
      style={{ ...props.style, '--support': SUPPORT_COLORS[person.support] ?? SUPPORT_COLORS.unknown } as CSSProperties}
      onClick={() => props.onSelect(node.id)}
      onKeyDown={props.onKeyDown ? (event) => props.onKeyDown!(event, node.id) : undefined}
      onPointerDown={props.onPointerDown ? (event) => props.onPointerDown!(event, node.id) : undefined}
    >
      <div className="atlas-person-card__head">
        <strong className="atlas-person-card__name">{node.label}</strong>
        <SupportScore value={person.support} />
        <ChangeMark nodeId={node.id} />
      </div>
      {variant === 'card' && person.title ? <div className="atlas-person-card__title">{person.title}</div> : null}
      <div className="atlas-person-card__facts">
        <Badge tone={ROLE_TONES[person.buyingRole] ?? 'neutral'} title="Buying role" strong={economicBuyer}>
          {role}
        </Badge>
        {variant === 'card' ? <LevelBars value={person.influence} word={optionWord(stakeholderKind.field('influence'), person.influence)} label="Influence" /> : null}
        {person.placeholder ? <Badge title="Placeholder: person not yet known">Placeholder</Badge> : null}
      </div>
      {variant === 'card' ? (
        <div className="atlas-person-card__cover">
          {coveredBy.length === 0
            ? 'Not covered'
            : `Covered by ${coveredBy.map((cover) => `${cover.name} (${cover.level === 'unknown' ? 'level not set' : relationshipLabel(cover.level).toLowerCase()})`).join(', ')}`}
        </div>
      ) : coveredBy.length === 0 ? (
        <span className="atlas-person-card__uncovered">Not covered</span>
      ) : null}
    </div>
  );
});
