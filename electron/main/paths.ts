import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Product name; also names the user-data folder, which must match the backend's default library folder. */
export const PRODUCT_NAME = 'Account Atlas';

const bundleDir = dirname(fileURLToPath(import.meta.url));

/** Built files next to out/main/main.js. */
export const BUILT_PATHS = {
  preload: join(bundleDir, '..', 'preload', 'preload.cjs'),
  renderer: join(bundleDir, '..', 'renderer'),
};

/** The value of `--data PATH` or `--data=PATH` on the command line, if given. */
export function dataFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--data') return argv[index + 1];
    if (argument.startsWith('--data=')) return argument.slice('--data='.length);
  }
  return undefined;
}
