import { describe, expect, it } from 'vitest';
import { Participants, JOIN_CODE_ALPHABET, createJoinCode } from '../../electron/cli/server/participants.ts';
import { participantCall } from '../../electron/cli/server/workshopAccess.ts';
import { roomAddresses } from '../../electron/cli/server/workshopHost.ts';
import { API_METHODS, WORKSHOP_METHODS } from '../../shared/api.ts';

const PLAN = 'plan1';

describe('what a workshop participant may call', () => {
  it('refuses every method that is not about the workshop plan, whatever the role', () => {
    const outside = ['createAccount', 'updateAccount', 'deleteAccount', 'createPlan', 'deletePlan', 'createSamplePlan', 'importPlanFile', 'listTrash', 'restoreFromTrash', 'deleteForever', 'listBackups', 'restoreBackup', 'loadSnapshot'];
    for (const role of ['edit', 'view', 'customer'] as const) {
      for (const method of outside) expect(participantCall(role, PLAN, method, { id: PLAN, planId: PLAN }).allowed, `${role} ${method}`).toBe(false);
      for (const method of ['loadPlan', 'applyPatch', 'listChanges', 'exportDocument', 'exportPlanFile', 'listSnapshots', 'takeSnapshot']) {
        expect(participantCall(role, PLAN, method, { planId: 'otherPlan' }).allowed, `${role} ${method} of another plan`).toBe(false);
      }
      expect(participantCall(role, PLAN, 'updatePlan', { id: 'otherPlan', changes: {} }).allowed).toBe(false);
    }
    expect(API_METHODS.filter((method) => participantCall('edit', PLAN, method, { planId: PLAN, id: PLAN }).allowed).sort()).toEqual(
      ['applyPatch', 'exportDocument', 'exportPlanFile', 'libraryStatus', 'listAccounts', 'listChanges', 'listSnapshots', 'loadPlan', 'takeSnapshot', 'updatePlan'].sort(),
    );
  });

  it('leaves the workshop controls to the host', () => {
    for (const role of ['edit', 'view', 'customer'] as const) {
      for (const method of WORKSHOP_METHODS) expect(participantCall(role, PLAN, method, { planId: PLAN })).toEqual({ allowed: false, message: 'Only the host controls the workshop.' });
    }
  });

  it('lets only the edit role change the plan', () => {
    expect(participantCall('edit', PLAN, 'applyPatch', { planId: PLAN }).allowed).toBe(true);
    expect(participantCall('edit', PLAN, 'updatePlan', { id: PLAN, changes: {} }).allowed).toBe(true);
    for (const role of ['view', 'customer'] as const) {
      expect(participantCall(role, PLAN, 'applyPatch', { planId: PLAN }).allowed).toBe(false);
      expect(participantCall(role, PLAN, 'updatePlan', { id: PLAN, changes: {} }).allowed).toBe(false);
      const status = participantCall(role, PLAN, 'libraryStatus', {});
      expect(status.allowed && status.readOnly?.readOnly).toBe(true);
    }
  });

  it('gives the customer view no history, no plan file and only the customer edition', () => {
    for (const method of ['listChanges', 'listSnapshots', 'exportPlanFile']) expect(participantCall('customer', PLAN, method, { planId: PLAN }).allowed).toBe(false);
    expect(participantCall('customer', PLAN, 'exportDocument', { planId: PLAN, format: 'json' }).allowed).toBe(false);
    const pdf = participantCall('customer', PLAN, 'exportDocument', { planId: PLAN, format: 'pdf', edition: 'internal' });
    expect(pdf.allowed && pdf.input).toEqual({ planId: PLAN, format: 'pdf', edition: 'customer' });
    const load = participantCall('customer', PLAN, 'loadPlan', { planId: PLAN });
    expect(load.allowed && typeof load.shape).toBe('function');
  });
});

describe('participants of a workshop', () => {
  it('makes join codes of six unambiguous characters', () => {
    for (let i = 0; i < 50; i += 1) expect(createJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S8B2Z]/);
  });

  it('gives each participant a token of their own, refuses a wrong code or no name, and revokes on remove and end', () => {
    const room = new Participants('ACDEFG');
    expect(() => room.join('XXXXXX', 'Ana')).toThrow('join code');
    expect(() => room.join('ACDEFG', '  ')).toThrow('name');
    const ana = room.join('acdefg', ' Ana  Lima ', 'edit');
    const cy = room.join('ACDEFG', 'Cy');
    expect(ana.name).toBe('Ana Lima');
    expect(cy.role).toBe('view');
    expect(Buffer.from(ana.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(ana.token).not.toBe(cy.token);
    expect(room.holding(ana.token)?.id).toBe(ana.id);
    room.remove(cy.id);
    expect(room.holding(cy.token)).toBeNull();
    room.end();
    expect(room.holding(ana.token)).toBeNull();
    expect(() => room.join('ACDEFG', 'Dee')).toThrow('ended');
  });
});

describe('the addresses a workshop may listen on', () => {
  it("lists this machine's IPv4 addresses on its networks, with the interface's name, and no loopback or IPv6", () => {
    const entry = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({ address, family, internal, netmask: '', mac: '', cidr: null, scopeid: 0 }) as never;
    const interfaces = {
      lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
      eth0: [entry('192.168.1.20', 'IPv4', false), entry('fe80::1', 'IPv6', false)],
      'Wi-Fi': [entry('10.0.0.7', 'IPv4', false)],
      down: undefined,
    };
    expect(roomAddresses(interfaces)).toEqual([
      { address: '192.168.1.20', interfaceName: 'eth0' },
      { address: '10.0.0.7', interfaceName: 'Wi-Fi' },
    ]);
  });
});
