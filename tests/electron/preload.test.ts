import { readFileSync, statSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, ipcChannel } from '../../shared/api.ts';
import type { AtlasApi } from '../../shared/api.ts';
import type { DesktopBridge, MenuCommand } from '../../shared/desktop.ts';
import { preloadBundleOptions } from '../../electron/cli/build.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
const exposed = new Map<string, unknown>();
const invoked: Array<[string, unknown]> = [];
const sentOneWay: Array<[string, unknown]> = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const required: string[] = [];
let nextAnswer: unknown = { ok: true, result: [] };

// The sandbox gives a preload only require('electron'): run the real bundle with exactly that.
const fakeElectron = {
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return nextAnswer;
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    off: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
    send: (channel: string, message: unknown) => void sentOneWay.push([channel, message]),
  },
};

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
}

beforeAll(async () => {
  const outfile = folder.path('preload.cjs');
  await build(preloadBundleOptions(outfile));
  const module = { exports: {} };
  runInNewContext(readFileSync(outfile, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fakeElectron;
    },
  });
});

afterAll(() => folder.cleanup());

describe('preload bundle', () => {
  it('requires nothing but electron', () => {
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly one named function per contract method as window.atlas, and no ipcRenderer', () => {
    const atlas = exposed.get('atlas') as Record<string, unknown>;
    expect(Object.keys(atlas).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof atlas[method]).toBe('function');
    expect([...exposed.keys()].sort()).toEqual(['atlas', 'atlasDesktop']);
    for (const api of exposed.values()) expect(Object.values(api as object)).not.toContain(fakeElectron.ipcRenderer);
  });

  it('invokes each method on the channel the main process binds it to', async () => {
    const atlas = exposed.get('atlas') as Record<string, (input: unknown) => Promise<unknown>>;
    nextAnswer = { ok: true, result: null };
    for (const method of API_METHODS) {
      await atlas[method]!({});
      expect(invoked.at(-1)).toEqual([ipcChannel(method), {}]);
    }
  });

  it('stays small: the contract schemas are not bundled', () => {
    expect(statSync(folder.path('preload.cjs')).size).toBeLessThan(20_000);
  });

  it('invokes the method channel and unwraps a result', async () => {
    nextAnswer = { ok: true, result: [{ id: 'a1', name: 'Northwind' }] };
    const atlas = exposed.get('atlas') as AtlasApi;
    await expect(atlas.listAccounts({})).resolves.toEqual([{ id: 'a1', name: 'Northwind' }]);
    expect(invoked.at(-1)).toEqual(['atlas:listAccounts', {}]);
  });

  it('turns an error envelope into a rejection carrying the sentence', async () => {
    nextAnswer = { ok: false, error: { code: 'not-found', message: 'That plan no longer exists.' } };
    const atlas = exposed.get('atlas') as AtlasApi;
    await expect(atlas.loadPlan({ planId: 'p1' })).rejects.toThrow('That plan no longer exists.');
  });

  it('relays known menu commands to subscribers until they unsubscribe', () => {
    const desktop = exposed.get('atlasDesktop') as DesktopBridge;
    const received: MenuCommand[] = [];
    const unsubscribe = desktop.onMenuCommand((command) => received.push(command));
    emit('atlas:menu', 'view.fit');
    emit('atlas:menu', 'shell.exec');
    unsubscribe();
    emit('atlas:menu', 'view.zoomIn');
    expect(received).toEqual(['view.fit']);
  });

  it('relays accepted plan changes to subscribers until they unsubscribe, dropping malformed messages', () => {
    const desktop = exposed.get('atlasDesktop') as DesktopBridge;
    const received: [string, number[]][] = [];
    const unsubscribe = desktop.onPlanChanges((planId, changes) => received.push([planId, changes.map((change) => change.revision)]));
    const change = { revision: 4, changedAt: '2026-12-01T10:00:00.000Z', author: '', change: {} };
    emit('atlas:planChanges', { planId: 'p1', changes: [change] });
    emit('atlas:planChanges', { planId: 42, changes: [change] });
    emit('atlas:planChanges', 'nonsense');
    unsubscribe();
    emit('atlas:planChanges', { planId: 'p1', changes: [{ ...change, revision: 5 }] });
    expect(received).toEqual([['p1', [4]]]);
  });

  it('sends saveFile and openExternal to their channels', async () => {
    const desktop = exposed.get('atlasDesktop') as DesktopBridge;
    nextAnswer = { ok: true, result: '/home/me/plan.pdf' };
    await expect(desktop.saveFile({ fileName: 'plan.pdf', base64: 'JVBERg==' })).resolves.toBe('/home/me/plan.pdf');
    expect(invoked.at(-1)).toEqual(['atlas-desktop:saveFile', { fileName: 'plan.pdf', base64: 'JVBERg==' }]);
    nextAnswer = { ok: true, result: undefined };
    await desktop.openExternal('https://example.com/');
    expect(invoked.at(-1)).toEqual(['atlas-desktop:openExternal', 'https://example.com/']);
  });

  it("relays a workshop's presence and 'you' messages to subscribers until they unsubscribe, dropping anything else", () => {
    const desktop = exposed.get('atlasDesktop') as DesktopBridge;
    const received: string[] = [];
    const unsubscribe = desktop.onWorkshopMessage((message) => received.push(`${message.type}:${message.planId}`));
    const people = [{ id: 'host', name: 'Host', colour: '#1f2937', role: 'host', selection: [], editing: null }];
    emit('atlas:workshop', { type: 'you', planId: 'p1', you: people[0] });
    emit('atlas:workshop', { type: 'presence', planId: 'p1', people, host: { view: null, viewport: null } });
    emit('atlas:workshop', { type: 'changes', planId: 'p1', changes: [] });
    emit('atlas:workshop', { type: 'presence', planId: 7 });
    emit('atlas:workshop', null);
    unsubscribe();
    emit('atlas:workshop', { type: 'you', planId: 'p2', you: people[0] });
    expect(received).toEqual(['you:p1', 'presence:p1']);
  });

  it('sends presence one way and full screen to their channels', async () => {
    const desktop = exposed.get('atlasDesktop') as DesktopBridge;
    const update = { type: 'presence' as const, planId: 'p1', selection: ['n1'], editing: null, view: 'map', viewport: null };
    desktop.sendPresence(update);
    expect(sentOneWay.at(-1)).toEqual(['atlas-desktop:presence', update]);
    nextAnswer = { ok: true, result: undefined };
    await desktop.setFullScreen(true);
    expect(invoked.at(-1)).toEqual(['atlas-desktop:setFullScreen', true]);
    await desktop.setFullScreen(false);
    expect(invoked.at(-1)).toEqual(['atlas-desktop:setFullScreen', false]);
  });
});
