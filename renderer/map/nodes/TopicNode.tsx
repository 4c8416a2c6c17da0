import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapFlowNode } from '../flowModel.ts';
import { NodeCard } from './NodeCard.tsx';

/** A plain branch or note with an excerpt of its text. */
export const TopicNode = memo(function TopicNode({ data, selected }: NodeProps<MapFlowNode<'topic'>>) {
  const text = data.node.data.text.replace(/\s+/g, ' ').trim();
  return <NodeCard data={data} selected={selected} subtitle={text || undefined} />;
});
