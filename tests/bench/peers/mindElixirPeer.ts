import MindElixir from 'mind-elixir';
import 'mind-elixir/style.css';
import type { PeerMap } from '../generatePlan.ts';
import { loadPeerMap, peerRequest } from './peerData.ts';

// The package's own type exports do not resolve under nodenext; take the node type from init().
type NodeObj = Parameters<MindElixir['init']>[0]['nodeData'];

/** The plan's tree as mind-elixir data; first-level branches keep the side the app's layout gave them. */
function toNodeData(map: PeerMap): NodeObj {
  const objects = new Map<string, NodeObj>();
  for (const node of map.nodes) objects.set(node.id, { id: node.id, topic: node.label, children: [] });
  const root = map.nodes.find((node) => node.parentId === null)!;
  for (const node of map.nodes) {
    if (node.parentId === null) continue;
    const object = objects.get(node.id)!;
    if (node.parentId === root.id) object.direction = node.x < root.x ? MindElixir.LEFT : MindElixir.RIGHT;
    objects.get(node.parentId)?.children!.push(object);
  }
  return objects.get(root.id)!;
}

const request = peerRequest();
const map = await loadPeerMap(request.size);
const element = document.getElementById('root')!;
const mind = new MindElixir({
  el: element,
  direction: MindElixir.SIDE,
  toolBar: false,
  contextMenu: false,
  keypress: false,
  // Left button pans the background (as on the app's map); selection boxes move to the right button.
  mouseSelectionButton: 2,
  scaleMin: 0.1,
  scaleMax: 2,
});
mind.init({ nodeData: toNodeData(map) });
if (request.view === 'fit') {
  // Same rule as the app's fit: the whole map if it fits at 10 % or more, else 10 % centred on the root.
  const fit = 1 / Math.max(1, mind.nodes.offsetHeight / mind.container.offsetHeight, mind.nodes.offsetWidth / mind.container.offsetWidth);
  mind.scale(Math.max(0.1, fit * 0.88));
  mind.toCenter();
} else if (request.focus) {
  const focus = element.querySelector(`me-tpc[data-nodeid="me${request.focus}"]`)!.getBoundingClientRect();
  const area = mind.container.getBoundingClientRect();
  mind.move(area.left + area.width / 2 - (focus.left + focus.width / 2), area.top + area.height / 2 - (focus.top + focus.height / 2));
}
