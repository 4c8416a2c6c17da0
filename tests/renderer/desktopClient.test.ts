import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api.ts';
import type { AtlasApi } from '../../shared/api.ts';
import { AtlasError, isAtlasError } from '../../shared/errors.ts';
import { desktopClient } from '../../renderer/api/client.ts';

/** What arrives through Electron's context bridge: a plain Error keeping only the message. */
function bridgeFailingWith(error: unknown): AtlasApi {
  return Object.fromEntries(API_METHODS.map((method) => [method, () => Promise.reject(error)])) as unknown as AtlasApi;
}

describe('the desktop client over the preload bridge', () => {
  it('turns a bridged plain Error into an AtlasError with the same sentence', async () => {
    const client = desktopClient(bridgeFailingWith(new Error('There is no plan with id "p1".')));
    const failure = await client.loadPlan({ planId: 'p1' }).catch((error: unknown) => error);
    expect(isAtlasError(failure)).toBe(true);
    expect((failure as AtlasError).message).toBe('There is no plan with id "p1".');
  });

  it('keeps a code when one survives the bridge', async () => {
    const bridged = Object.assign(new Error('Invalid input: name: an account needs a name.'), { code: 'invalid-input' });
    const failure = (await desktopClient(bridgeFailingWith(bridged)).createAccount({ name: '' }).catch((error: unknown) => error)) as AtlasError;
    expect(failure.code).toBe('invalid-input');
  });

  it('passes results through and exposes every method of the contract', async () => {
    const bridge = Object.fromEntries(API_METHODS.map((method) => [method, (input: unknown) => Promise.resolve({ method, input })]));
    const client = desktopClient(bridge as unknown as AtlasApi);
    expect(Object.keys(client).sort()).toEqual([...API_METHODS].sort());
    expect(await client.listSnapshots({ planId: 'p' })).toEqual({ method: 'listSnapshots', input: { planId: 'p' } });
  });
});
