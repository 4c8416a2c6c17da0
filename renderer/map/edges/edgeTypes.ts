import type { EdgeTypes } from '@xyflow/react';
import { RelationEdge } from './RelationEdge.tsx';
import { TreeEdge } from './TreeEdge.tsx';

/** Edge components, built once at module scope. */
export const edgeTypes = {
  tree: TreeEdge,
  relation: RelationEdge,
} satisfies EdgeTypes;
