import { Background, BackgroundVariant, ConnectionMode, Controls, ReactFlow, useStore as useFlowStore, useStoreApi as useFlowStoreApi } from '@xyflow/react';
import type { EdgeChange, FinalConnectionState, NodeChange, ReactFlowInstance, ReactFlowState, Viewport } from '@xyflow/react';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Position } from '../../shared/model.ts';
import { startRename } from '../commands/renameNode.ts';
import { useToday } from '../export/usePlanDocument.ts';
import { DropHint } from './DropHint.tsx';
import { ArrowMarkers } from './edges/ArrowMarkers.tsx';
import { ConnectionTargetHint } from './ConnectionTargetHint.tsx';
import { edgeTypes } from './edges/edgeTypes.ts';
import { createFlowModelBuilder, revealedViewport } from './flowModel.ts';
import type { MapFlowEdge, MapFlowNode } from './flowModel.ts';
import { LOW_DETAIL_ZOOM, LowDetailContext } from './nodes/NodeCard.tsx';
import { nodeTypes } from './nodes/nodeTypes.ts';
import { useBranchDrop } from './useBranchDrop.ts';
import { PlanContext, usePlan, usePlanReadOnly, usePlanShallow, usePlanStoreApi, useRunCommand } from './PlanContext.tsx';
import { useHandleScale } from './useHandleScale.ts';
import { followedViewport, useCanvasWorkshop } from '../workshop/useCanvasWorkshop.ts';
import { useZoomVariable } from './useZoomVariable.ts';
import { useSearchDimming } from '../search/useSearchDimming.ts';
import { labelLayoutZoom, showsShape } from '../../shared/mapOverview.ts';
import { MapShape } from './MapShape.tsx';
import { useShapeBoxSelect } from './useShapeBoxSelect.ts';
import { fittedClearOfMinimap } from './minimapRoom.ts';
import { Minimap } from './Minimap.tsx';
import type { PlanState } from '../store/types.ts';

const FIT_OPTIONS = { padding: 0.12, duration: 250, maxZoom: 1 } as const;
// Low enough for Fit to show the whole of a 1,000-node plan (about 0.02 in a laptop window).
const MIN_ZOOM = 0.01;
const MAX_ZOOM = 2;
const FIT = { minZoom: MIN_ZOOM, maxZoom: FIT_OPTIONS.maxZoom, padding: FIT_OPTIONS.padding } as const;
const ZOOM_LIMITS = { min: MIN_ZOOM, max: MAX_ZOOM } as const;
/** Shift+click and Ctrl/Cmd+click add a node to the selection (or take it out); Shift+drag on the map draws a box. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/*
 * Every prop given to <ReactFlow> is a constant or a stable callback: the map re-renders on each drag frame, and
 * a new object or function there makes React Flow re-render every node and edge, or update its store once more.
 */
const PRO_OPTIONS = { hideAttribution: true } as const;
const ARIA_LABELS = { 'node.a11yDescription.keyboardDisabled': 'Press Tab to add a child, Enter to add a sibling, F2 to rename, Delete to remove, Alt+arrows to move the branch.' } as const;
/** Room kept between a newly selected node and the edge of the window when bringing it into view. */
const VIEW_MARGIN = 48;

/** How much the map draws at a zoom: full cards, light cards (overview), or only its shape. */
type ZoomTier = 'full' | 'overview' | 'shape';

function zoomTier(zoom: number): ZoomTier {
  if (showsShape(zoom)) return 'shape';
  return zoom < LOW_DETAIL_ZOOM ? 'overview' : 'full';
}

/** The zoom the overview's labels are laid out for, or null before React Flow has applied the opening view. */
const labelZoomSelector = (state: ReactFlowState): number | null => (state.panZoom ? labelLayoutZoom(state.transform[2]) : null);

/** The zoom tier, or null before React Flow has applied the opening view (a string, so the canvas re-renders only when it changes). */
const zoomTierSelector = (state: ReactFlowState): ZoomTier | null => (state.panZoom ? zoomTier(state.transform[2]) : null);

/** The corner the minimap takes up, or null when it is hidden (Fit keeps cards out of that corner). */
function minimapCornerOf(state: PlanState): PlanState['minimapCorner'] | null {
  return state.showMinimap ? state.minimapCorner : null;
}

/** The node under a point on screen (for drops that end on a node's body rather than on its handle). */
function nodeIdAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node');
  return element?.dataset.id ?? null;
}

function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('changedTouches' in event && event.changedTouches.length > 0) {
    return { x: event.changedTouches[0]!.clientX, y: event.changedTouches[0]!.clientY };
  }
  return { x: (event as MouseEvent).clientX, y: (event as MouseEvent).clientY };
}

/** The account map: React Flow bound to the plan store. Drags, selection, connections and the viewport go through the store. */
export function MapCanvas() {
  const store = usePlanStoreApi();
  const flowStore = useFlowStoreApi();
  const canvasRef = useContext(PlanContext)!.canvas;
  const run = useRunCommand();
  const readOnly = usePlanReadOnly() !== null;
  const [builder] = useState(createFlowModelBuilder);
  const dragStart = useRef(new Map<string, Position>());
  const instance = useRef<ReactFlowInstance<MapFlowNode, MapFlowEdge> | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  useHandleScale(wrapper);
  // The view the map opens at: the saved one, else the whole map fitted to the pane. The fit is worked out from
  // the plan before React Flow first draws (all boxes have one size), so a large map is not first drawn at 100 %
  // and then again fitted.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(() => followedViewport() ?? store.getState().viewport);
  useLayoutEffect(() => {
    if (initialViewport || !wrapper.current) return;
    const { width, height } = wrapper.current.getBoundingClientRect();
    setInitialViewport(fittedClearOfMinimap(store.getState().nodes, width, height, FIT, minimapCornerOf(store.getState())));
  }, [initialViewport, store]);
  const focusId = usePlan((state) => (state.selection.nodeIds.length === 1 ? state.selection.nodeIds[0]! : null));

  // The pane's size, kept by an observer: measuring it when the selection changes would force a layout of the
  // whole page in the middle of that update.
  const paneSize = useRef<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) paneSize.current = { width: entry.contentRect.width, height: entry.contentRect.height };
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const onMove = useCanvasWorkshop(instance, paneSize, ZOOM_LIMITS);
  const { hint: dropHint, onNodeDragStart: startBranchDrag, onNodeDrag, drop: dropBranch } = useBranchDrop(instance);

  // A node selected by keyboard or added off screen is brought into view, keeping the zoom and moving the map
  // no further than needed, so the branch it was added to stays in sight.
  useEffect(() => {
    const flow = instance.current;
    const box = paneSize.current;
    // Only a change of selection moves the view; dragging the selected node must not.
    const focusPosition = focusId ? store.getState().nodes[focusId]?.position : undefined;
    if (!flow || !box || !focusPosition) return;
    const viewport = flow.getViewport();
    const revealed = revealedViewport(viewport, focusPosition, box, VIEW_MARGIN);
    if (revealed !== viewport) void flow.setViewport(revealed, { duration: 200 });
  }, [focusId, store]);

  // A node whose name field opens (a new node, F2) is brought into view at once, in the same update that opens
  // the field: React Flow draws only the nodes inside the view, so a field drawn at the end of a glide would miss
  // the keys typed meanwhile (and Space or Enter would press whatever button had focus instead).
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const id = state.renamingNodeId;
        const flow = instance.current;
        const box = paneSize.current;
        const position = id !== null && id !== previous.renamingNodeId ? state.nodes[id]?.position : undefined;
        if (!flow || !box || !position) return;
        const viewport = flow.getViewport();
        const revealed = revealedViewport(viewport, position, box, VIEW_MARGIN);
        if (revealed !== viewport) void flow.setViewport(revealed);
      }),
    [store],
  );

  const source = usePlanShallow((state) => ({
    nodes: state.nodes,
    edges: state.edges,
    selectedNodeIds: state.selection.nodeIds,
    selectedEdgeId: state.selection.edgeId,
    currency: state.plan.currency,
    growthTarget: state.plan.growthTarget,
    renamingNodeId: state.renamingNodeId,
  }));
  const minimapCorner = usePlan(minimapCornerOf);
  // Until React Flow has applied the opening view its store holds zoom 1: the opening view decides meanwhile, so
  // a large plan opened fitted never mounts (and then unmounts) the cards it does not draw.
  const tier = useFlowStore(zoomTierSelector) ?? zoomTier(initialViewport?.zoom ?? 1);
  const overview = tier !== 'full';
  const shape = tier === 'shape';
  const layoutZoom = useFlowStore(labelZoomSelector) ?? labelLayoutZoom(initialViewport?.zoom ?? 1);
  const labelZoom = overview && !shape ? layoutZoom : null;
  const shapeBoxSelect = useShapeBoxSelect();
  useZoomVariable(wrapper);
  // Overdue actions and milestone status are judged on today's date, rechecked so an open map crosses midnight.
  const today = useToday();
  const { nodes: builtNodes, edges: flowEdges, shapeRelations } = useMemo(() => builder.build({ ...source, overview, shape, labelZoom, today }), [builder, source, overview, shape, labelZoom, today]);
  const flowNodes = useSearchDimming(builtNodes);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      const positions: { id: string; x: number; y: number }[] = [];
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position) positions.push({ id: change.id, ...change.position });
        if (change.type === 'select') {
          selection ??= new Set(store.getState().selection.nodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (positions.length > 0) store.getState().previewPositions(positions);
      if (selection) {
        const nodeIds = [...selection];
        store.getState().select(nodeIds.length > 0 ? { nodeIds, edgeId: null } : { nodeIds });
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<MapFlowEdge>[]) => {
      // A box selects the nodes inside it; React Flow also selects their relations, which would replace them.
      if (flowStore.getState().userSelectionActive || flowStore.getState().userSelectionRect) return;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        const current = store.getState().selection.edgeId;
        if (change.selected) store.getState().select({ edgeId: change.id, nodeIds: [] });
        else if (current === change.id) store.getState().select({ edgeId: null });
      }
    },
    [store, flowStore],
  );

  const onNodeDragStart = useCallback(
    (event: MouseEvent | TouchEvent, node: MapFlowNode, nodes: MapFlowNode[]) => {
      dragStart.current = new Map(nodes.map((dragged) => [dragged.id, { ...dragged.position }]));
      startBranchDrag(event, node, nodes);
    },
    [startBranchDrag],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: MapFlowNode, nodes: MapFlowNode[]) => {
      const current = store.getState().nodes;
      const moves = nodes.flatMap((node) => {
        const from = dragStart.current.get(node.id);
        const to = current[node.id]?.position;
        return from && to ? [{ id: node.id, from, to: { ...to } }] : [];
      });
      dragStart.current = new Map();
      dropBranch(event, moves);
    },
    [store, dropBranch],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      const from = connection.fromNode?.id;
      if (!from) return;
      const point = pointOf(event);
      const to = connection.toNode?.id ?? nodeIdAt(point.x, point.y);
      if (!to || to === from) return;
      store.getState().setConnection({ source: from, target: to, x: point.x, y: point.y });
    },
    [store],
  );

  const onInit = useCallback(
    (flow: ReactFlowInstance<MapFlowNode, MapFlowEdge>) => {
      instance.current = flow;
      canvasRef.current = {
        // Worked out here and applied at once: React Flow's own fitView waits for its next node update, and a
        // bring-into-view animation started meanwhile could leave the map off to one side.
        fitView: () => {
          const box = paneSize.current ?? wrapper.current?.getBoundingClientRect();
          const state = store.getState();
          if (box) void flow.setViewport(fittedClearOfMinimap(state.nodes, box.width, box.height, FIT, minimapCornerOf(state)), { duration: FIT_OPTIONS.duration });
        },
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
        centerOn: (nodeIds) => void flow.fitView({ nodes: nodeIds.map((id) => ({ id })), maxZoom: 1, padding: 0.3, duration: 300 }),
        setViewport: (viewport) => void flow.setViewport(viewport),
      };
    },
    [canvasRef, store],
  );

  // The zoom buttons' Fit is the same as the toolbar's, so it too keeps the cards clear of the minimap.
  const onControlsFit = useCallback(() => canvasRef.current?.fitView(), [canvasRef]);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => store.getState().setViewport(viewport), [store]);

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, target: NonNullable<ReturnType<typeof store.getState>['contextMenu']>['target']) => {
      event.preventDefault();
      store.getState().setContextMenu({ x: event.clientX, y: event.clientY, target });
    },
    [store],
  );

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: MapFlowNode) => {
      store.getState().select({ nodeIds: [node.id], edgeId: null });
      run(startRename, undefined);
    },
    [store, run],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: MapFlowNode) => {
      if (!store.getState().selection.nodeIds.includes(node.id)) store.getState().select({ nodeIds: [node.id], edgeId: null });
      openMenu(event, { type: 'node', id: node.id });
    },
    [store, openMenu],
  );

  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: MapFlowEdge) => {
      if (edge.type !== 'relation') return;
      store.getState().select({ nodeIds: [], edgeId: edge.id });
      openMenu(event, { type: 'edge', id: edge.id });
    },
    [store, openMenu],
  );

  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => openMenu(event, { type: 'pane' }), [openMenu]);

  const onPaneClick = useCallback(() => {
    store.getState().select({ nodeIds: [], edgeId: null });
    store.getState().setContextMenu(null);
  }, [store]);

  return (
    <div ref={wrapper} className={`atlas-canvas${overview ? ' is-overview' : ''}${shape ? ' is-shape' : ''}`} data-testid="map-canvas">
      <ArrowMarkers />
      <ConnectionTargetHint />
      <DropHint hint={dropHint} />
      <LowDetailContext.Provider value={overview}>
        {initialViewport ? (
          <ReactFlow<MapFlowNode, MapFlowEdge>
            nodes={flowNodes}
            edges={flowEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={onNodeDragStart}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onConnectEnd={onConnectEnd}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            onInit={onInit}
            onMove={onMove}
            onMoveEnd={onMoveEnd}
            onNodeDoubleClick={onNodeDoubleClick}
            onNodeContextMenu={onNodeContextMenu}
            onEdgeContextMenu={onEdgeContextMenu}
            onPaneContextMenu={onPaneContextMenu}
            onPaneClick={onPaneClick}
            onSelectionStart={shapeBoxSelect.onSelectionStart}
            onSelectionEnd={shapeBoxSelect.onSelectionEnd}
            defaultViewport={initialViewport}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={28}
            onlyRenderVisibleElements
            deleteKeyCode={null}
            panActivationKeyCode={null}
            disableKeyboardA11y
            zoomOnDoubleClick={false}
            // Relations stay under the cards even when their node is selected, so labels never cover a card.
            elevateEdgesOnSelect={false}
            proOptions={PRO_OPTIONS}
            colorMode="system"
            ariaLabelConfig={ARIA_LABELS}
          >
            {/* Zoomed out the dots would be a grey haze a few pixels apart, and rasterising them was half the work of a frame. */}
            {shape ? <MapShape nodes={flowNodes} relations={shapeRelations} /> : null}
            {overview ? null : <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="var(--canvas-dots)" />}
            <Controls position="bottom-right" showInteractive={false} onFitView={onControlsFit} />
            {minimapCorner ? <Minimap nodes={flowNodes} corner={minimapCorner} /> : null}
          </ReactFlow>
        ) : null}
      </LowDetailContext.Provider>
    </div>
  );
}
