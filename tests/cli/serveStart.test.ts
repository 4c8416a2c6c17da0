import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { electronBinary, launchElectron } from '../../electron/cli/start.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
afterAll(() => folder.cleanup());

function fakeElectron(script: string): NodeJS.ProcessEnv {
  const dist = folder.path(`dist-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dist);
  writeFileSync(`${dist}/electron`, `#!/bin/sh\n${script}\n`);
  chmodSync(`${dist}/electron`, 0o755);
  return { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99' };
}

describe('npm start: finding and launching Electron', () => {
  it('reports a missing binary without trying to download one', async () => {
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: folder.path('nowhere'), DISPLAY: ':99' };
    expect(electronBinary(env)).toEqual({ missing: expect.stringContaining('nowhere') });
    expect(await launchElectron([], env)).toEqual({ started: false, reason: expect.stringContaining('missing') });
  });

  it('reports an Electron that dies while starting', async () => {
    expect(await launchElectron([], fakeElectron('exit 3'))).toEqual({
      started: false,
      reason: 'Electron exited with code 3 while starting',
    });
  });

  it('does not try without a display on Linux', async () => {
    const env = fakeElectron('exit 0');
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    expect(await launchElectron([], env)).toEqual({ started: false, reason: 'no display is available' });
  });

  it('runs Electron on the project with the arguments and waits for it', async () => {
    const argsFile = folder.path('args.txt');
    const launch = await launchElectron(['--data', '/tmp/x.db'], fakeElectron(`echo "$@" > ${argsFile}; sleep 4`));
    expect(launch.started).toBe(true);
    if (!launch.started) return;
    expect(await launch.exitCode).toBe(0);
    expect(readFileSync(argsFile, 'utf8').trim()).toBe(`${PROJECT_ROOT} --data /tmp/x.db`);
  });
});
