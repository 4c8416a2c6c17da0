import { locksHeldByOthers } from '../../shared/workshop.ts';
import type { EditingLocks } from '../../shared/workshop.ts';
import type { WorkshopView } from './workshopStore.ts';

/** Someone else, as a node shows them. */
export interface PersonMark {
  id: string;
  name: string;
  colour: string;
}

/** What a node shows of other people: who has it selected, and who is editing it. */
export interface NodePresence {
  selectedBy: readonly PersonMark[];
  editingBy: PersonMark | null;
  /** Equal keys, equal presence (so a card re-renders only when its own marks change). */
  key: string;
}

interface Derived {
  people: WorkshopView['people'];
  you: string | null;
  byNode: Map<string, NodePresence>;
  othersLocks: EditingLocks;
}

let derived: Derived | null = null;

/** Works out, once per presence message, every node's marks and the locks others hold. */
function derive(view: Pick<WorkshopView, 'people' | 'you'>): Derived {
  const you = view.you?.id ?? null;
  if (derived && derived.people === view.people && derived.you === you) return derived;
  const othersLocks = locksHeldByOthers(view.people, you);
  const marks = new Map<string, { selectedBy: PersonMark[]; editingBy: PersonMark | null }>();
  const entry = (nodeId: string) => {
    let found = marks.get(nodeId);
    if (!found) marks.set(nodeId, (found = { selectedBy: [], editingBy: null }));
    return found;
  };
  for (const person of view.people) {
    if (person.id === you) continue;
    const mark = { id: person.id, name: person.name, colour: person.colour };
    for (const nodeId of person.selection) entry(nodeId).selectedBy.push(mark);
  }
  for (const [nodeId, lock] of othersLocks) {
    const person = view.people.find((candidate) => candidate.id === lock.holder)!;
    entry(nodeId).editingBy = { id: person.id, name: person.name, colour: person.colour };
  }
  const byNode = new Map<string, NodePresence>();
  for (const [nodeId, { selectedBy, editingBy }] of marks) {
    const key = [...selectedBy.map((mark) => `${mark.id}:${mark.name}:${mark.colour}`), `editing:${editingBy ? `${editingBy.id}:${editingBy.name}:${editingBy.colour}` : ''}`].join('|');
    byNode.set(nodeId, { selectedBy, editingBy, key });
  }
  derived = { people: view.people, you, byNode, othersLocks };
  return derived;
}

/** The editing locks held by people other than this window (node id → holder), for commands and the inspector. */
export function locksOfOthers(view: Pick<WorkshopView, 'people' | 'you'>): EditingLocks {
  return derive(view).othersLocks;
}

/** Other people's marks on one node, or undefined when there are none. */
export function nodePresence(view: Pick<WorkshopView, 'people' | 'you'>, nodeId: string): NodePresence | undefined {
  return derive(view).byNode.get(nodeId);
}
