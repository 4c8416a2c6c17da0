import { Handle, Position } from '@xyflow/react';

/**
 * The top and bottom handles a connection is dragged from. They are for the pointer only (a plain div cannot carry
 * a name, so they carry a title); from the keyboard, C ("Connect to…") makes a relation.
 */
export function ConnectHandles() {
  return (
    <>
      <Handle id="t" type="source" position={Position.Top} className="atlas-handle" title="Drag to another item to connect" />
      <Handle id="b" type="source" position={Position.Bottom} className="atlas-handle" title="Drag to another item to connect" />
    </>
  );
}
