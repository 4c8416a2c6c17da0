import { AtlasError } from '../../../shared/errors.ts';
import { planPatchSchema } from '../../../shared/patch.ts';
import { lockConflict, lockRefusal } from '../../../shared/workshop.ts';
import type { EditingLocks } from '../../../shared/workshop.ts';
import type { PlanService } from '../../backend/service.ts';
import type { ApiCaller } from './apiRoute.ts';
import type { Participants } from './participants.ts';
import { participantCall, refusal } from './workshopAccess.ts';
import type { WorkshopPlan } from './workshopPlan.ts';

/** What the calls of a running workshop are checked against. */
export interface WorkshopCallContext {
  service: PlanService;
  plan: WorkshopPlan;
  locks: () => EditingLocks;
}

/**
 * Refuses a patch to the workshop's plan that changes a node someone else is editing, in the sentence of
 * `lockRefusal`. A patch the contract would refuse anyway is left to the service to refuse.
 */
export function refuseLockedChange(context: WorkshopCallContext, holder: string, input: unknown): void {
  const locks = context.locks();
  if (locks.size === 0) return;
  const parsed = planPatchSchema.safeParse(input);
  if (!parsed.success || parsed.data.planId !== context.plan.planId) return;
  const conflict = lockConflict(parsed.data, locks, holder);
  if (!conflict) return;
  const label = context.plan.labelOf(conflict.nodeId) ?? parsed.data.upsertNodes.find((node) => node.id === conflict.nodeId)?.label ?? 'this item';
  throw new AtlasError('refused', lockRefusal(conflict.name, label));
}

/**
 * Who answers a participant's token on the room listener: their calls pass the participant access rule, their patches
 * the editing locks and lose the viewport (theirs is their own, not the plan's saved one); null for any other token.
 */
export function participantCaller(context: WorkshopCallContext & { participants: Participants }) {
  const { service, plan, participants } = context;
  return (token: string | undefined): ApiCaller | null => {
    if (!participants.holding(token)) return null;
    return {
      async call(method, input) {
        // Checked again at each call: a participant removed meanwhile is refused at once.
        const participant = participants.holding(token);
        if (!participant) throw new AtlasError('refused', 'You are no longer in this workshop.');
        const decision = participantCall(participant.role, plan.planId, method, input);
        if (!decision.allowed) throw refusal(decision.message);
        let passed = decision.input;
        if (method === 'applyPatch' && typeof passed === 'object' && passed !== null) {
          const { viewport: _viewport, ...patch } = passed as Record<string, unknown>;
          passed = patch;
          refuseLockedChange(context, participant.id, passed);
        }
        const output = await service.call(method, passed, { author: participant.name });
        if (decision.readOnly) {
          const status = output as { readOnly: boolean };
          return status.readOnly ? status : decision.readOnly;
        }
        return decision.shape ? decision.shape(output) : output;
      },
    };
  };
}
