import type { CSSProperties, ReactNode } from 'react';
import { kindOf } from '../../../shared/kinds/index.ts';
import { KindIcon } from '../../ui/KindIcon.tsx';
import { usePlan, usePlanNode } from '../PlanContext.tsx';
import { EdgeInspector } from './EdgeInspector.tsx';
import { MultiNodeInspector } from './MultiNodeInspector.tsx';
import { KindFields, LabelField, NodeFields, NodeInspector } from './NodeInspector.tsx';
import { AccountDetails, PlanDetails } from './RecordDetails.tsx';
import { shownColor } from '../../ui/shownColor.ts';

function Section({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="atlas-inspector__section" open={open}>
      <summary>{title}</summary>
      <div className="atlas-inspector__fields">{children}</div>
    </details>
  );
}

function RootInspector({ nodeId }: { nodeId: string }) {
  const node = usePlanNode(nodeId);
  if (!node) return null;
  return (
    <>
      <div className="atlas-inspector__kind" style={{ '--kind-color': shownColor(kindOf('account').color), '--kind-solid': kindOf('account').color } as CSSProperties}>
        <KindIcon kind="account" size={16} />
        Account
      </div>
      <NodeFields node={node} className="atlas-inspector__group">
        <LabelField node={node} />
        <Section title="Account">
          <AccountDetails />
        </Section>
        <Section title="Plan">
          <PlanDetails />
        </Section>
        <Section title="Profile" open={false}>
          <KindFields node={node} />
        </Section>
      </NodeFields>
    </>
  );
}

function NothingSelected() {
  return (
    <div className="atlas-inspector__empty">
      <p>Select an item on the map to edit it here. Select the account in the middle to edit the account and the plan.</p>
      <dl className="atlas-keys">
        <dt>Tab</dt>
        <dd>add a child</dd>
        <dt>Enter</dt>
        <dd>add a sibling</dd>
        <dt>F2</dt>
        <dd>rename</dd>
        <dt>Del</dt>
        <dd>delete with branch</dd>
        <dt>Space</dt>
        <dd>collapse or expand</dd>
        <dt>Arrows</dt>
        <dd>move the selection</dd>
        <dt>Alt+↑ / Alt+↓</dt>
        <dd>move up or down among siblings</dd>
        <dt>Alt+← / Alt+→</dt>
        <dd>promote or demote</dd>
        <dt>C</dt>
        <dd>connect to…</dd>
        <dt>Shift+click</dt>
        <dd>add to the selection</dd>
      </dl>
    </div>
  );
}

/** The side panel that edits whatever is selected: a node, a relation, or (with the root) the account and plan. */
export function Inspector() {
  const visible = usePlan((state) => state.showInspector);
  const nodeIds = usePlan((state) => state.selection.nodeIds);
  const node = usePlanNode(usePlan((state) => (state.selection.nodeIds.length === 1 ? state.selection.nodeIds[0]! : null)));
  const edge = usePlan((state) => (state.selection.edgeId ? state.edges[state.selection.edgeId] : undefined));
  if (!visible) return null;
  let body;
  if (edge) body = <EdgeInspector key={edge.id} edge={edge} />;
  else if (node?.parentId === null) body = <RootInspector key={node.id} nodeId={node.id} />;
  else if (node) body = <NodeInspector key={node.id} node={node} />;
  else if (nodeIds.length > 1) body = <MultiNodeInspector key={nodeIds.join(',')} nodeIds={nodeIds} />;
  else body = <NothingSelected />;
  return (
    <aside className="atlas-inspector" aria-label="Inspector">
      <h2 className="atlas-inspector__title">Inspector</h2>
      <div className="atlas-inspector__body">{body}</div>
    </aside>
  );
}
