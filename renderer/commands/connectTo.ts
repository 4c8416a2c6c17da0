import { connectOptions } from '../../shared/connectTargets.ts';
import { defineCommand } from './command.ts';
import { singleSelectedNode } from './edits.ts';

/** "Connect to…" (key C): opens a search of the items the selected node may be connected to. */
export const openConnectTo = defineCommand({
  id: 'relation.connectTo',
  label: 'Connect to…',
  shortcuts: [{ key: 'c' }],
  undo: 'skip',
  enabledWhen: (state) => {
    const node = singleSelectedNode(state);
    return node !== undefined && Object.values(state.nodes).some((other) => connectOptions(node, other).length > 0);
  },
  perform: (state) => ({ type: 'panels', flags: { connectFrom: singleSelectedNode(state)!.id } }),
});
