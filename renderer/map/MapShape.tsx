import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { kindOf } from '../../shared/kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout.ts';
import type { PlanEdge } from '../../shared/model.ts';
import type { MapFlowNode } from './flowModel.ts';
import { edgeKinds } from '../../shared/edges.ts';
import { shownColor } from '../ui/shownColor.ts';

/** The colour of an item the search leaves out, in the shape as on its card. */
const DIMMED_COLOR = 'var(--dimmed-mark)';
/** A mark is the card's box with a margin, so neighbouring items stay apart when the map is this small. */
const MARK_INSET_X = 10;
const MARK_INSET_Y = 14;

/** The picture of the map's shape: one path of marks per colour, one of tree lines, one of relations. */
export interface ShapePaths {
  marks: { color: string; d: string; count: number }[];
  tree: string;
  relations: string;
  /** How many items are drawn as marks. */
  count: number;
  /** The box (map units) the picture covers, so its SVG is exactly that large. */
  bounds: { x: number; y: number; width: number; height: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The shape of the map from React Flow's nodes and edges: the items the builder left out of React Flow
 * (`data.shapeOnly`) as marks in their kind's colour (grey when a search dims them), every tree link that has such
 * an item at one end as a straight line between the facing sides, and likewise the relations shown (the builder's
 * `shapeRelations`).
 */
export function shapePaths(nodes: readonly MapFlowNode[], relationsShown: readonly Pick<PlanEdge, 'source' | 'target'>[]): ShapePaths {
  const byId = new Map<string, MapFlowNode>();
  const marks = new Map<string, { parts: string[] }>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let count = 0;
  for (const node of nodes) {
    const drawn = node.data.shapeOnly || !node.hidden;
    if (!drawn) continue;
    byId.set(node.id, node);
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + NODE_WIDTH);
    maxY = Math.max(maxY, y + NODE_HEIGHT);
    if (!node.data.shapeOnly) continue;
    const color = node.className?.includes('is-dimmed') ? DIMMED_COLOR : kindOf(node.data.node.kind).color;
    const entry = marks.get(color) ?? marks.set(color, { parts: [] }).get(color)!;
    entry.parts.push(`M${round(x + MARK_INSET_X)} ${round(y + MARK_INSET_Y)}h${NODE_WIDTH - 2 * MARK_INSET_X}v${NODE_HEIGHT - 2 * MARK_INSET_Y}h${-(NODE_WIDTH - 2 * MARK_INSET_X)}z`);
    count += 1;
  }
  const line = (from: MapFlowNode, to: MapFlowNode) => {
    const right = to.position.x >= from.position.x;
    const startX = from.position.x + (right ? NODE_WIDTH : 0);
    const endX = to.position.x + (right ? 0 : NODE_WIDTH);
    return `M${round(startX)} ${round(from.position.y + NODE_HEIGHT / 2)}L${round(endX)} ${round(to.position.y + NODE_HEIGHT / 2)}`;
  };
  const tree: string[] = [];
  for (const node of byId.values()) {
    const parentId = node.data.node.parentId;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent && (node.data.shapeOnly || parent.data.shapeOnly)) tree.push(line(parent, node));
  }
  const relations: string[] = [];
  for (const edge of relationsShown) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (from && to && (from.data.shapeOnly || to.data.shapeOnly)) relations.push(line(from, to));
  }
  const bounds = minX === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return {
    marks: [...marks.entries()].map(([color, entry]) => ({ color, d: entry.parts.join(''), count: entry.parts.length })),
    tree: tree.join(''),
    relations: relations.join(''),
    count,
    bounds,
  };
}

/** Vector strokes keep their width on screen whatever the zoom (the picture is scaled with the map). */
const STROKE = { vectorEffect: 'non-scaling-stroke' } as const;

/**
 * The map's shape, drawn inside React Flow's viewport (so it pans and zooms with the map) as a handful of SVG
 * paths instead of a card per item: a plan of thousands of items fitted to the window pans as lightly as a small one.
 */
export const MapShape = memo(function MapShape({ nodes, relations }: { nodes: readonly MapFlowNode[]; relations: readonly PlanEdge[] }) {
  const shape = useMemo(() => shapePaths(nodes, relations), [nodes, relations]);
  const { bounds } = shape;
  const items = shape.count === 1 ? '1 item' : `${shape.count.toLocaleString('en')} items`;
  return (
    <ViewportPortal>
      <svg
        className="atlas-map-shape"
        role="img"
        aria-label={`Shape of the map: ${items} drawn as marks; zoom in to work on them`}
        data-marks={shape.count}
        width={bounds.width}
        height={bounds.height}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
        style={{ position: 'absolute', left: bounds.x, top: bounds.y, overflow: 'visible', pointerEvents: 'none' }}
      >
        <path d={shape.tree} style={{ stroke: 'var(--tree-line)' }} strokeWidth={1} {...STROKE} fill="none" />
        <path d={shape.relations} style={{ stroke: shownColor(edgeKinds.influences.color) }} strokeWidth={1} strokeDasharray="3 2" {...STROKE} fill="none" />
        {shape.marks.map((mark) => (
          <path key={mark.color} d={mark.d} style={{ fill: mark.color === DIMMED_COLOR ? mark.color : shownColor(mark.color) }} data-color={mark.color} data-count={mark.count} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
