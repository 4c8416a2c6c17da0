import { BaseEdge, Position, getBezierPath } from '@xyflow/react';
import type { Edge, EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { edgeKindOf } from '../../../shared/edges.ts';
import type { RelationEdgeData } from '../flowModel.ts';
import { shownColor } from '../../ui/shownColor.ts';

/** A curve that leaves and enters on the same side, bulging outwards by more the further apart the ends are. */
export function sameSidePath(sourceX: number, sourceY: number, targetX: number, targetY: number, side: 1 | -1): [string, number, number] {
  const bulge = side * Math.min(40 + Math.abs(targetY - sourceY) * 0.3, 180);
  const path = `M${sourceX},${sourceY} C${sourceX + bulge},${sourceY} ${targetX + bulge},${targetY} ${targetX},${targetY}`;
  // The midpoint of this cubic lies three quarters of the way out to its control points.
  return [path, (sourceX + targetX) / 2 + bulge * 0.75, (sourceY + targetY) / 2];
}

/**
 * A typed relation: coloured per kind, with an arrow, its verb shown on hover and when selected. Kinds drawn
 * dashed show their dashes only while highlighted or selected: software rasterising redraws every long dashed
 * curve on each frame of a pan, which made panning a large map several times slower.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<Edge<RelationEdgeData, 'relation'>>) {
  const edge = props.data!.edge;
  const definition = edgeKindOf(edge.kind);
  const sameSide = props.sourcePosition === props.targetPosition && (props.sourcePosition === Position.Left || props.sourcePosition === Position.Right);
  const [path, labelX, labelY] = sameSide
    ? sameSidePath(props.sourceX, props.sourceY, props.targetX, props.targetY, props.sourcePosition === Position.Right ? 1 : -1)
    : getBezierPath({
        sourceX: props.sourceX,
        sourceY: props.sourceY,
        sourcePosition: props.sourcePosition,
        targetX: props.targetX,
        targetY: props.targetY,
        targetPosition: props.targetPosition,
      });
  const width = definition.label.length * 6.4 + 14;
  const style = { '--relation-color': shownColor(definition.color) } as CSSProperties;
  return (
    <g className={`atlas-relation ${props.selected ? 'is-selected' : ''}`} style={style}>
      <BaseEdge
        path={path}
        className={definition.dashed ? 'atlas-relation__path atlas-relation__path--dashed' : 'atlas-relation__path'}
        markerEnd={`url(#atlas-arrow-${edge.kind})`}
        style={{ stroke: shownColor(definition.color) }}
        interactionWidth={16}
      />
      <g className="atlas-relation__label" transform={`translate(${labelX} ${labelY})`}>
        <rect x={-width / 2} y={-10} width={width} height={20} rx={10} />
        <text textAnchor="middle" dy="0.35em">
          {definition.label}
        </text>
      </g>
    </g>
  );
});
