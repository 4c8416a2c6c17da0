import type { CSSProperties } from 'react';
import { editingSentence } from '../../../shared/workshop.ts';
import type { NodePresence } from '../../live/presenceMarks.ts';
import './presence.css';

/** Name tags drawn on one card at most; more people are summed up as "+N". */
const MAX_TAGS = 3;

/** The outline colour of a card other people have selected or are editing (the editor's colour first). */
export function presenceStyle(presence: NodePresence | undefined): CSSProperties | undefined {
  const colour = presence?.editingBy?.colour ?? presence?.selectedBy[0]?.colour;
  return colour ? ({ '--presence-color': colour } as CSSProperties) : undefined;
}

/** Other people on a card: a name tag for each who has it selected, and a badge while someone is editing it. */
export function PresenceMarks({ presence }: { presence: NodePresence }) {
  const shown = presence.selectedBy.slice(0, MAX_TAGS);
  const more = presence.selectedBy.length - shown.length;
  return (
    <div className="atlas-node-presence">
      {shown.length > 0 ? (
        <div className="atlas-node-presence__tags">
          {shown.map((person) => (
            <span key={person.id} className="atlas-node-presence__tag" role="img" aria-label={`Selected by ${person.name}`} style={{ background: person.colour }}>
              {person.name}
            </span>
          ))}
          {more > 0 ? (
            <span className="atlas-node-presence__tag atlas-node-presence__tag--more" role="img" aria-label={`Selected by ${more} more`}>
              +{more}
            </span>
          ) : null}
        </div>
      ) : null}
      {presence.editingBy ? (
        <span className="atlas-node-presence__editing" style={{ background: presence.editingBy.colour }}>
          {editingSentence(presence.editingBy.name)}
        </span>
      ) : null}
    </div>
  );
}
