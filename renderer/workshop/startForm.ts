import type { NetworkAddress, StartWorkshopInput, WorkshopRole } from '../../shared/workshop.ts';

/** The choice in the address list that reveals a text field for an address typed by hand. */
export const OTHER_ADDRESS = 'other';

/** What the Start dialog holds while the host fills it in. */
export interface StartForm {
  /** One of the machine's addresses, or OTHER_ADDRESS. */
  address: string;
  otherAddress: string;
  port: string;
  joinRole: WorkshopRole;
  hostName: string;
}

/** The form as it opens: the machine's first address (else a typed one), any free port, joiners see the customer view. */
export function initialStartForm(addresses: readonly NetworkAddress[]): StartForm {
  return { address: addresses[0]?.address ?? OTHER_ADDRESS, otherAddress: '', port: '0', joinRole: 'customer', hostName: 'Host' };
}

/** One line saying what someone who joins with this role may do. */
export const JOIN_ROLE_HINTS: Record<WorkshopRole, string> = {
  edit: 'People who join can change the plan with you.',
  view: 'People who join see the whole plan but cannot change it.',
  customer: 'People who join see the customer view: internal items and fields are never sent to them.',
};

/** The input for startWorkshop, or the sentence saying what to fix (the backend checks everything again). */
export function startInput(form: StartForm, planId: string): { input: StartWorkshopInput } | { error: string } {
  const host = (form.address === OTHER_ADDRESS ? form.otherAddress : form.address).trim();
  if (host === '') return { error: 'Enter the network address to listen on, such as 192.168.1.20.' };
  const portText = form.port.trim();
  const port = portText === '' ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: 'The port must be a whole number from 0 to 65535 (0 picks any free port).' };
  const hostName = form.hostName.trim();
  if (hostName === '') return { error: 'Enter your name, as the people who join will see it.' };
  return { input: { planId, host, port, joinRole: form.joinRole, hostName } };
}
