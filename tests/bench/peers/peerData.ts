import type { PeerMap } from '../generatePlan.ts';

/** What the bench asks a peer page for, read from its address: `?size=1000&view=fit|zoom1&focus=<node id>`. */
export interface PeerRequest {
  size: number;
  view: 'fit' | 'zoom1';
  /** The node the 100 % view is centred on. */
  focus: string | null;
}

/** The request in the page's address. */
export function peerRequest(): PeerRequest {
  const params = new URLSearchParams(window.location.search);
  return { size: Number(params.get('size') ?? '1000'), view: params.get('view') === 'zoom1' ? 'zoom1' : 'fit', focus: params.get('focus') };
}

/** Fetches the generated map the bench wrote next to the page. */
export async function loadPeerMap(size: number): Promise<PeerMap> {
  const response = await fetch(`data/plan-${size}.json`);
  if (!response.ok) throw new Error(`No generated plan of ${size} nodes next to the peer page.`);
  return (await response.json()) as PeerMap;
}
