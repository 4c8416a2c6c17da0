import { useShallow } from 'zustand/react/shallow';
import { useWorkshop, workshopStore } from '../live/workshopStore.ts';
import { personChipLabel, youSentence } from './presence.ts';

/** Who is here (everyone in a workshop sees it); for a participant also who they are and "Follow the host". */
export function PresenceBar() {
  const { you, people, followingHost } = useWorkshop(useShallow((state) => ({ you: state.you, people: state.people, followingHost: state.followingHost })));
  if (!you) return null;
  const hostName = people.find((person) => person.role === 'host')?.name ?? null;
  return (
    <div className="atlas-presence" role="region" aria-label="Workshop">
      <ul className="atlas-presence__people" aria-label="People here">
        {people.map((person) => (
          <li key={person.id} className="atlas-presence__chip" aria-label={personChipLabel(person, you)}>
            <span className="atlas-presence__dot" style={{ background: person.colour }} aria-hidden="true" />
            <span aria-hidden="true">{person.id === you.id ? `${person.name} (you)` : person.name}</span>
          </li>
        ))}
      </ul>
      {you.role !== 'host' ? (
        <>
          <span className="atlas-presence__you">{youSentence(you, hostName)}</span>
          <label className="atlas-presence__follow">
            <input type="checkbox" checked={followingHost} onChange={(event) => workshopStore.getState().setFollowingHost(event.target.checked)} />
            Follow the host
          </label>
        </>
      ) : null}
    </div>
  );
}
