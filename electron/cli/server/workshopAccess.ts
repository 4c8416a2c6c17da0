import type { AccountWithPlans, ApiOutput, LibraryStatus } from '../../../shared/api.ts';
import { customerView } from '../../../shared/document/editions.ts';
import { AtlasError } from '../../../shared/errors.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import type { WorkshopRole } from '../../../shared/workshop.ts';

/** How a participant's call goes on: refused with a sentence, or passed to the service and its answer shaped. */
export type ParticipantCall =
  | { allowed: false; message: string }
  | { allowed: true; input: unknown; shape?: (output: unknown) => unknown; readOnly?: LibraryStatus };

const OUTSIDE = 'A workshop participant reaches only the workshop\'s plan.';
const VIEW_ONLY = 'You joined this workshop to view the plan; ask the host for the edit role to change it.';

function planOf(input: unknown, key: 'planId' | 'id'): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
}

/**
 * The access rule of a workshop participant (pure, checked before the service sees the call): every method is about
 * the workshop's one plan or is refused; changes need the edit role; a customer-view participant gets only what the
 * customer view of the plan holds (no change log, no plan file, documents only in the customer edition).
 */
export function participantCall(role: WorkshopRole, planId: string, method: string, input: unknown): ParticipantCall {
  const refuse = (message: string): ParticipantCall => ({ allowed: false, message });
  const onPlan = (key: 'planId' | 'id') => planOf(input, key) === planId;
  switch (method) {
    case 'libraryStatus':
      return role === 'edit'
        ? { allowed: true, input }
        : { allowed: true, input, readOnly: { readOnly: true, reason: 'you joined this workshop to view the plan' } };
    case 'listAccounts':
      return { allowed: true, input, shape: (output) => accountsOfPlan(output as ApiOutput<'listAccounts'>, planId, role) };
    case 'loadPlan':
      if (!onPlan('planId')) return refuse(OUTSIDE);
      return role === 'customer' ? { allowed: true, input, shape: (output) => customerView(output as PlanDocument) } : { allowed: true, input };
    case 'applyPatch':
    case 'updatePlan':
    case 'takeSnapshot':
      if (!onPlan(method === 'updatePlan' ? 'id' : 'planId')) return refuse(OUTSIDE);
      return role === 'edit' ? { allowed: true, input } : refuse(VIEW_ONLY);
    case 'listChanges':
    case 'listSnapshots':
    case 'exportPlanFile':
      if (!onPlan('planId')) return refuse(OUTSIDE);
      return role === 'customer' ? refuse('The customer view shows the plan as it is now, without its history or plan file.') : { allowed: true, input };
    case 'exportDocument': {
      if (!onPlan('planId')) return refuse(OUTSIDE);
      if (role !== 'customer') return { allowed: true, input };
      if ((input as Record<string, unknown>).format === 'json') return refuse('The customer view exports documents in the customer edition only.');
      return { allowed: true, input: { ...(input as object), edition: 'customer' } };
    }
    case 'workshopAddresses':
    case 'startWorkshop':
    case 'workshopStatus':
    case 'setParticipantRole':
    case 'removeParticipant':
    case 'endWorkshop':
      return refuse('Only the host controls the workshop.');
    default:
      return refuse(OUTSIDE);
  }
}

/** The library as a participant sees it: the workshop plan's account with that plan alone (customer fields only for the customer view). */
function accountsOfPlan(accounts: AccountWithPlans[], planId: string, role: WorkshopRole): AccountWithPlans[] {
  const account = accounts.find((candidate) => candidate.plans.some((plan) => plan.id === planId));
  if (!account) return [];
  const plan = account.plans.find((candidate) => candidate.id === planId)!;
  if (role !== 'customer') return [{ ...account, plans: [plan] }];
  const { plans: _plans, ...fields } = account;
  const { nodeCount, ...planFields } = plan;
  const shown = customerView({ account: fields, plan: planFields, nodes: [], edges: [], viewport: null, revision: 0 } as unknown as PlanDocument);
  return [{ ...shown.account, plans: [{ ...shown.plan, nodeCount }] }];
}

/** Throws the refusal of a participant's call as the contract's error. */
export function refusal(message: string): AtlasError {
  return new AtlasError('refused', message);
}
