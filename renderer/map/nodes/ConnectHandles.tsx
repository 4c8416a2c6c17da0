import { Handle, Position } from '@xyflow/react';

/** The top and bottom handles a connection is dragged from, named after the node. */
export function ConnectHandles({ label }: { label: string }) {
  return (
    <>
      <Handle id="t" type="source" position={Position.Top} className="atlas-handle" aria-label={`Connect from the top of ${label}`} title="Drag to another item to connect" />
      <Handle id="b" type="source" position={Position.Bottom} className="atlas-handle" aria-label={`Connect from the bottom of ${label}`} title="Drag to another item to connect" />
    </>
  );
}
