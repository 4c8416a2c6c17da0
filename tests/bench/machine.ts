import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

/** The machine the figures were taken on. */
export function machineInfo() {
  const processors = cpus();
  return {
    cpus: processors.length,
    model: processors[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${process.platform} ${release()} (${process.arch})`,
    node: process.version,
    /** Other work on the machine skews every figure: the 1, 5 and 15 minute load averages when asked. */
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

function installedVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Chromium's version as the executable reports it. */
export function chromiumVersion(executable = '/usr/bin/chromium'): string | null {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Versions of everything the figures depend on. */
export function versionInfo(browserVersion: string | null) {
  return {
    chromium: browserVersion ?? chromiumVersion(),
    'react-flow': installedVersion('@xyflow/react'),
    react: installedVersion('react'),
    'react-dom': installedVersion('react-dom'),
    electron: installedVersion('electron'),
    'better-sqlite3': installedVersion('better-sqlite3'),
    'mind-elixir': installedVersion('mind-elixir'),
    vite: installedVersion('vite'),
    'playwright-core': installedVersion('playwright-core'),
  };
}
