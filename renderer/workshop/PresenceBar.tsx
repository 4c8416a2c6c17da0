import { useShallow } from 'zustand/react/shallow';
import { useWorkshop, workshopStore } from '../live/workshopStore.ts';
import { personChipLabel, youSentence } from './presence.ts';

/** Who is here (everyone in a workshop sees it); for a participant also who they are and "Follow the host". */
export function PresenceBar() {
  const { you, people, followingHost } = useWorkshop(useShallow((state) => ({ you: state.you, people: state.people, followingHost: state.followingHost })));
  if (!you) return null;
  const hostName = people.find((person) => person.role === 'host')?.name ?? null;
  return (
    <div className="atlas-people-bar" role="region" aria-label="Workshop">
      <ul className="atlas-people-bar__people" aria-label="People here">
        {people.map((person) => (
          <li key={person.id} className="atlas-people-bar__chip" aria-label={personChipLabel(person, you)}>
            <span className="atlas-people-bar__dot" style={{ background: person.colour }} aria-hidden="true" />
            <span aria-hidden="true">{person.id === you.id ? `${person.name} (you)` : person.name}</span>
          </li>
        ))}
      </ul>
      {you.role !== 'host' ? (
        <>
          <span className="atlas-people-bar__you">{youSentence(you, hostName)}</span>
          <label className="atlas-people-bar__follow">
            <input type="checkbox" checked={followingHost} onChange={(event) => workshopStore.getState().setFollowingHost(event.target.checked)} />
            Follow the host
          </label>
        </>
      ) : null}
    </div>
  );
}
