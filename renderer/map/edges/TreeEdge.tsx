import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';

/** A mind-map branch link from parent to child: a smooth neutral curve. */
export const TreeEdge = memo(function TreeEdge(props: EdgeProps) {
  const [path] = getBezierPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
    curvature: 0.35,
  });
  return <BaseEdge path={path} className="atlas-tree-edge" interactionWidth={0} />;
});
