import { customerChange } from '../../../shared/customerChange.ts';
import { customerView } from '../../../shared/document/editions.ts';
import type { LiveServerMessage } from '../../../shared/live.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import type { LoggedChange } from '../../../shared/patch.ts';
import type { PlanService } from '../../backend/service.ts';

/** What a running workshop keeps of its plan, current as of the latest accepted change. */
export interface WorkshopPlan {
  readonly planId: string;
  title(): string;
  /** The label of a node (for a lock refusal); null when there is no such node. */
  labelOf(nodeId: string): string | null;
  /** Ids of every node of the plan. */
  nodeIds(): ReadonlySet<string>;
  /** Ids of the nodes the customer view holds. */
  customerNodeIds(): ReadonlySet<string>;
  /** What a customer-view participant gets for an accepted change. */
  customerMessageFor(change: LoggedChange): LiveServerMessage;
  stop(): void;
}

/**
 * Follows the workshop's plan: after every accepted change it reads the plan once and works out its customer view,
 * the change as a customer-view participant may get it, and the node ids presence may name. Subscribe it before any
 * live channel, so a change's customer form is ready when a channel delivers it; `onChange` then hears which nodes
 * the change removed.
 */
export function followWorkshopPlan(service: PlanService, planId: string, onChange: (removedNodes: ReadonlySet<string>) => void): WorkshopPlan {
  let plan: PlanDocument = service.readPlan(planId);
  let customer: PlanDocument = customerView(plan);
  let ids = new Set(plan.nodes.map((node) => node.id));
  let customerIds = new Set(customer.nodes.map((node) => node.id));
  let last: { revision: number; message: LiveServerMessage } | null = null;

  const stop = service.subscribeChanges((changedPlan, change) => {
    if (changedPlan !== planId) return;
    let message: LiveServerMessage;
    const before = ids;
    try {
      plan = service.readPlan(planId);
      const now = customerView(plan);
      const delivery = customerChange(change, customer, now);
      customer = now;
      ids = new Set(plan.nodes.map((node) => node.id));
      customerIds = new Set(customer.nodes.map((node) => node.id));
      message = delivery.type === 'change' ? { type: 'changes', planId, changes: [delivery.change] } : { type: 'reload', planId, revision: change.revision };
    } catch {
      message = { type: 'reload', planId, revision: change.revision };
    }
    last = { revision: change.revision, message };
    onChange(new Set([...before].filter((id) => !ids.has(id))));
  });

  return {
    planId,
    title: () => plan.plan.title,
    labelOf: (nodeId) => plan.nodes.find((node) => node.id === nodeId)?.label ?? null,
    nodeIds: () => ids,
    customerNodeIds: () => customerIds,
    // A change this follower has not worked out (it cannot happen) reloads.
    customerMessageFor: (change) => (last?.revision === change.revision ? last.message : { type: 'reload', planId, revision: change.revision }),
    stop,
  };
}
