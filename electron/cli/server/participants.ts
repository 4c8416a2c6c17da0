import { randomInt } from 'node:crypto';
import { AtlasError } from '../../../shared/errors.ts';
import { MAX_PERSON_NAME } from '../../../shared/workshop.ts';
import type { WorkshopParticipant, WorkshopRole } from '../../../shared/workshop.ts';
import { createToken } from './requestGuard.ts';

/** Letters and digits of a join code: none that is easily misread (0/O, 1/I/L, 5/S, 8/B, 2/Z). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/** Length of a join code. */
export const JOIN_CODE_LENGTH = 6;
/** Most participants one workshop takes. */
export const MAX_PARTICIPANTS = 60;
/** Longest name a participant may give. */
export const MAX_NAME_LENGTH = MAX_PERSON_NAME;

const COLOURS = ['#d1495b', '#2e86ab', '#3b8b5a', '#8e5ea2', '#e07a1f', '#00798c', '#b5446e', '#6a7f2a', '#4f5d95', '#a0522d'];

/** A fresh join code (crypto.randomInt, unambiguous characters). */
export function createJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** One person who joined. */
export interface Participant {
  id: string;
  name: string;
  role: WorkshopRole;
  colour: string;
  /** The participant's own token (24 random bytes); never listed. */
  token: string;
}

/** Who joined a workshop, with their tokens; `end()` revokes them all and refuses every later join. */
export class Participants {
  private readonly byToken = new Map<string, Participant>();
  private readonly byId = new Map<string, Participant>();
  private ended = false;
  private joined = 0;

  readonly joinCode: string;

  constructor(joinCode: string) {
    this.joinCode = joinCode;
  }

  /** True when `code` is this workshop's join code (case and surrounding spaces aside). */
  codeMatches(code: unknown): boolean {
    return typeof code === 'string' && code.trim().toUpperCase() === this.joinCode;
  }

  /** Lets someone in who gives the join code and a name; the new participant views until the host says otherwise. */
  join(code: unknown, name: unknown, role: WorkshopRole = 'view'): Participant {
    if (this.ended) throw new AtlasError('refused', 'This workshop has ended.');
    if (!this.codeMatches(code)) {
      throw new AtlasError('refused', 'That join code is not this workshop\'s; check the code on the host\'s screen.');
    }
    const cleanName = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
    if (cleanName === '' || cleanName.length > MAX_NAME_LENGTH) {
      throw new AtlasError('invalid-input', `Give your name (1 to ${MAX_NAME_LENGTH} characters) so the others know who is here.`);
    }
    if (this.byId.size >= MAX_PARTICIPANTS) throw new AtlasError('refused', `This workshop is full (${MAX_PARTICIPANTS} participants).`);
    const participant: Participant = {
      id: `p${(this.joined += 1)}`,
      name: cleanName,
      role,
      colour: COLOURS[(this.joined - 1) % COLOURS.length]!,
      token: createToken(),
    };
    this.byToken.set(participant.token, participant);
    this.byId.set(participant.id, participant);
    return participant;
  }

  /** The participant holding this token, while the workshop runs and they were not removed. */
  holding(token: string | undefined): Participant | null {
    if (this.ended || token === undefined) return null;
    return this.byToken.get(token) ?? null;
  }

  get(id: string): Participant | null {
    return this.byId.get(id) ?? null;
  }

  setRole(id: string, role: WorkshopRole): Participant {
    const participant = this.require(id);
    participant.role = role;
    return participant;
  }

  /** Revokes a participant's token at once. */
  remove(id: string): Participant {
    const participant = this.require(id);
    this.byToken.delete(participant.token);
    this.byId.delete(id);
    return participant;
  }

  /** Revokes every token; no one joins any more. */
  end(): void {
    this.ended = true;
    this.byToken.clear();
    this.byId.clear();
  }

  get hasEnded(): boolean {
    return this.ended;
  }

  /** Everyone who joined and was not removed, in the order they joined. */
  all(): Participant[] {
    return [...this.byId.values()];
  }

  /** The participants as the host's controls list them. */
  list(connected: ReadonlySet<string>): WorkshopParticipant[] {
    return this.all().map(({ id, name, role, colour }) => ({ id, name, role, colour, connected: connected.has(id) }));
  }

  private require(id: string): Participant {
    const participant = this.byId.get(id);
    if (!participant) throw new AtlasError('not-found', `There is no participant with id "${id}".`);
    return participant;
  }
}
