import { ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import type { PeerMap } from '../generatePlan.ts';
import { loadPeerMap, peerRequest } from './peerData.ts';
import type { PeerRequest } from './peerData.ts';

/** The bare page: React Flow with default nodes and edges at the plan's positions, controlled the documented way. */
function BareFlow({ map, request }: { map: PeerMap; request: PeerRequest }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(
    map.nodes.map((node) => ({ id: node.id, position: { x: node.x, y: node.y }, data: { label: node.label }, ariaLabel: `${node.kind}: ${node.label}` })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>([
    ...map.nodes.flatMap((node) => (node.parentId === null ? [] : [{ id: `tree:${node.id}`, source: node.parentId, target: node.id }])),
    ...map.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, label: edge.label })),
  ]);
  const focus = map.nodes.find((node) => node.id === request.focus) ?? map.nodes.find((node) => node.parentId === null)!;
  // Same view rules as the app's map: fit (padding 0.12, at most 100 %, at least 1 %: the whole map, however large), or the focus node centred at 100 %.
  const centred = { x: window.innerWidth / 2 - focus.x - 75, y: window.innerHeight / 2 - focus.y - 20, zoom: 1 };
  return (
    <div style={{ width: '100%', height: '100%' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView={request.view === 'fit'}
        fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
        defaultViewport={request.view === 'fit' ? undefined : centred}
        minZoom={0.01}
        maxZoom={2}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      />
    </div>
  );
}

const request = peerRequest();
const map = await loadPeerMap(request.size);
createRoot(document.getElementById('root')!).render(<BareFlow map={map} request={request} />);
