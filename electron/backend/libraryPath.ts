import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron sees it (package.json productName); its user-data folder is named after it. */
export const APP_NAME = 'Account Atlas';
/** File name of the library inside the user-data folder. */
export const LIBRARY_FILE = 'atlas.db';

/** The OS folder where Electron keeps app data (`app.getPath('appData')`). */
export function appDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** The default library: the same folder as Electron's `app.getPath('userData')` for this app, plus atlas.db. */
export function defaultLibraryPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  return join(appDataFolder(platform, env, home), APP_NAME, LIBRARY_FILE);
}

/** The library to use: `--data PATH`, else `ATLAS_DATA`, else the default. */
export function resolveLibraryPath(dataFlag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (dataFlag) return dataFlag;
  if (env.ATLAS_DATA) return env.ATLAS_DATA;
  return defaultLibraryPath(process.platform, env);
}
