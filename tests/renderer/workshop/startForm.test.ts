import { describe, expect, it } from 'vitest';
import { initialStartForm, OTHER_ADDRESS, startInput } from '../../../renderer/workshop/startForm.ts';

const PLAN = 'plan_1';

describe('the Start a workshop form', () => {
  it('opens on the first address, any free port, customer view and the name Host', () => {
    expect(initialStartForm([{ address: '192.168.1.20', interfaceName: 'eth0' }])).toEqual({
      address: '192.168.1.20',
      otherAddress: '',
      port: '0',
      joinRole: 'customer',
      hostName: 'Host',
    });
  });

  it('offers a typed address when the machine has none', () => {
    expect(initialStartForm([]).address).toBe(OTHER_ADDRESS);
  });

  it('builds the input from a listed address or a typed one', () => {
    const form = { ...initialStartForm([{ address: '10.0.0.5', interfaceName: 'wlan0' }]), port: ' 8080 ', hostName: ' Sam ' };
    expect(startInput(form, PLAN)).toEqual({ input: { planId: PLAN, host: '10.0.0.5', port: 8080, joinRole: 'customer', hostName: 'Sam' } });
    expect(startInput({ ...form, address: OTHER_ADDRESS, otherAddress: ' 127.0.0.2 ' }, PLAN)).toEqual({
      input: { planId: PLAN, host: '127.0.0.2', port: 8080, joinRole: 'customer', hostName: 'Sam' },
    });
  });

  it('treats an empty port as any free port', () => {
    const result = startInput({ ...initialStartForm([{ address: '10.0.0.5', interfaceName: 'eth0' }]), port: '' }, PLAN);
    expect(result).toMatchObject({ input: { port: 0 } });
  });

  it('says what to fix: no address, a bad port, no name', () => {
    const form = initialStartForm([]);
    expect(startInput(form, PLAN)).toEqual({ error: 'Enter the network address to listen on, such as 192.168.1.20.' });
    const typed = { ...form, otherAddress: '127.0.0.2' };
    for (const port of ['-1', '65536', '1.5', 'eighty']) {
      expect(startInput({ ...typed, port }, PLAN)).toEqual({ error: 'The port must be a whole number from 0 to 65535 (0 picks any free port).' });
    }
    expect(startInput({ ...typed, hostName: '  ' }, PLAN)).toEqual({ error: 'Enter your name, as the people who join will see it.' });
  });
});
